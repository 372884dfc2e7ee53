package dev.patrol.adapters.process;

/** The exit status tests, with children born in their cgroup v2 (clone3 CLONE_INTO_CGROUP) where this host allows. */
class CgroupBirthExitStatusTest extends PosixSpawnExitStatusTest {
    @Override
    PosixSpawnLauncher launcher() {
        return CgroupBirthTest.launcher();
    }
}
