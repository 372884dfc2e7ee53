package dev.patrol.ports.process;

/** The result of reading a PID file: a positive 32-bit PID, or why there is none. */
public record PidReading(Outcome outcome, long pid, String detail) {
    /** What was found. */
    public enum Outcome { FOUND, MISSING, INVALID }

    public static PidReading found(long pid) {
        if (pid <= 0 || pid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'pid' must be a positive 32-bit integer, was " + pid);
        }
        return new PidReading(Outcome.FOUND, pid, "");
    }

    public static PidReading missing(String detail) {
        return new PidReading(Outcome.MISSING, 0, detail);
    }

    public static PidReading invalid(String detail) {
        return new PidReading(Outcome.INVALID, 0, detail);
    }
}
