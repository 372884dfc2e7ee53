package dev.patrol.adapters.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.state.LiveInstance;
import dev.patrol.ports.state.SavedObject;
import dev.patrol.ports.state.SavedState;
import dev.patrol.ports.state.StateStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link StateStore} must do: run against the fake and the state directory. */
abstract class StateStoreContract {
    /** The store a daemon has now. */
    protected abstract StateStore store() throws Exception;

    /** What a daemon restarted after {@link #store()} flushed would load. */
    protected abstract SavedState reloaded() throws Exception;

    static SavedObject sample(long cas) {
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("n", 1.5);
        kv.put("s", "<tag> & \u2028");
        kv.put("list", List.of(true, "x", 2.0));
        kv.put("nested", Map.of("k", "v"));
        Instant t = Instant.parse("2026-12-03T13:00:00.123456789Z");
        HistoryRecord closed = new HistoryRecord("7d1c5e6a-0000-4000-8000-000000000001", 4242, t, t.plusSeconds(5),
                t.plusSeconds(9), false, true, false, false, 255, Map.of("old", "value"), 9, "pid-reused");
        LiveInstance live = new LiveInstance("7d1c5e6a-0000-4000-8000-000000000002", 5151, 987654, 5151,
                "/sys/fs/cgroup/patrol-1/app-web", t.plusSeconds(10), t.plusSeconds(12));
        return new SavedObject(true, false, true, cas, kv, List.of(closed), live);
    }

    @Test
    void givenSavedObjects_restart_loadsThemExactly() throws Exception {
        SavedObject web = sample(17);
        SavedObject db = new SavedObject(false, true, false, 3, Map.of(), List.of(), null);
        store().put(Group.APP, "web", web);
        store().put(Group.SERVICE, "db", db);

        assertTrue(store().flush());

        SavedState s = reloaded();
        assertEquals(Map.of("web", web), s.apps());
        assertEquals(Map.of("db", db), s.services());
    }

    @Test
    void givenABurstOfChanges_restart_loadsTheLatest() throws Exception {
        for (int cas = 1; cas <= 200; cas++) {
            store().put(Group.APP, "web", sample(cas));
        }

        assertTrue(store().flush());

        assertEquals(200, reloaded().apps().get("web").cas());
    }

    @Test
    void givenARemovedObject_restart_doesNotLoadIt() throws Exception {
        store().put(Group.APP, "gone", sample(1));
        assertTrue(store().flush());
        store().remove(Group.APP, "gone");

        assertTrue(store().flush());

        assertEquals(Map.of(), reloaded().apps());
    }

    @Test
    void givenNothingSaved_load_isEmpty() throws Exception {
        assertEquals(SavedState.EMPTY, reloaded());
    }
}
