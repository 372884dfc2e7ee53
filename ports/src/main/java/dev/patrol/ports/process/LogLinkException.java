package dev.patrol.ports.process;

import java.io.IOException;

/**
 * A log path refused because it, or a directory between the app's log root and it, is a
 * symbolic link: log views answer it with 403 and never serve what the link points at.
 */
public final class LogLinkException extends IOException {
    private static final long serialVersionUID = 1L;

    public LogLinkException(String path) {
        super(path + " is not below the log root, or is or passes through a symbolic link below it (refused)");
    }
}
