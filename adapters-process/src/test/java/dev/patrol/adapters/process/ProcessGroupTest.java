package dev.patrol.adapters.process;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.Signal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An app launched in its own group can be stopped as a whole, grandchildren included (F5). */
class ProcessGroupTest {
    private static final POSIX POSIX = POSIXFactory.getNativePOSIX();

    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(launcher());
    @TempDir
    Path dir;

    /** The launcher under test; subclasses run these tests against another one. */
    ProcessLauncher launcher() {
        return new ProcessBuilderLauncher();
    }

    @Test
    void givenOwnProcessGroup_launch_childLeadsItsGroupWithTheSamePid() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        // launch() returns only once setsid (running as the child's PID) has called setsid().
        assertEquals((int) p.pid(), POSIX.getpgid((int) p.pid()));
    }

    @Test
    void givenNoOwnProcessGroup_launch_childSharesPatrolsGroup() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).sameGroup());

        assertEquals(POSIX.getpgrp(), POSIX.getpgid((int) p.pid()));
    }

    @Test
    void givenAGrandchild_signalGroup_killsItToo() throws Exception {
        LaunchedProcess p = launchForking("test-app");
        long grandchild = grandchildPid();
        assertEquals(p.pid(), POSIX.getpgid((int) grandchild), "the grandchild is in the app's group");

        assertTrue(children.processes.signalGroup(p.pid(), Signal.TERM));

        p.exit().get(10, TimeUnit.SECONDS); // completes only once the child has died
        Await.equal(Liveness.DEAD, () -> children.processes.probe(grandchild));
    }

    @Test
    void givenALeaderThatCrashed_nextLaunchOfTheApp_killsWhatItLeftInItsGroup() throws Exception {
        LaunchedProcess p = launchForking("crashes");
        long orphan = grandchildPid();
        assertTrue(children.processes.signal(p.pid(), Signal.KILL)); // the leader alone: a crash, not a stop
        p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(Liveness.ALIVE, children.processes.probe(orphan), "the orphan outlives its leader");

        children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).id("crashes"));

        Await.equal(Liveness.DEAD, () -> children.processes.probe(orphan));
    }

    @Test
    void givenALeaderStillRunning_anotherLaunchOfTheApp_leavesItsGroupAlone() throws Exception {
        LaunchedProcess p = launchForking("twice");
        long grandchild = grandchildPid();

        children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).id("twice"));

        assertEquals(Liveness.ALIVE, children.processes.probe(p.pid()));
        assertEquals(Liveness.ALIVE, children.processes.probe(grandchild));
    }

    /** App `id` as spawns-grandchild.sh, which prints its grandchild's PID into out.log. */
    private LaunchedProcess launchForking(String id) throws LaunchException {
        return children.launch(Spec.of(Children.install("spawns-grandchild.sh", dir), dir).id(id)
                .stdout(dir.resolve("out.log")));
    }

    /** The PID spawns-grandchild.sh printed; killed after the test whatever happens. */
    private long grandchildPid() {
        long pid = Long.parseLong(Await.until("the grandchild's PID",
                () -> ProcessBuilderLauncherTest.lines(dir.resolve("out.log")), lines -> !lines.isEmpty()).get(0));
        children.alsoKill(pid);
        return pid;
    }
}
