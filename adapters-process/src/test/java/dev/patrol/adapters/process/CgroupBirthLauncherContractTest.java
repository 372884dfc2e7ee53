package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLauncher;

/** The launcher contract, with children born in their cgroup v2 (clone3 CLONE_INTO_CGROUP) where this host allows. */
class CgroupBirthLauncherContractTest extends ProcessBuilderLauncherContractTest {
    @Override
    ProcessLauncher newLauncher() {
        return CgroupBirthTest.launcher();
    }
}
