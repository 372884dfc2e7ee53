package dev.patrol.ports.process;

import java.io.IOException;
import java.util.List;

/**
 * Read access to app log files for the GUI and the log endpoints. Every path is taken below
 * an app's log `root`: the root itself may be a symbolic link (an operator may move the
 * whole log directory), but nothing below it may be, neither the file nor a directory on
 * the way ({@link LogLinkException}). A path that is not below the root is refused too.
 */
public interface LogFiles {
    /** Names in `directory` (sub-directories end in `/`, links never do), sorted; empty if it does not exist. */
    List<String> list(String root, String directory) throws IOException;

    /** True when `path` is a directory (not a link to one); NoSuchFileException when missing. */
    boolean isDirectory(String root, String path) throws IOException;

    /** Opens the regular file `file` for reading: NoSuchFileException when missing or not a regular file. */
    OpenLogFile open(String root, String file) throws IOException;

    /** The last `lines` lines of an opened log (at most 10000). */
    List<String> tail(OpenLogFile log, int lines) throws IOException;
}
