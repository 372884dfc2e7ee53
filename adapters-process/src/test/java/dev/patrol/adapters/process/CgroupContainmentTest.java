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
import java.util.concurrent.TimeUnit;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.Test;

/** F5 where the host has cgroup v2 with cgroup.kill: a stop reaches descendants that left the app's group. */
class CgroupContainmentTest extends ContainedChildren {
    private static final POSIX POSIX = POSIXFactory.getNativePOSIX();

    @Test
    void givenALaunch_launch_putsTheChildInACgroupOfItsOwn() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        Path cgroup = placed(p);
        assertEquals(CGROUPS.root(), cgroup.getParent());
        assertTrue(cgroup.getFileName().toString().startsWith("app-"), cgroup.toString());
    }

    @Test
    void givenASetsidGrandchild_signalGroupTerm_reachesItThroughTheCgroup() throws Exception {
        LaunchedProcess p = children.launch(setsidGrandchild());
        long grandchild = grandchildPid();
        assertNotEquals(p.pid(), POSIX.getpgid((int) grandchild), "the grandchild has left the app's group");

        assertTrue(children.processes.signalGroup(p.pid(), Signal.TERM));

        assertEquals(ExitStatus.killedBy(15), p.exit().get(10, TimeUnit.SECONDS));
        Await.equal(Liveness.DEAD, () -> children.processes.probe(grandchild));
    }

    @Test
    void givenALeaderStoppedAlone_finalGroupKill_emptiesAndRemovesTheCgroup() throws Exception {
        LaunchedProcess p = children.launch(setsidGrandchild());
        long grandchild = grandchildPid();
        Path cgroup = placed(p);

        // What the domain does: the leader alone is stopped; once it has exited, a final group SIGKILL.
        assertTrue(children.processes.signal(p.pid(), Signal.KILL));
        p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(Liveness.ALIVE, children.processes.probe(grandchild), "outside the group, the grandchild lives on");
        assertTrue(children.processes.signalGroup(p.pid(), Signal.KILL));

        Await.equal(Liveness.DEAD, () -> children.processes.probe(grandchild));
        Await.equal(false, () -> Files.exists(cgroup));
    }

    @Test
    void givenADaemonOutlivingItsLeader_cgroup_staysUntilTheDaemonEnds() throws Exception {
        LaunchedProcess p = children.launch(setsidGrandchild());
        long daemon = grandchildPid();
        Path cgroup = placed(p);

        assertTrue(children.processes.signal(p.pid(), Signal.TERM)); // the leader ends; no stop, so no group kill
        p.exit().get(10, TimeUnit.SECONDS);
        assertTrue(Files.exists(cgroup), "the daemon still runs in it");

        assertTrue(children.processes.signal(daemon, Signal.KILL));
        Await.equal(false, () -> Files.exists(cgroup));
    }

    @Test
    void givenAChildThatExits_cgroup_isRemoved() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));
        Path cgroup = placed(p);

        children.processes.signal(p.pid(), Signal.TERM);
        p.exit().get(10, TimeUnit.SECONDS);

        Await.equal(false, () -> Files.exists(cgroup));
    }

    @Test
    void givenAnEmptiedCgroup_signalGroup_isNotDelivered() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/true", dir));
        p.exit().get(10, TimeUnit.SECONDS);

        assertFalse(children.processes.signalGroup(p.pid(), Signal.TERM));
    }

    private Spec setsidGrandchild() {
        return Spec.of(Children.install("spawns-setsid-grandchild.sh", dir), dir).env("PATH=/usr/bin:/bin")
                .stdout(dir.resolve("out.log"));
    }

    /** The grandchild's PID, once the child has printed it; killed after the test whatever happens. */
    private long grandchildPid() {
        long pid = Long.parseLong(Await.until("the grandchild's PID", () -> ProcessBuilderLauncherTest.lines(dir.resolve("out.log")),
                lines -> !lines.isEmpty()).get(0));
        children.alsoKill(pid);
        // setsid runs as the grandchild's PID and exec's sleep once it has its own session.
        Await.until("grandchild " + pid + " in a session of its own", () -> POSIX.getpgid((int) pid) == pid,
                () -> "group " + POSIX.getpgid((int) pid), Await.DEADLINE);
        return pid;
    }

    /** The child's cgroup, once the child has entered it (it does so itself, before the app runs). */
    private static Path placed(LaunchedProcess p) {
        Path want = CGROUPS.of(p.pid()).dir();
        return Await.equal(want, () -> cgroupOf(p.pid()));
    }

    private static Path cgroupOf(long pid) {
        try {
            Path mount = CgroupProbe.cgroup2Mount(Files.readAllLines(Path.of("/proc/self/mounts"))).orElseThrow();
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/cgroup"))) {
                if (line.startsWith("0::")) {
                    return mount.resolve(line.substring(4));
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
