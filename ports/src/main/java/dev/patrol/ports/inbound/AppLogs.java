package dev.patrol.ports.inbound;

/**
 * Where an app's logs are: its log root, and the files of its latest launch (empty strings
 * when Patrol never launched it). For a merged app both files are the same `.stdmerge.log`.
 */
public record AppLogs(String logRoot, String stdout, String stderr, boolean merged) {
}
