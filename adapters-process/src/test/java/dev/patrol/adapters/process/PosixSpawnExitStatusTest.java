package dev.patrol.adapters.process;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Signal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link PosixSpawnLauncher} reaps its own children, so exit codes and deaths by signal stay apart. */
class PosixSpawnExitStatusTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(new PosixSpawnLauncher());
    @TempDir
    Path dir;

    @Test
    void givenExitCodes0And3_launch_recordsThem() throws Exception {
        Path child = Children.install("exits-with.sh", dir);

        assertEquals(ExitStatus.exited(0), children.launch(Spec.of(child, dir).args("0")).exit().get(10, TimeUnit.SECONDS));
        assertEquals(ExitStatus.exited(3), children.launch(Spec.of(child, dir).args("3")).exit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenExitCode137_launch_recordsAnExitNotASignal() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("exits-with.sh", dir), dir).args("137"));

        ExitStatus status = p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(ExitStatus.exited(137), status);
        assertFalse(status.bySignal());
    }

    @Test
    void givenAChildIgnoringTerm_sigkill_isRecordedAsKilledBy9() throws Exception {
        Path out = dir.resolve("out.log");
        LaunchedProcess p = children.launch(Spec.of(Children.install("ignores-term.sh", dir), dir).stdout(out));
        Await.equal(List.of("ready"), () -> ProcessBuilderLauncherTest.lines(out));

        assertTrue(children.processes.signal(p.pid(), Signal.TERM)); // ignored: only KILL ends it
        assertTrue(children.processes.signal(p.pid(), Signal.KILL));

        ExitStatus status = p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(ExitStatus.killedBy(9), status);
        assertEquals(255, status.wireExitCode());
    }

    @Test
    void givenASleepingChild_sigterm_isRecordedAsKilledBy15() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        assertTrue(children.processes.signalGroup(p.pid(), Signal.TERM));

        assertEquals(ExitStatus.killedBy(15), p.exit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenARunningChild_launch_startsOneWaiterThreadThatEndsWithIt() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));
        String name = "patrol-wait-" + p.pid();
        assertEquals(1, waiters(name));

        children.processes.signal(p.pid(), Signal.KILL);
        p.exit().get(10, TimeUnit.SECONDS);

        Await.equal(0L, () -> waiters(name));
    }

    @Test
    void givenRawWaitStatuses_decode_tellsExitsFromSignals() {
        assertEquals(ExitStatus.exited(0), ExitWaiter.decode(0x0000));
        assertEquals(ExitStatus.exited(3), ExitWaiter.decode(0x0300));
        assertEquals(ExitStatus.exited(137), ExitWaiter.decode(0x8900));
        assertEquals(ExitStatus.killedBy(9), ExitWaiter.decode(0x0009));
        assertEquals(ExitStatus.killedBy(11), ExitWaiter.decode(0x008b)); // SIGSEGV with a core dump
    }

    private static long waiters(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
    }
}
