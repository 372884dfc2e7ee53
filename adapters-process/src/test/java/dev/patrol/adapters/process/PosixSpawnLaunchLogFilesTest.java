package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLauncher;

/** The log files tests of {@link LaunchLogFilesTest}, run against {@link PosixSpawnLauncher}. */
class PosixSpawnLaunchLogFilesTest extends LaunchLogFilesTest {
    @Override
    ProcessLauncher launcher() {
        return new PosixSpawnLauncher();
    }
}
