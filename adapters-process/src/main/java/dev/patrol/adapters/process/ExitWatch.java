package dev.patrol.adapters.process;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import java.util.concurrent.CompletableFuture;

/** How {@link PosixSpawnLauncher} learns that one of its children ended, and how. */
interface ExitWatch {
    /** A future completed once, with the exact status, when the child `pid` has been reaped. */
    CompletableFuture<ExitStatus> watch(int pid, String appId) throws LaunchException;
}
