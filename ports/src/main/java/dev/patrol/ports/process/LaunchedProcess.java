package dev.patrol.ports.process;

import java.util.concurrent.CompletableFuture;

/**
 * A started child: its PID, its start time (clock ticks since boot from /proc, 0 if unknown;
 * used to tell PID reuse apart) and a future that completes once, when it exits.
 */
public record LaunchedProcess(long pid, long startTime, CompletableFuture<ExitStatus> exit) {
}
