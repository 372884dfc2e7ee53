package dev.patrol.ports.process;

/** A launch that did not produce a process: missing binary, no permission, unwritable log. */
public class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }

    public LaunchException(String message) {
        super(message);
    }
}
