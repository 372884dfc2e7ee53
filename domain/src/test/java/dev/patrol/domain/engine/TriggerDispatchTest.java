package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.hooks.Listener;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Triggers cost a snapshot each; with no listener the engine must not build or schedule them. */
class TriggerDispatchTest {
    private final AtomicInteger scheduled = new AtomicInteger();
    private final Executor counting = task -> {
        scheduled.incrementAndGet();
        task.run();
    };

    @Test
    void givenNoListener_events_scheduleNoTrigger() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build()),
                Listener.NONE, counting);

        h.start();
        h.advanceSeconds(60);

        assertTrue(h.launcher.count() > 0, "the app ran, so there were events");
        assertEquals(0, scheduled.get());
    }

    @Test
    void givenAListener_events_scheduleTriggers() {
        AtomicInteger seen = new AtomicInteger();
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build()),
                e -> seen.incrementAndGet(), counting);

        h.start();

        assertTrue(scheduled.get() > 0);
        assertEquals(scheduled.get(), seen.get());
    }
}
