package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.process.Signal;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessSignaller} must report: run against the fake table and the real OS. */
abstract class ProcessSignallerContract {
    protected abstract ProcessSignaller signaller();

    /** A live PID that leads its own process group. */
    protected abstract long liveGroupLeader() throws Exception;

    /** A PID (and group) with no live process. */
    protected abstract long deadPid() throws Exception;

    @Test
    void givenALiveProcess_signal_isDelivered() throws Exception {
        assertTrue(signaller().signal(liveGroupLeader(), Signal.KILL));
    }

    @Test
    void givenALiveGroup_signalGroup_isDelivered() throws Exception {
        assertTrue(signaller().signalGroup(liveGroupLeader(), Signal.KILL));
    }

    @Test
    void givenADeadProcess_signalAndSignalGroup_areNotDelivered() throws Exception {
        long dead = deadPid();

        assertFalse(signaller().signal(dead, Signal.TERM));
        assertFalse(signaller().signalGroup(dead, Signal.TERM));
    }

    @Test
    void givenPid0OrNegative_signalAndSignalGroup_areNotDelivered() {
        assertFalse(signaller().signal(0, Signal.TERM));
        assertFalse(signaller().signal(-1, Signal.TERM));
        assertFalse(signaller().signalGroup(0, Signal.TERM));
        assertFalse(signaller().signalGroup(-1, Signal.TERM));
    }
}
