package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.FakeProcessTable.Sent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** F18: a reload diffs per app; only what changed is touched. */
class ReloadTest {
    private static AppConfig.Builder loop(String binary) {
        return Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).binary(binary);
    }

    private static Config two(AppConfig a, AppConfig b) {
        return Config.builder().history(5).app("a", a).app("b", b).build();
    }

    private static Config valid(Config raw) {
        return ((Validation.Valid) ConfigValidator.validate(raw, "/root")).config();
    }

    private static Harness started(Config raw) {
        Harness h = new Harness(raw);
        h.start();
        return h;
    }

    @Test
    void givenOneChangedApp_reload_restartsOnlyThatApp() {
        Harness h = started(two(loop("a").build(), loop("b").build()));
        assertEquals(2, h.launcher.count());
        ReloadReport report = h.supervisor.reload(valid(two(loop("a").build(), loop("b2").build())));
        h.drain();
        assertEquals(List.of("app b"), report.changed());
        assertEquals(List.of(new Sent(102, Signal.USR1, false)), h.processes.sent(), "only b is stopped");
        h.launcher.exit(102, ExitStatus.exited(10));
        h.drain();
        assertEquals(3, h.launcher.count());
        assertEquals("/srv/app/b2", h.launcher.last().spec().executable(), "relaunched with the new config");
        ApiResponse b = h.read("app", "b");
        assertEquals("reload", b.history().get(0).reason());
        assertEquals(101, h.read("app", "a").pid(), "a kept running");
    }

    @Test
    void givenARemovedAndAnAddedApp_reload_stopsOneAndStartsTheOther() {
        Harness h = started(two(loop("a").build(), loop("b").build()));
        ReloadReport report = h.supervisor.reload(valid(Config.builder().history(5)
                .app("a", loop("a").build()).app("c", loop("c").build()).build()));
        h.drain();
        assertEquals(List.of("app c"), report.added());
        assertEquals(List.of("app b"), report.removed());
        assertEquals(3, h.launcher.count(), "c launched");
        assertEquals(new Sent(102, Signal.USR1, false), h.processes.sent().get(0), "b stopped");
        assertTrue(h.supervisor.hasLiveChildren());
        assertEquals(List.of("Unknown App"), h.read("app", "b").errors());
        h.launcher.exit(102, ExitStatus.exited(10));
        h.drain();
        h.advanceSeconds(60);
        assertEquals(3, h.launcher.count(), "a removed app is never relaunched");
        assertEquals(List.of(new Sent(102, Signal.USR1, false), new Sent(102, Signal.KILL, true)), h.processes.sent(),
                "no escalation after its exit, only the group sweep");
    }

    @Test
    void givenAnUnchangedConfig_reload_touchesNothing() {
        Harness h = started(two(loop("a").build(), loop("b").build()));
        long cas = h.read("app", "a").cas();
        ReloadReport report = h.supervisor.reload(valid(two(loop("a").build(), loop("b").build())));
        assertTrue(report.added().isEmpty() && report.changed().isEmpty() && report.removed().isEmpty());
        assertTrue(h.processes.sent().isEmpty());
        assertEquals(cas, h.read("app", "a").cas());
        assertFalse(h.read("app", "a").history().size() > 0);
    }
}
