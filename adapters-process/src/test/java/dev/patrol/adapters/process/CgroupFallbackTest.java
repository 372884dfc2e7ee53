package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Where the host has no usable cgroup v2, apps run as before: in their process group, reached through it only. */
class CgroupFallbackTest {
    private static final POSIX POSIX = POSIXFactory.getNativePOSIX();
    private static final Cgroups NONE = DetectedCgroups.detect(List.of("cgroup2 /no/such/cgroup2 cgroup2 rw 0 0"),
            List.of("0::/"));

    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(new PosixSpawnLauncher(new FilePidFiles(), NONE),
            new JnrPosixProcesses(NONE));
    @TempDir
    Path dir;

    @Test
    void givenContainmentOff_launch_leavesTheChildInPatrolsCgroup() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        assertEquals(cgroupLine(ProcessHandle.current().pid()), cgroupLine(p.pid()));
    }

    @Test
    void givenContainmentOff_signalGroup_stopsTheGroupButNotASetsidGrandchild() throws Exception {
        Path out = dir.resolve("out.log");
        LaunchedProcess p = children.launch(Spec.of(Children.install("spawns-setsid-grandchild.sh", dir), dir)
                .env("PATH=/usr/bin:/bin").stdout(out));
        long grandchild = Long.parseLong(Await.until("the grandchild's PID", () -> ProcessBuilderLauncherTest.lines(out),
                lines -> !lines.isEmpty()).get(0));
        children.alsoKill(grandchild);
        Await.until("grandchild in a group of its own", () -> POSIX.getpgid((int) grandchild) == grandchild, Await.DEADLINE);

        assertTrue(children.processes.signalGroup(p.pid(), Signal.TERM));
        assertEquals(ExitStatus.killedBy(15), p.exit().get(10, TimeUnit.SECONDS));
        assertFalse(children.processes.signalGroup(p.pid(), Signal.KILL), "the group is gone");

        // The gap F5's cgroups close: the setsid() grandchild was not reached.
        assertEquals(Liveness.ALIVE, children.processes.probe(grandchild));
        assertNotEquals(p.pid(), POSIX.getpgid((int) grandchild));
    }

    private static String cgroupLine(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/cgroup")).stream().filter(l -> l.startsWith("0::"))
                .findFirst().orElse("");
    }
}
