package dev.patrol.ports.process;

import java.util.List;

/** Read access to app log files for the GUI: listing a directory and tailing a file. */
public interface LogFiles {
    /** Names in `directory` (sub-directories end in `/`), sorted; empty if it does not exist. */
    List<String> list(String directory);

    /** The last `lines` lines of `file` (at most 10000). */
    List<String> tail(String file, int lines);
}
