package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLauncher;

/** The log files tests, with children born in their cgroup v2 (clone3 CLONE_INTO_CGROUP) where this host allows. */
class CgroupBirthLaunchLogFilesTest extends LaunchLogFilesTest {
    @Override
    ProcessLauncher launcher() {
        return CgroupBirthTest.launcher();
    }
}
