package dev.patrol.ports.process;

/**
 * How a process ended: `code` when it exited, `signal` (> 0) when a signal killed it. For a
 * death by signal the original recorded exit code 255; {@link #wireExitCode()} keeps that.
 */
public record ExitStatus(int code, int signal) {
    public ExitStatus {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("'code' must be 0..255, was " + code);
        }
        if (signal < 0) {
            throw new IllegalArgumentException("'signal' must not be negative, was " + signal);
        }
    }

    public static ExitStatus exited(int code) {
        return new ExitStatus(code, 0);
    }

    public static ExitStatus killedBy(int signal) {
        return new ExitStatus(0, signal);
    }

    public boolean bySignal() {
        return signal > 0;
    }

    /** The `exit-code` the original would record: 255 for a death by signal. */
    public int wireExitCode() {
        return bySignal() ? 255 : code;
    }
}
