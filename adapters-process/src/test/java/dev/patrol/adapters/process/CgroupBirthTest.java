package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #17: children born in their cgroup v2 ({@link CloneSpawn}) behave as directly spawned ones do. */
class CgroupBirthTest extends ContainedChildren {
    /** A launcher that spawns into this host's containment; for the other launcher tests run this way. */
    static PosixSpawnLauncher launcher() {
        return new PosixSpawnLauncher(new FilePidFiles(), CGROUPS);
    }

    @BeforeEach
    void needsCloneIntoCgroup() {
        assumeTrue(cgroups().version() instanceof CgroupV2, "cgroup v2");
        assumeTrue(CloneSpawn.shared() != null, "libpatrolspawn.so: " + CloneSpawn.whyNot());
    }

    @Test
    void issue17_aChildThatDaemonizesAtOnce_isInItsCgroupFromItsFirstInstruction() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("daemonizes-at-once.sh", dir), dir).id("web"));
        Path grandchildPid = dir.resolve("grandchild.pid");
        Await.until("the grandchild's PID", () -> Files.exists(grandchildPid) && size(grandchildPid) > 0,
                Await.DEADLINE);
        children.alsoKill(Long.parseLong(Files.readString(grandchildPid).trim()));

        Path mine = cgroups().root().resolve("app-web");
        assertEquals(mine, cgroupIn(dir.resolve("child.cgroup")), "the child, before it forked");
        assertEquals(mine, cgroupIn(dir.resolve("grandchild.cgroup")), "the setsid grandchild");
        assertEquals(mine, cgroupOf(p.pid()));
    }

    @Test
    void issue17_argv0_isTheExecutableAsConfigured() throws Exception {
        Path sleep = dir.resolve("my sleep");
        Files.copy(Path.of("/bin/sleep"), sleep);
        sleep.toFile().setExecutable(true);

        LaunchedProcess p = children.launch(Spec.of("my sleep", dir).args("30", "0"));

        // The exec is past its point of no return when launch returns; the kernel fills cmdline just after.
        Await.equal(List.of("my sleep", "30", "0"), () -> cmdline(p.pid()));
    }

    @Test
    void issue17_anInterpreterThatIsMissing_isALaunchError() throws Exception {
        Path script = Files.writeString(dir.resolve("orphan-script"), "#!/nonexistent/interpreter\n");
        script.toFile().setExecutable(true);

        LaunchException e = assertThrows(LaunchException.class, () -> children.launch(Spec.of(script, dir)));
        assertTrue(e.getMessage().contains(script + " for app test-app") && e.getMessage().contains("ENOENT"),
                e.getMessage());
    }

    @Test
    void issue17_aRelaunchAfterTheCgroupWasKilled_runs() throws Exception {
        LaunchedProcess first = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).id("again"));
        Path cgroup = placed(first);
        children.processes.signalGroup(first.pid(), dev.patrol.ports.process.Signal.KILL); // cgroup.kill
        first.exit().get(10, TimeUnit.SECONDS);

        Path out = dir.resolve("again.log");
        LaunchedProcess second = children.launch(Spec.of("/bin/cat", dir).args("/proc/self/cgroup").id("again")
                .stdout(out));

        assertEquals(ExitStatus.exited(0), second.exit().get(10, TimeUnit.SECONDS), "not killed at birth");
        assertEquals(cgroups().root(), cgroupIn(out).getParent());
        assertTrue(cgroupIn(out).getFileName().toString().startsWith(cgroup.getFileName().toString()));
    }

    @Test
    void givenAMissingWorkingDirectoryAtExec_launch_failsAndLeavesNoChild() throws Exception {
        Path gone = Files.createDirectories(dir.resolve("gone"));
        Path sleeps = Children.install("sleeps.sh", dir);
        Spec spec = Spec.of(sleeps, gone);
        Files.delete(gone); // after LaunchChecks would have looked: the child's chdir fails

        LaunchException e = assertThrows(LaunchException.class, () -> children.launch(spec));
        assertTrue(e.getMessage().contains("not a directory") || e.getMessage().contains("ENOENT"), e.getMessage());
    }

    private Path cgroupIn(Path procCgroupCopy) {
        return cgroups().version().find(Path.of("/proc/self/mounts"), procCgroupCopy).dir();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
