package dev.patrol.adapters.http.gui;

import dev.patrol.adapters.http.HttpRoutes;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.inbound.PatrolApi;
import dev.patrol.ports.process.LogFiles;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.nio.file.Path;
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
 * `/follow/{id}`, live updates `/events`, its assets under `/gui/`, and static files from the
 * www directory for every other GET or HEAD path. Close it at shutdown to stop its one
 * scheduler thread.
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
    private final StaticFiles statics;

    /**
     * A GUI with a fresh CSRF key and ticket source from a new {@link SecureRandom}, serving
     * static files from `www` in the working directory as it is now (spec §8: taken at start).
     */
    public GuiRoutes(PatrolApi api, AppLogsQuery logQuery, LogFiles logFiles, GoTimeLayout layout, ZoneId zone) {
        this(api, logQuery, logFiles, layout, zone, new SecureRandom(), Path.of("www").toAbsolutePath());
    }

    /**
     * `layout` and `zone` format timestamps as the API does (spec §6.8); `random` draws the
     * CSRF key, the clients' CSRF ids and the log read tickets; `www` is the static files' root (it need
     * not exist).
     */
    public GuiRoutes(PatrolApi api, AppLogsQuery logQuery, LogFiles logFiles, GoTimeLayout layout, ZoneId zone,
                     SecureRandom random, Path www) {
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
        Controls controls = new Controls();
        Rows rows = new Rows(times, controls);
        this.pages = new PageRoutes(api, new IndexPage(rows), new DetailPage(times, controls), csrf);
        this.toggles = new ToggleRoute(api, csrf, pages);
        LogAccess access = new LogAccess(logQuery, new LogTickets(random, TICKET_TTL, 1024, System::nanoTime), csrf);
        this.logs = new LogRoutes(access, new LogSender(logFiles), logFiles, new LogListing(times));
        this.follow = new FollowRoutes(access, logQuery, logFiles, scheduler);
        this.live = new LiveEvents(api, scheduler);
        this.statics = new StaticFiles(Objects.requireNonNull(www, "www"));
    }

    @Override
    public void register(JavalinConfig cfg) {
        getAndHead(cfg, "/", Guarded.wrap(pages::index));
        cfg.routes.post("/", Guarded.wrap(toggles::handle));
        getAndHead(cfg, "/app/{id}", Guarded.wrap(pages::app));
        getAndHead(cfg, "/service/{id}", Guarded.wrap(pages::service));
        for (String p : List.of("/stdout/*", "/stderr/*", "/logs/*")) {
            Guarded.GuiHandler h = p.startsWith("/stdout") ? logs::stdout : p.startsWith("/stderr") ? logs::stderr : logs::logs;
            getAndHead(cfg, p, Guarded.wrap(h));
            cfg.routes.post(p, Guarded.wrap(h));
        }
        getAndHead(cfg, "/follow/{id}", Guarded.wrap(follow::page));
        cfg.routes.post("/follow/{id}", Guarded.wrap(follow::page));
        cfg.routes.get("/follow/{id}/events", follow::events);
        cfg.routes.get("/events", live::handle);
        getAndHead(cfg, "/gui/{name}", assets::serve);
        // Last: Javalin tries endpoints in the order they were added, so every route above wins.
        getAndHead(cfg, "/*", Guarded.wrap(statics::serve));
    }

    /**
     * HEAD runs the GET handler, as in Go (Jetty drops the body). Javalin alone answers HEAD
     * of a GET route with an empty 200 without running it: no Content-Length, type or 404.
     */
    private static void getAndHead(JavalinConfig cfg, String path, Handler handler) {
        cfg.routes.get(path, handler);
        cfg.routes.head(path, handler);
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
