package dev.patrol.bootstrap;

import dev.patrol.domain.config.EffectiveAppPolicy;
import dev.patrol.bootstrap.config.ConfigLoader;
import dev.patrol.domain.engine.Engine;
import dev.patrol.domain.engine.ReloadReport;
import dev.patrol.ports.config.Config;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the engine and the listeners in order, and stops them in reverse: the apps Patrol
 * launched get their stop sequence (bounded by the longest stop timeout), then the
 * listeners close.
 */
public final class Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final Engine engine;
    private volatile Config config;
    private final Set<Listening> listeners;
    private final List<Listening> started = new ArrayList<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    @Inject
    Lifecycle(Engine engine, Config config, Set<Listening> listeners) {
        this.engine = engine;
        this.config = config;
        this.listeners = listeners;
    }

    /** Binds every listener first, so that a port in use fails start-up before any app runs. */
    public void start() throws Exception {
        for (Listening l : listeners) {
            try {
                l.start();
            } catch (Exception e) {
                started.forEach(Listening::stop);
                throw new IllegalStateException("unable to listen on " + l.describe() + ": " + e.getMessage(), e);
            }
            started.add(l);
            LOG.info("started {}", l.describe());
        }
        engine.start();
        LOG.info("patrol started: {} apps, {} services", config.apps().size(), config.services().size());
    }

    /** Graceful stop; safe to call more than once. */
    public synchronized void stop() {
        if (stopped.isDone()) {
            return;
        }
        Duration bound = shutdownBound();
        LOG.info("shutting down: stopping apps (at most {}s)", bound.toSeconds());
        try {
            engine.shutdown(bound).get(bound.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("apps did not all stop in time: {}", e.toString());
        }
        started.forEach(Listening::stop);
        engine.halt();
        stopped.complete(null);
    }

    /**
     * SIGHUP: loads `file` again and applies it per app (F18). An unloadable or invalid
     * config is rejected and the running one stays; listener addresses need a restart.
     */
    public void reload(Path file) {
        ConfigLoader.Result loaded = ConfigLoader.load(file);
        if (!loaded.ok()) {
            LOG.error("reload rejected, keeping the running config: {}", loaded.error());
            return;
        }
        Config next = loaded.config();
        if (!next.http().listen().equals(config.http().listen()) || !next.udp().listen().equals(config.udp().listen())) {
            LOG.warn("reload: http/udp listen addresses changed; they take effect only after a restart");
        }
        try {
            ReloadReport report = engine.call(s -> s.reload(next)).get(30, TimeUnit.SECONDS);
            config = next;
            LOG.info("config reloaded: {}", report);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.error("reload failed: {}", e.toString());
        }
    }

    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    /** Two stop timeouts (SIGTERM, then SIGKILL) of the slowest app, plus a margin. */
    private Duration shutdownBound() {
        int longest = config.apps().values().stream()
                .mapToInt(a -> EffectiveAppPolicy.of(a).stopTimeoutSeconds()).max().orElse(0);
        return Duration.ofSeconds(2L * longest + 2);
    }
}
