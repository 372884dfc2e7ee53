package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLauncher;

/** {@link PosixSpawnLauncher} against the launcher contract, with real children. */
class PosixSpawnLauncherContractTest extends ProcessBuilderLauncherContractTest {
    @Override
    ProcessLauncher newLauncher() {
        return new PosixSpawnLauncher();
    }
}
