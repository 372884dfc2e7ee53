package dev.patrol.ports.service;

/** How a service command ended. A timeout is never an exit code (product.md F10). */
public record ServiceOutcome(Kind kind, int exitCode, String detail) {
    /** The three ways a command can end. */
    public enum Kind { EXITED, NOT_RUN, TIMED_OUT }

    public static ServiceOutcome exited(int code) {
        return new ServiceOutcome(Kind.EXITED, code, "");
    }

    public static ServiceOutcome notRun(String why) {
        return new ServiceOutcome(Kind.NOT_RUN, 0, why);
    }

    public static ServiceOutcome timedOut(String detail) {
        return new ServiceOutcome(Kind.TIMED_OUT, 0, detail);
    }
}
