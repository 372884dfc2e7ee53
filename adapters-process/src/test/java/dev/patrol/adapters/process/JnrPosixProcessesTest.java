package dev.patrol.adapters.process;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.Signal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jnr.posix.POSIXFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Real-OS behaviour of the jnr-posix signaller and probe beyond the shared contracts. */
class JnrPosixProcessesTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren();
    @TempDir
    Path dir;
    private final JnrPosixProcesses processes = new JnrPosixProcesses();

    @Test
    void givenPid1_probe_isAlive() {
        assertEquals(Liveness.ALIVE, processes.probe(1)); // EPERM for non-root would count as alive too
    }

    @Test
    void givenAZombie_probe_isDeadAlthoughKillZeroSucceeds() throws Exception {
        Path out = dir.resolve("out.log");
        children.launch(Spec.of(Children.install("makes-zombie.sh", dir), dir).stdout(out));
        long zombie = Long.parseLong(Await.until("the zombie's PID", () -> ProcessBuilderLauncherTest.lines(out),
                lines -> !lines.isEmpty()).get(0));
        Await.equal('Z', () -> ProcStat.state(zombie));

        assertEquals(0, POSIXFactory.getNativePOSIX().kill(zombie, 0), "kill(zombie, 0) succeeds");
        assertEquals(Liveness.DEAD, processes.probe(zombie));
    }

    @Test
    void givenAKilledAndReapedChild_probe_isDead() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));
        assertEquals(Liveness.ALIVE, processes.probe(p.pid()));

        assertTrue(processes.signal(p.pid(), Signal.KILL));
        p.exit().get(10, TimeUnit.SECONDS);

        assertEquals(Liveness.DEAD, processes.probe(p.pid()));
        assertEquals(0, processes.startTime(p.pid()));
    }

    @Test
    void givenTwoSuccessiveProcesses_startTime_differsAndIsStableForEach() throws Exception {
        Path child = Children.install("sleeps.sh", dir);
        LaunchedProcess first = children.launch(Spec.of(child, dir));
        // Start times tick at 100 Hz: launch until one lands in a later tick.
        long firstStart = processes.startTime(first.pid());
        LaunchedProcess later = Await.until("a process started after tick " + firstStart,
                () -> launchQuietly(Spec.of(child, dir)), p -> p.startTime() != firstStart);

        assertTrue(later.startTime() > firstStart, later.startTime() + " > " + firstStart);
        assertEquals(firstStart, processes.startTime(first.pid()));
        assertEquals(later.startTime(), processes.startTime(later.pid()));
        assertNotEquals(first.pid(), later.pid());
    }

    @Test
    void givenPid0OrNegative_signal_refusesWithoutCallingKill() {
        assertFalse(processes.signal(0, Signal.USR1));
        assertFalse(processes.signal(-1, Signal.USR1));
        assertFalse(processes.signal(1L << 32, Signal.USR1));
    }

    @Test
    void givenGroup0Or1OrNegative_signalGroup_refusesBecauseKillMinus1HitsEveryProcess() {
        assertFalse(processes.signalGroup(0, Signal.USR1));
        assertFalse(processes.signalGroup(1, Signal.USR1));
        assertFalse(processes.signalGroup(-5, Signal.USR1));
    }

    @Test
    void givenACommWithSpacesAndParentheses_parse_splitsAfterTheLastParenthesis() {
        String stat = "4242 (a) (b c)) S 1 4242 4242 0 -1 4194560 1 2 3 4 5 6 7 8 20 0 1 0 987654 100 200";

        String[] fields = ProcStat.parse(stat);

        assertEquals("S", fields[0]);
        assertEquals("987654", fields[19]);
        assertArrayEquals(new String[0], ProcStat.parse("garbage without comm"));
        assertArrayEquals(new String[] {"S", "2"}, ProcStat.parse("1 (x)  S  2\n"), "runs of spaces, the final newline");
        assertArrayEquals(new String[0], ProcStat.parse("1 (x) \n"));
    }

    private LaunchedProcess launchQuietly(Spec spec) {
        try {
            return children.launch(spec);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
