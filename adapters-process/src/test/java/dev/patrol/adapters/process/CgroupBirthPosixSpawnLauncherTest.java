package dev.patrol.adapters.process;

/** What a child sees (environment, argv, stdio, signals, descriptors), born in its cgroup v2 where this host allows. */
class CgroupBirthPosixSpawnLauncherTest extends PosixSpawnLauncherTest {
    @Override
    PosixSpawnLauncher launcher() {
        return CgroupBirthTest.launcher();
    }
}
