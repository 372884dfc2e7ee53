package dev.patrol.domain.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The CAS invariants of spec §5.5 / checklist 25, re-expressed for one engine thread. */
class TrackedTest {
    private static final Instant T = Instant.parse("2026-11-24T23:42:14Z");

    private static Tracked fresh() {
        return new Tracked(ObjectState.initial(false), 500);
    }

    @Test
    void givenEveryFieldSetToItsCurrentValue_endSession_leavesTheCas() {
        Tracked t = fresh();
        ObjectState s = t.state();
        List<UnaryOperator<ObjectState>> sameValue = List.of(
                x -> x.withInstance(s.instanceId(), s.started()),
                x -> x.withLastSeen(s.lastSeen()),
                x -> x.withStartedLog(s.startedLog()),
                x -> x.withDisabled(s.disabled()),
                x -> x.withRestart(s.restart()),
                x -> x.withFlags(s.disabled(), s.restart(), s.runOnce(), s.runOnceConsumed()),
                x -> x.withRunOnceConsumed(s.runOnceConsumed()),
                x -> x.withPid(s.pid()),
                x -> x.withExit(s.exitCode(), s.exitSignal()));
        sameValue.forEach(t::update);
        assertFalse(t.endSession());
        assertEquals(500, t.cas());
    }

    @Test
    void givenEachFieldChanged_endSession_addsExactlyOneAndASecondChangeNothing() {
        List<UnaryOperator<ObjectState>> changes = List.of(
                x -> x.withInstance("id", T),
                x -> x.withLastSeen(T),
                x -> x.withStartedLog(T),
                x -> x.withDisabled(true),
                x -> x.withRestart(true),
                x -> x.withFlags(false, false, true, false),
                x -> x.withRunOnceConsumed(true),
                x -> x.withPid(42),
                x -> x.withExit(3, 0));
        for (UnaryOperator<ObjectState> change : changes) {
            Tracked t = fresh();
            t.update(change);
            t.update(x -> x.withPid(x.pid() + 1));
            assertTrue(t.endSession());
            assertEquals(501, t.cas());
            assertFalse(t.endSession(), "a session with no change adds nothing");
        }
    }

    @Test
    void givenKeyValueMergeOrReplaceEvenEmpty_endSession_addsOne() {
        Tracked t = fresh();
        t.force(x -> x.withKeyValue(Map.of()));
        assertTrue(t.endSession());
        t.force(x -> x.withKeyValue(KeyValues.merge(x.keyValue(), Map.of())));
        t.force(x -> x.withKeyValue(Map.of("a", "b")));
        assertTrue(t.endSession());
        assertEquals(502, t.cas());
    }
}
