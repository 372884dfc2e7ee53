package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;
import dev.patrol.ports.process.ProcessLineage;
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

    /** The parent of the {@link #livePid()} process. */
    protected abstract long parentOfLive();

    /** The PID of the process the probe runs in (the daemon). */
    protected abstract long daemonPid();

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

    @Test
    void givenALiveProcess_lineage_descendsFromItsParentAndStopsAtPid1() throws Exception {
        long pid = livePid();

        ProcessLineage lineage = probe().lineage(pid, "web");

        assertTrue(lineage.descendsFrom(parentOfLive()), lineage::toString);
        assertEquals(1L, lineage.ancestors().get(lineage.ancestors().size() - 1), lineage::toString);
        assertFalse(lineage.kernelThread());
        assertFalse(lineage.descendsFrom(pid), "not its own ancestor");
    }

    @Test
    void givenADeadProcess_lineage_isUnknown() throws Exception {
        assertEquals(ProcessLineage.UNKNOWN, probe().lineage(deadPid(), "web"));
    }

    @Test
    void daemonAndAncestors_holdTheDaemonAndPid1() {
        long daemon = daemonPid();
        assertTrue(probe().daemonAndAncestors().contains(daemon), () -> probe().daemonAndAncestors().toString());
        assertTrue(probe().daemonAndAncestors().contains(1L), () -> probe().daemonAndAncestors().toString());
    }
}
