package dev.patrol.adapters.process;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Signal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jnr.constants.platform.OpenFlags;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link PosixSpawnLauncher} reaps its own children (one pidfd/epoll thread), so exit codes and deaths by signal stay apart. */
class PosixSpawnExitStatusTest {
    private static final POSIX POSIX = POSIXFactory.getNativePOSIX();
    private static final int MANY = 200;
    private static final List<Signal> SIGNALS = List.of(Signal.TERM, Signal.KILL, Signal.HUP, Signal.USR1, Signal.USR2);

    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(launcher());
    @TempDir
    Path dir;

    /** The launcher under test; {@link PosixSpawnThreadPerChildTest} forces the fallback. */
    PosixSpawnLauncher launcher() {
        return new PosixSpawnLauncher();
    }

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
    void givenRawWaitStatuses_decode_tellsExitsFromSignals() {
        assertEquals(ExitStatus.exited(0), ExitWaiter.decode(0x0000));
        assertEquals(ExitStatus.exited(3), ExitWaiter.decode(0x0300));
        assertEquals(ExitStatus.exited(137), ExitWaiter.decode(0x8900));
        assertEquals(ExitStatus.killedBy(9), ExitWaiter.decode(0x0009));
        assertEquals(ExitStatus.killedBy(11), ExitWaiter.decode(0x008b)); // SIGSEGV with a core dump
    }

    @Test
    void givenManyChildrenEndingAtOnce_exit_reportsEachExactStatus() throws Exception {
        Path child = Children.install("exits-on-eof.sh", dir);
        Path fifo = dir.resolve("gate");
        Path out = dir.resolve("ready.log");
        assertEquals(0, POSIX.mkfifo(fifo.toString(), 0600));
        // Held open read-write, so the children's open never blocks and their read sees EOF only when it closes.
        int gate = POSIX.open(fifo.toString(), OpenFlags.O_RDWR.intValue(), 0);
        List<LaunchedProcess> launched = new ArrayList<>();
        List<ExitStatus> want = new ArrayList<>();
        try {
            for (int i = 0; i < MANY; i++) {
                launched.add(children.launch(Spec.of(child, dir).args(fifo.toString(), String.valueOf(i)).stdout(out)));
                want.add(i % 2 == 0 ? ExitStatus.exited(i) : ExitStatus.killedBy(SIGNALS.get(i % SIGNALS.size()).number()));
            }
            Await.equal(MANY, () -> ProcessBuilderLauncherTest.lines(out).size());
            for (int i = 1; i < MANY; i += 2) {
                assertTrue(children.processes.signal(launched.get(i).pid(), SIGNALS.get(i % SIGNALS.size())));
            }
        } finally {
            POSIX.close(gate); // the even children read EOF and exit with their index
        }

        List<ExitStatus> got = new ArrayList<>();
        for (LaunchedProcess p : launched) {
            got.add(p.exit().get(30, TimeUnit.SECONDS));
        }
        assertEquals(want, got);
    }

    static long threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
    }
}
