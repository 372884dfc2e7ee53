package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;
import org.junit.jupiter.api.Test;

/** What every {@link LivenessProbe} must do: run against the fake table and the real OS. */
abstract class LivenessProbeContract {
    protected abstract LivenessProbe probe();

    /** A PID that is alive until the test ends. */
    protected abstract long livePid() throws Exception;

    /** The binary the {@link #livePid()} process runs (an absolute path). */
    protected abstract String liveBinary();

    /** A PID that no live process has. */
    protected abstract long deadPid() throws Exception;

    @Test
    void givenALiveProcess_probe_isAlive() throws Exception {
        assertEquals(Liveness.ALIVE, probe().probe(livePid()));
    }

    @Test
    void givenADeadProcess_probe_isDead() throws Exception {
        assertEquals(Liveness.DEAD, probe().probe(deadPid()));
    }

    @Test
    void givenPid0OrNegative_probe_isDead() {
        assertEquals(Liveness.DEAD, probe().probe(0));
        assertEquals(Liveness.DEAD, probe().probe(-1));
    }

    @Test
    void givenALiveProcess_startTime_isPositiveAndStable() throws Exception {
        long pid = livePid();

        long first = probe().startTime(pid);

        assertTrue(first > 0, "start time " + first);
        assertEquals(first, probe().startTime(pid));
    }

    @Test
    void givenALiveProcess_identity_runsItsBinary() throws Exception {
        long pid = livePid();

        assertTrue(probe().identity(pid).runs(liveBinary()), () -> probe().identity(pid).toString());
    }

    @Test
    void givenALiveProcess_identity_doesNotRunAnotherBinary() throws Exception {
        long pid = livePid();

        assertFalse(probe().identity(pid).runs("/usr/bin/not-this-one"));
    }

    @Test
    void givenADeadProcess_identity_isUnknown() throws Exception {
        assertEquals(ProcessIdentity.UNKNOWN, probe().identity(deadPid()));
    }

    @Test
    void givenADeadProcess_startTime_isZero() throws Exception {
        assertEquals(0, probe().startTime(deadPid()));
    }
}
