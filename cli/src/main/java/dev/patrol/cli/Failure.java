package dev.patrol.cli;

/** An expected failure: one line for stderr and the exit code it ends the command with. */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    Failure(int exitCode, String message) {
        super(message, null, false, false); // no stack trace: the message is all the user sees
        this.exitCode = exitCode;
    }

    static Failure refused(String message) {
        return new Failure(ExitCodes.REFUSED, message);
    }

    static Failure usage(String message) {
        return new Failure(ExitCodes.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
