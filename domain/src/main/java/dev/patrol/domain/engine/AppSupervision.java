package dev.patrol.domain.engine;

import dev.patrol.ports.config.AppConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


/**
 * The app side of supervision, as entry points: the tick in slices, API reactions, pings, reloads
 * and shutdown. Each becomes an event for the state table ({@link AppTransitions}), run by
 * {@link AppEffects}.
 */
final class AppSupervision {
    static final int TICK_SLICE = 32;
    /**
     * A slice also ends once it has run this long: a cold launch at start-up takes 1–3 ms.
     * 5 ms made /status/ polls during 500 launches slow the launches down (measured).
     */
    static final long SLICE_BUDGET_NANOS = 20_000_000;

    private final Context ctx;
    private final Map<String, AppUnit> apps;
    private final Consumer<Runnable> post;
    private final AppEffects effects;

    AppSupervision(Context ctx, Map<String, AppUnit> apps, Consumer<Runnable> post) {
        this.ctx = ctx;
        this.apps = apps;
        this.post = post;
        this.effects = new AppEffects(ctx, post);
    }

    /**
     * Evaluates every app, {@link #TICK_SLICE} at a time or for {@link #SLICE_BUDGET_NANOS},
     * whichever ends first: the rest goes back on the engine queue, so that with hundreds of
     * apps to launch at start-up an API request or an exit waits for one short slice, not for
     * every launch (issue #6).
     */
    void tick() {
        tickFrom(List.copyOf(apps.values()), 0);
    }

    private void tickFrom(List<AppUnit> units, int from) {
        long started = ctx.nanos();
        int next = from;
        while (next < units.size() && next - from < TICK_SLICE) {
            AppUnit u = units.get(next++);
            if (apps.get(u.id) == u) { // a reload between slices may have replaced or removed it
                effects.evaluate(u, true);
            }
            if (ctx.nanos() - started >= SLICE_BUDGET_NANOS) {
                break;
            }
        }
        if (next < units.size()) {
            int rest = next;
            post.accept(() -> tickFrom(units, rest));
        }
    }

    /** After an API change: act on it now instead of at the next tick. */
    void react(AppUnit u) {
        effects.evaluate(u, false);
    }

    /** A ping (spec §6.3 step 2): its PID checked, then the app evaluated. */
    void ping(AppUnit u, long pid) {
        effects.ping(u, pid);
    }

    /** Graceful shutdown: the stop sequence for what Patrol launched, SIGUSR1 for the rest. */
    void shutdown() {
        apps.values().forEach(effects::shutdown);
    }

    boolean hasChildren() {
        return effects.hasRetired() || apps.values().stream().anyMatch(u -> u.child != null);
    }

    /** A reload changed this app's config: a process Patrol launched restarts with it. */
    void reconfigure(AppUnit u, AppConfig cfg) {
        effects.dispatch(u, new AppEvent.Reconfigure(cfg));
    }

    /** A reload removed this app: stop what Patrol launched, never launch it again. */
    void retire(AppUnit u) {
        effects.dispatch(u, new AppEvent.Retire());
    }
}
