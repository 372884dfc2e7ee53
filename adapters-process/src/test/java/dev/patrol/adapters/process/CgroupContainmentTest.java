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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.Test;

/**
 * F5 with this host's containment (cgroup v2 where it works): a stop reaches descendants that left
 * the app's group. {@link CgroupV1ContainmentTest} runs the same tests on the v1 pids hierarchy.
 */
class CgroupContainmentTest extends ContainedChildren {
    private static final POSIX POSIX = POSIXFactory.getNativePOSIX();

    @Test
    void givenTwoApps_launch_putsEachInACgroupNamedAfterIt() throws Exception {
        Path sleeps = Children.install("sleeps.sh", dir);
        LaunchedProcess web = children.launch(Spec.of(sleeps, dir).id("web"));
        LaunchedProcess db = children.launch(Spec.of(sleeps, dir).id("db"));

        assertEquals(cgroups().root().resolve("app-web"), placed(web));
        assertEquals(cgroups().root().resolve("app-db"), placed(db));
    }

    @Test
    void givenASetsidGrandchild_lineage_isInItsAppsCgroupOnly() throws Exception {
        children.launch(setsidGrandchild().id("web"));
        long grandchild = grandchildPid();

        assertTrue(children.processes.lineage(grandchild, "web").inAppCgroup(), "A8: provably the app's");
        assertFalse(children.processes.lineage(grandchild, "db").inAppCgroup());
        assertFalse(children.processes.lineage(ProcessHandle.current().pid(), "web").inAppCgroup());
    }

    @Test
    void givenAnIdThatIsNoName_launch_numbersItsCgroup() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).id("../x"));

        Path cgroup = placed(p);
        assertEquals(cgroups().root(), cgroup.getParent());
        assertTrue(cgroup.getFileName().toString().matches("app-[0-9]+"), cgroup.toString());
    }

    @Test
    void givenARespawn_launch_reusesTheAppsCgroup() throws Exception {
        LaunchedProcess first = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).id("again"));
        Path cgroup = placed(first);
        children.processes.signal(first.pid(), Signal.KILL);
        first.exit().get(10, TimeUnit.SECONDS);

        LaunchedProcess second = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).id("again"));

        assertEquals(cgroup, placed(second));
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
    void givenALeaderStoppedAlone_finalGroupKill_emptiesTheCgroup() throws Exception {
        LaunchedProcess p = children.launch(setsidGrandchild());
        long grandchild = grandchildPid();
        Path cgroup = placed(p);

        // What the domain does: the leader alone is stopped; once it has exited, a final group SIGKILL.
        assertTrue(children.processes.signal(p.pid(), Signal.KILL));
        p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(Liveness.ALIVE, children.processes.probe(grandchild), "outside the group, the grandchild lives on");
        assertTrue(children.processes.signalGroup(p.pid(), Signal.KILL));

        Await.equal(Liveness.DEAD, () -> children.processes.probe(grandchild));
        Await.equal(List.of(), () -> lines(cgroup.resolve("cgroup.procs")));
    }

    @Test
    void givenADaemonLeftByACrashedLeader_nextLaunch_killsItFirst() throws Exception {
        LaunchedProcess p = children.launch(setsidGrandchild());
        long daemon = grandchildPid();
        assertTrue(children.processes.signal(p.pid(), Signal.KILL)); // a crash: no stop, so no group kill
        p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(Liveness.ALIVE, children.processes.probe(daemon), "the daemon outlives its leader");

        LaunchedProcess next = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        Await.equal(Liveness.DEAD, () -> children.processes.probe(daemon));
        assertEquals(Liveness.ALIVE, children.processes.probe(next.pid()));
    }

    @Test
    void givenALeaderStillRunning_anotherLaunchOfTheApp_leavesItAlone() throws Exception {
        Path sleeps = Children.install("sleeps.sh", dir); // once: reinstalling could pull it from under a starting shell
        LaunchedProcess first = children.launch(Spec.of(sleeps, dir).id("twice"));
        placed(first);

        LaunchedProcess second = children.launch(Spec.of(sleeps, dir).id("twice"));
        placed(second);

        assertEquals(Liveness.ALIVE, children.processes.probe(first.pid()));
    }

    @Test
    void givenANewInstance_groupKillOfTheOldLeader_doesNotReachIt() throws Exception {
        LaunchedProcess old = children.launch(Spec.of("/bin/true", dir));
        old.exit().get(10, TimeUnit.SECONDS);
        LaunchedProcess next = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));
        placed(next);

        children.processes.signalGroup(old.pid(), Signal.KILL);

        assertEquals(Liveness.ALIVE, children.processes.probe(next.pid()));
    }

    @Test
    void givenAnEmptiedCgroup_signalGroup_isNotDelivered() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/true", dir));
        p.exit().get(10, TimeUnit.SECONDS);

        assertFalse(children.processes.signalGroup(p.pid(), Signal.TERM));
    }

    Spec setsidGrandchild() {
        return Spec.of(Children.install("spawns-setsid-grandchild.sh", dir), dir).env("PATH=/usr/bin:/bin")
                .stdout(dir.resolve("out.log"));
    }

    /** The grandchild's PID, once the child has printed it; killed after the test whatever happens. */
    long grandchildPid() {
        long pid = Long.parseLong(Await.until("the grandchild's PID", () -> ProcessBuilderLauncherTest.lines(dir.resolve("out.log")),
                lines -> !lines.isEmpty()).get(0));
        children.alsoKill(pid);
        // setsid runs as the grandchild's PID and exec's sleep once it has its own session.
        Await.until("grandchild " + pid + " in a session of its own", () -> POSIX.getpgid((int) pid) == pid,
                () -> "group " + POSIX.getpgid((int) pid), Await.DEADLINE);
        return pid;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
