package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.testing.Await;
import dev.patrol.ports.testing.FakeIdGenerator;
import dev.patrol.ports.testing.FakePidFiles;
import dev.patrol.ports.testing.FakeProcessLauncher;
import dev.patrol.ports.testing.FakeProcessTable;
import dev.patrol.ports.testing.FakeServiceManager;
import dev.patrol.ports.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real engine thread with fake process ports: events from other threads reach it. */
class EngineThreadTest {
    private final FakeProcessLauncher launcher = new FakeProcessLauncher();
    private Engine engine;

    private static final Clock REAL = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.ofEpochMilli(System.currentTimeMillis());
        }
    };

    private Engine engine(AppConfig app) {
        Validation v = ConfigValidator.validate(Fixtures.oneApp(app), "/root");
        FakeProcessTable table = new FakeProcessTable();
        SupervisorPorts ports = new SupervisorPorts(launcher, table, table, new FakePidFiles(),
                new FakeServiceManager(), REAL, new FakeIdGenerator(), EventLog.SILENT);
        engine = new Engine(((Validation.Valid) v).config(), ports,
                SupervisorOptions.defaults(ZoneOffset.UTC, Map.of()));
        engine.start();
        return engine;
    }

    @AfterEach
    void halt() {
        if (engine != null) {
            engine.halt();
        }
    }

    @Test
    void givenAnExitFromAnotherThread_engine_respawnsOnItsOwnThread() throws Exception {
        engine(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build());
        Await.until("a first launch", () -> launcher.count() == 1, Await.DEADLINE);
        launcher.exit(101, ExitStatus.exited(1));
        Await.until("a respawn", () -> launcher.count() == 2, Await.DEADLINE);
        ApiResponse r = engine.api(ApiRequest.builder().group("app").id("web").build(), Endpoint.HTTP)
                .get(5, TimeUnit.SECONDS);
        assertEquals(102, r.pid());
    }

    @Test
    void givenShutdown_engine_completesOnceTheChildExits() throws Exception {
        engine(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build());
        Await.until("a first launch", () -> launcher.count() == 1, Await.DEADLINE);
        var done = engine.shutdown(Duration.ofSeconds(30));
        assertFalse(done.isDone(), "the launched child has not exited yet");
        launcher.exit(101, ExitStatus.exited(10));
        done.get(5, TimeUnit.SECONDS);
        ApiResponse r = engine.api(ApiRequest.builder().group("app").id("web").build(), Endpoint.NONE)
                .get(5, TimeUnit.SECONDS);
        assertTrue(r.shutdown());
        assertTrue(r.history().get(0).shutdown());
    }

    @Test
    void givenABugInAnEvent_engine_keepsServing() throws Exception {
        engine(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build());
        var failed = engine.call(s -> {
            throw new IllegalStateException("boom");
        });
        assertTrue(failed.handle((v, e) -> e != null).get(5, TimeUnit.SECONDS));
        assertEquals("web", engine.api(ApiRequest.builder().group("app").id("web").build(), Endpoint.NONE)
                .get(5, TimeUnit.SECONDS).id());
    }
}
