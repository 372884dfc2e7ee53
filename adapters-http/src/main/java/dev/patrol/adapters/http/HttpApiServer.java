package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.gocompat.GoListenAddress;
import dev.patrol.ports.inbound.PatrolApi;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP listener (spec §6.9): `/api/` and `/status/` on one address, plus whatever extra
 * {@link HttpRoutes} (the GUI) add. Nothing a client sends stops it; only {@link #stop()}.
 */
public final class HttpApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApiServer.class);
    /** How long a request waits for the engine before answering 503 `Engine Busy`. */
    public static final Duration DEFAULT_ENGINE_TIMEOUT = Duration.ofSeconds(10);

    /**
     * API requests are parsed and handled on the selector threads ({@link GoMuxFront}), so
     * give them one per core, at least two: Jetty's default is half the cores, a single
     * thread on the 2-core machines Patrol is measured on.
     */
    private static final int SELECTORS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final GoListenAddress address;
    private final ApiHandler api;
    private final List<HttpRoutes> routes;
    private final List<String> allowedHosts;
    private final int connectionCap = HttpLimits.connectionCap();
    private Javalin app;

    /** `listen` is `host:port` as in the config's `http.listen`; port 0 picks a free one. */
    public HttpApiServer(PatrolApi api, ApiJson json, String listen) {
        this(api, json, listen, List.of());
    }

    /** `extra` routes (the GUI) are served by Javalin; `/api/` and `/status/` are answered before it. */
    public HttpApiServer(PatrolApi api, ApiJson json, String listen, List<HttpRoutes> extra) {
        this(api, json, listen, extra, DEFAULT_ENGINE_TIMEOUT);
    }

    /**
     * @throws IllegalArgumentException when `listen` is not `host:port`
     */
    public HttpApiServer(PatrolApi api, ApiJson json, String listen, List<HttpRoutes> extra, Duration engineTimeout) {
        this(api, json, listen, extra, engineTimeout, List.of());
    }

    /**
     * `allowedHosts` are the config's `http-allowed-hosts` (issue 12): Host names served besides
     * loopback and the listen address; `*` serves any.
     *
     * @throws IllegalArgumentException when `listen` is not `host:port` or an allowed host is malformed
     */
    public HttpApiServer(PatrolApi api, ApiJson json, String listen, List<HttpRoutes> extra, Duration engineTimeout,
                         List<String> allowedHosts) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(engineTimeout, "engineTimeout");
        this.address = GoListenAddress.parse("http", listen);
        this.api = new ApiHandler(api, json, engineTimeout);
        this.routes = List.copyOf(extra);
        this.allowedHosts = List.copyOf(allowedHosts);
        new AllowedHosts(address.host(), this.allowedHosts, List.of()); // fail here, not at start
    }

    /**
     * Binds and starts serving.
     *
     * @throws IOException naming the address when it cannot be bound (F15: never run deaf)
     */
    public synchronized void start() throws IOException {
        if (app != null) {
            throw new IllegalStateException("HTTP server on " + address + " already started");
        }
        Javalin created = Javalin.create(this::configure);
        try {
            created.start();
        } catch (RuntimeException e) {
            throw new IOException("cannot listen for HTTP on " + address + ": " + reason(e), e);
        }
        app = created;
        if (connectionCap < HttpLimits.MAX_CONNECTIONS) {
            LOG.warn("file-descriptor limit {} (ulimit -n) caps HTTP connections at {}; raise it for more",
                    HttpLimits.descriptorLimit(), connectionCap);
        }
    }

    /** Stops listening and closes open connections; a no-op when not started. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** The bound port (the chosen one when the address said port 0). */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("HTTP server on " + address + " not started");
        }
        return app.port();
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.startupWatcherEnabled = false; // a non-daemon thread that delays JVM exit by 5 s
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = false; // Java 17: ignored anyway; be explicit
        QueuedThreadPool pool = new QueuedThreadPool(HttpLimits.MAX_THREADS, 8, 60_000);
        pool.setName("JettyServerThreadPool");
        cfg.jetty.threadPool = pool;
        cfg.http.compressionStrategy = CompressionStrategy.NONE; // Go never compresses: same bytes on the wire
        cfg.router.ignoreTrailingSlashes = false; // "/api" is not "/api/" (the mux redirects it)
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setUriCompliance(GoMuxFront.URI_COMPLIANCE);
            http.setSendServerVersion(false);
        });
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, -1, SELECTORS, new HttpConnectionFactory(http));
            connector.setHost(address.host());
            connector.setPort(address.port());
            connector.setIdleTimeout(HttpLimits.IDLE_TIMEOUT.toMillis());
            // Past the cap Jetty stops accepting (new clients wait in the kernel's backlog)
            // instead of failing on "Too many open files".
            server.addBean(new NetworkConnectionLimit(connectionCap, connector));
            server.addBean(new SlowRequestSweeper(connector, HttpLimits.REQUEST_READ_TIME));
            return connector;
        });
        Set<String> subtrees = new LinkedHashSet<>(List.of(ApiHandler.API, ApiHandler.STATUS));
        routes.forEach(r -> subtrees.addAll(r.subtrees()));
        // Javalin nests its servlet context inside a wrapper already set on the server.
        BrowserBoundary boundary = new BrowserBoundary(new AllowedHosts(address.host(), allowedHosts,
                AllowedHosts.isWildcard(address.host()) ? MachineNames.find() : List.of()));
        cfg.jetty.modifyServer(server -> {
            server.setHandler(new GoMuxFront(subtrees, api, boundary));
            // Javalin's default server adds a LowResourceMonitor that wakes every second: 13 of
            // the idle daemon's 29 ms of CPU per minute (issue #17, docs/BENCHMARKS.md "Idle CPU").
            LowResourceMonitor monitor = server.getBean(LowResourceMonitor.class);
            if (monitor != null) {
                server.removeBean(monitor);
            }
        });
        routes.forEach(r -> r.register(cfg));
    }

    private static String reason(Throwable e) {
        String why = e.getMessage();
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                why = c.getMessage(); // the innermost says what really happened ("Address already in use")
            }
        }
        return why == null ? e.getClass().getSimpleName() : why;
    }
}
