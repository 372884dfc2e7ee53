package dev.patrol.domain.engine;

import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.hooks.Listener;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.testing.FakeClock;
import dev.patrol.ports.testing.FakeIdGenerator;
import dev.patrol.ports.testing.FakePidFiles;
import dev.patrol.ports.testing.FakeProcessLauncher;
import dev.patrol.ports.testing.FakeProcessTable;
import dev.patrol.ports.testing.FakeServiceManager;
import dev.patrol.ports.testing.RecordingListener;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A supervisor driven synchronously by a test: fake ports, a fake clock that only moves
 * when told, triggers delivered inline, posted events run by {@link #drain()}.
 */
final class Harness {
    final FakeClock clock = new FakeClock();
    final FakeIdGenerator ids = new FakeIdGenerator();
    final FakeProcessLauncher launcher = new FakeProcessLauncher();
    final FakeProcessTable processes = new FakeProcessTable();
    final FakePidFiles pidFiles = new FakePidFiles();
    final FakeServiceManager services = new FakeServiceManager();
    final RecordingListener listener = new RecordingListener();
    final List<String> log = new ArrayList<>();
    /** Every line with its level first (`WARN …`), DEBUG ones included. */
    final List<String> leveled = new ArrayList<>();
    final Queue<Runnable> posted = new ArrayDeque<>();
    final Supervisor supervisor;

    Harness(Config raw) {
        this(raw, null, Runnable::run);
    }

    /** With `hooks` as the library's listener (null: the recording one) and its executor. */
    Harness(Config raw, Listener hooks, Executor callbacks) {
        Validation v = ConfigValidator.validate(raw, "/home/test");
        if (!(v instanceof Validation.Valid valid)) {
            throw new AssertionError("fixture config invalid: " + ((Validation.Invalid) v).error());
        }
        EventLog events = new EventLog() {
            @Override
            public void info(String line) {
                log.add(line);
                leveled.add("INFO " + line);
            }

            @Override
            public void warn(String line) {
                log.add(line);
                leveled.add("WARN " + line);
            }

            @Override
            public void debug(String line) {
                leveled.add("DEBUG " + line);
            }
        };
        SupervisorPorts ports = new SupervisorPorts(launcher, processes, processes, pidFiles, services,
                clock, ids, events);
        SupervisorOptions options = SupervisorOptions.defaults(ZoneOffset.UTC, Map.of("PATH", "/bin"))
                .withListener(hooks == null ? listener : hooks, callbacks);
        supervisor = new Supervisor(valid.config(), ports, options, posted::add);
    }

    ApiResponse api(ApiRequest.Builder request) {
        return api(request, Endpoint.NONE);
    }

    ApiResponse api(ApiRequest.Builder request, Endpoint endpoint) {
        ApiResponse r = supervisor.api(request.build(), endpoint);
        drain();
        return r;
    }

    ApiResponse read(String group, String id) {
        return api(ApiRequest.builder().group(group).id(id));
    }

    void start() {
        supervisor.startLoop();
        drain();
    }

    /** Runs what other threads posted (process exits, service outcomes), until none is left. */
    void drain() {
        Runnable r;
        while ((r = posted.poll()) != null) {
            r.run();
        }
    }

    /** Moves time forward, firing each timer at its own deadline, in order. */
    void advance(Duration d) {
        long target = clock.nanoTime() + d.toNanos();
        while (true) {
            long next = supervisor.nextDeadline();
            if (next == Long.MAX_VALUE || next - target > 0) {
                break;
            }
            long step = next - clock.nanoTime();
            if (step > 0) {
                clock.advance(Duration.ofNanos(step));
            }
            supervisor.fireDueTimers();
            drain();
        }
        long rest = target - clock.nanoTime();
        if (rest > 0) {
            clock.advance(Duration.ofNanos(rest));
        }
        supervisor.fireDueTimers();
        drain();
    }

    void advanceSeconds(long s) {
        advance(Duration.ofSeconds(s));
    }
}
