package dev.patrol.domain.engine;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.inbound.LogsAnswer;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * All supervision state and the handling of every event. Not thread-safe by design: one
 * thread (the {@link Engine}'s, or a test's) calls it; events from other threads arrive
 * through `post`. Every public call ends the CAS sessions it opened.
 */
public final class Supervisor {
    private final Context ctx;
    private final Map<String, AppUnit> apps = new LinkedHashMap<>();
    private final Map<String, ServiceUnit> services = new LinkedHashMap<>();
    private final Sessions sessions = new Sessions();
    private final AppSupervision appSupervision;
    private final ServiceSupervision serviceSupervision;
    private final Api api;
    private final Reload reload;
    private final SecretThrottle throttle = new SecretThrottle();

    /**
     * @param config a validated config (see ConfigValidator)
     * @param post hands a task to the thread that owns this supervisor
     */
    public Supervisor(Config config, SupervisorPorts ports, SupervisorOptions options, Consumer<Runnable> post) {
        this.ctx = new Context(config, ports, options);
        Units units = new Units(ctx, sessions);
        config.apps().forEach((id, cfg) -> apps.put(id, units.app(id, cfg)));
        config.services().forEach((id, cfg) -> services.put(id, units.service(id, cfg)));
        this.appSupervision = new AppSupervision(ctx, apps, task -> post.accept(() -> sessions.run(task)));
        this.serviceSupervision = new ServiceSupervision(ctx, services, task -> post.accept(() -> sessions.run(task)));
        this.api = new Api(ctx, apps, services, appSupervision, serviceSupervision, throttle);
        this.reload = new Reload(ctx, apps, services, units, appSupervision, serviceSupervision);
        endSessions();
    }

    public String instanceId() {
        return ctx.instanceId;
    }

    public boolean isRunning() {
        return ctx.running();
    }

    public boolean isShutdown() {
        return ctx.shutdown;
    }

    public ApiResponse api(ApiRequest request, Endpoint endpoint) {
        return api(request, endpoint, "");
    }

    /** A request from `source` (the client's address; "" in-process): wrong secrets are throttled per source. */
    public ApiResponse api(ApiRequest request, Endpoint endpoint, String source) {
        ApiResponse r = api.handle(request, endpoint, source);
        endSessions();
        return r;
    }

    public ApiStatus status() {
        return Responses.status(ctx, apps, services);
    }

    /** Where an app's logs are, for the GUI (the ID is matched case-insensitively). */
    public LogsAnswer appLogs(String id, String secret) {
        return appLogs(id, secret, "");
    }

    /** As {@link #appLogs(String, String)}, with wrong secrets from `source` throttled. */
    public LogsAnswer appLogs(String id, String secret, String source) {
        return AppLogLocator.locate(apps.get(id.toLowerCase(java.util.Locale.ROOT)), secret, ctx.options.zone(),
                throttle, source, ctx.nanos());
    }

    /** Starts the loop: records the start, fires `PATROL_STARTED`, runs the first tick. */
    public void startLoop() {
        if (ctx.running() || ctx.shutdown) {
            return;
        }
        ctx.loopStarted = ctx.now();
        ctx.loopStartedNanos = ctx.nanos();
        ctx.trigger(Kind.PATROL_STARTED, null, null);
        tick();
    }

    /** One tick: every app is evaluated (a safety net, F1) and every service asked its status. */
    public void tick() {
        if (!ctx.running()) {
            return;
        }
        ctx.trigger(Kind.PATROL_TICK, null, null);
        if (!ctx.shutdown) {
            appSupervision.tick();
            serviceSupervision.tick();
        }
        ctx.timers.arm("tick", ctx.nanos() + Duration.ofSeconds(ctx.config.tickEvery()).toNanos(), this::tick);
        endSessions();
    }

    /** Graceful shutdown begins: apps Patrol launched get the stop sequence; services stay. */
    public void beginShutdown() {
        if (ctx.shutdown) {
            return;
        }
        ctx.shutdown = true;
        ctx.trigger(Kind.PATROL_SHUTDOWN, null, null);
        if (ctx.running()) {
            ctx.trigger(Kind.PATROL_STOPPED, null, null);
        }
        appSupervision.shutdown();
        services.values().forEach(u -> ctx.trigger(Kind.SHUTDOWN, u, null));
        ctx.timers.cancel("tick");
        endSessions();
    }

    /** True while a process Patrol launched has not been seen to exit. */
    public boolean hasLiveChildren() {
        return appSupervision.hasChildren();
    }

    /** Marks Patrol as shut down without stopping anything (library use, tests). */
    public void markShutdown() {
        ctx.shutdown = true;
    }

    /** The next timer deadline on the monotonic clock, Long.MAX_VALUE if none. */
    public long nextDeadline() {
        return ctx.timers.next();
    }

    /** Runs every timer that is due now. */
    public void fireDueTimers() {
        ctx.timers.fire(ctx.nanos());
        endSessions();
    }

    /** Replaces one app's config in place (library use; the state is kept). */
    public void replaceAppConfig(String id, AppConfig cfg) {
        AppUnit u = apps.get(id);
        if (u != null) {
            u.cfg = cfg;
        }
    }

    /** Replaces one service's config in place (library use; the state is kept). */
    public void replaceServiceConfig(String id, ServiceConfig cfg) {
        ServiceUnit u = services.get(id);
        if (u != null) {
            u.cfg = cfg;
        }
    }

    /**
     * Applies a new validated config, diffed per object (F18): unchanged apps keep running,
     * changed ones restart with the new config, removed ones are stopped, new ones start.
     * State (history, key/value, CAS) of kept objects survives.
     */
    public ReloadReport reload(Config next) {
        ReloadReport r = reload.apply(next);
        endSessions();
        return r;
    }

    /** Ends the session of every object changed since the last call: +1 CAS each. */
    private void endSessions() {
        sessions.end();
    }
}
