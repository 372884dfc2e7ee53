package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.testing.FakeClock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Views of app `web` for the transition tests, built step by step on a fake clock. */
final class AppViews {
    static final long PING_TIMEOUT = Duration.ofSeconds(30).toNanos();
    static final long TICK_EVERY = Duration.ofSeconds(15).toNanos();
    static final long CHILD = 101;

    final FakeClock clock = new FakeClock();
    private final long loopStarted = clock.nanoTime();
    private AppConfig cfg = Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build();
    private ObjectState state = ObjectState.initial(false);
    private AppUnit.Child child;
    private AppUnit.Stop stop;
    private int fastFailures;
    private boolean restartSignalled;
    private boolean retired;
    private boolean shutdown;
    private boolean backoff;
    private long opened;
    private long seen;

    static AppViews app(int keepAlive) {
        AppViews v = new AppViews();
        v.cfg = Fixtures.app(keepAlive).build();
        return v;
    }

    AppViews config(UnaryOperator<AppConfig.Builder> change) {
        cfg = change.apply(Fixtures.app(cfg.keepAlive())).build();
        return this;
    }

    /** An open instance with `pid` (0: unknown). */
    AppViews up(long pid) {
        state = state.withInstance("i1", clock.now()).withPid(pid);
        opened = clock.nanoTime();
        seen = opened;
        return this;
    }

    /** The child Patrol launched (launch 1), for the open instance if any. */
    AppViews child() {
        child = new AppUnit.Child(CHILD, 7, clock.nanoTime(), state.instanceId(), 1);
        return this;
    }

    AppViews stopping(long pid, CloseReason reason) {
        stop = new AppUnit.Stop(pid, child != null && child.pid() == pid, reason, 9);
        return this;
    }

    AppViews state(UnaryOperator<ObjectState> change) {
        state = change.apply(state);
        return this;
    }

    AppViews fastFailures(int n) {
        fastFailures = n;
        return this;
    }

    AppViews restartSignalled() {
        restartSignalled = true;
        return this;
    }

    AppViews retired() {
        retired = true;
        return this;
    }

    AppViews shutdown() {
        shutdown = true;
        return this;
    }

    AppViews backoff() {
        backoff = true;
        return this;
    }

    AppViews after(Duration d) {
        clock.advance(d);
        return this;
    }

    AppView view() {
        AppView.Loop loop = new AppView.Loop(true, shutdown, clock.nanoTime(), loopStarted, PING_TIMEOUT, TICK_EVERY);
        return new AppView(AppPhase.of(state, child, stop, backoff), "app web", state, cfg, child, stop, fastFailures,
                restartSignalled, retired, opened, seen, loop);
    }
}
