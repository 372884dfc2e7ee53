package dev.patrol.adapters.http.gui;

import dev.patrol.adapters.http.HttpRoutes;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.inbound.PatrolApi;
import dev.patrol.ports.process.LogFiles;
import io.javalin.config.JavalinConfig;
import io.javalin.http.sse.SseHandler;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The operator GUI (spec §8 with product.md F11, F16, A6), added to the {@link
 * dev.patrol.adapters.http.HttpApiServer} as extra routes: overview `/`, toggles (POST `/`),
 * object pages `/app/{id}` and `/service/{id}`, logs `/stdout/`, `/stderr/`, `/logs/`,
 * `/follow/{id}`, live updates `/events`, and its assets under `/gui/`. Close it at shutdown
 * to stop its one scheduler thread.
 */
public final class GuiRoutes implements HttpRoutes, AutoCloseable {
    /** How long a read ticket for a protected app's logs lives. */
    static final Duration TICKET_TTL = Duration.ofMinutes(30);

    private final ScheduledExecutorService scheduler;
    private final PageRoutes pages;
    private final ToggleRoute toggles;
    private final LogRoutes logs;
    private final FollowRoutes follow;
    private final LiveEvents live;
    private final Assets assets = new Assets();

    /** A GUI with a fresh CSRF key and ticket source from a new {@link SecureRandom}. */
    public GuiRoutes(PatrolApi api, AppLogsQuery logQuery, LogFiles logFiles, GoTimeLayout layout, ZoneId zone) {
        this(api, logQuery, logFiles, layout, zone, new SecureRandom());
    }

    /**
     * `layout` and `zone` format timestamps as the API does (spec §6.8); `random` draws the
     * per-daemon CSRF key and the log read tickets.
     */
    public GuiRoutes(PatrolApi api, AppLogsQuery logQuery, LogFiles logFiles, GoTimeLayout layout, ZoneId zone,
                     SecureRandom random) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(logQuery, "logQuery");
        Objects.requireNonNull(logFiles, "logFiles");
        Times times = new Times(Objects.requireNonNull(layout, "layout"), Objects.requireNonNull(zone, "zone"));
        CsrfTokens csrf = CsrfTokens.random(Objects.requireNonNull(random, "random"));
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "patrol-gui");
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.scheduler = pool;
        Controls controls = new Controls(csrf);
        Rows rows = new Rows(times, controls);
        this.pages = new PageRoutes(api, new IndexPage(rows), new DetailPage(times, controls));
        this.toggles = new ToggleRoute(api, csrf, pages);
        LogAccess access = new LogAccess(logQuery, new LogTickets(random, TICKET_TTL, 1024, System::nanoTime), csrf);
        this.logs = new LogRoutes(access, new LogSender(logFiles), logFiles, new LogListing(times));
        this.follow = new FollowRoutes(access, logQuery, scheduler);
        this.live = new LiveEvents(api, scheduler);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/", Guarded.wrap(pages::index));
        cfg.routes.post("/", Guarded.wrap(toggles::handle));
        cfg.routes.get("/app/{id}", Guarded.wrap(pages::app));
        cfg.routes.get("/service/{id}", Guarded.wrap(pages::service));
        for (String p : List.of("/stdout/*", "/stderr/*", "/logs/*")) {
            Guarded.GuiHandler h = p.startsWith("/stdout") ? logs::stdout : p.startsWith("/stderr") ? logs::stderr : logs::logs;
            cfg.routes.get(p, Guarded.wrap(h));
            cfg.routes.post(p, Guarded.wrap(h));
        }
        cfg.routes.get("/follow/{id}", Guarded.wrap(follow::page));
        cfg.routes.post("/follow/{id}", Guarded.wrap(follow::page));
        cfg.routes.sse("/follow/{id}/events", new SseHandler(follow::stream));
        cfg.routes.sse("/events", new SseHandler(live::accept));
        cfg.routes.get("/gui/{name}", assets::serve);
    }

    /** `/logs`, `/stdout` and `/stderr` get Go's 301 to the slash form. */
    @Override
    public List<String> subtrees() {
        return List.of("/logs/", "/stdout/", "/stderr/");
    }

    /** Stops the scheduler thread (live updates and log follows end). */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
