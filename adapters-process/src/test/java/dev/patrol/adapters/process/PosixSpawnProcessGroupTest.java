package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLauncher;

/** The process groups tests of {@link ProcessGroupTest}, run against {@link PosixSpawnLauncher}. */
class PosixSpawnProcessGroupTest extends ProcessGroupTest {
    @Override
    ProcessLauncher launcher() {
        return new PosixSpawnLauncher();
    }
}
