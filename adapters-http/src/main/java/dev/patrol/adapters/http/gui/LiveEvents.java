package dev.patrol.adapters.http.gui;

import dev.patrol.ports.inbound.PatrolApi;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * `/events` (A6): Server-Sent Events telling open pages that the state changed. One task on
 * the GUI's single scheduler thread polls the status every {@link #POLL_MS} ms while at least
 * one page listens (none otherwise: no wake-ups on an idle daemon), and sends event `state`
 * with the {@link StateVersion} to every page when it changes, and at once to a page that
 * connects. Pages then fetch their own fragment. All client state lives on that thread, and
 * writes never block it ({@link SseStream}); at most {@link #MAX_LISTENERS} pages listen at once.
 */
final class LiveEvents {
    static final long POLL_MS = 300;
    /** A comment this often keeps proxies from closing the stream and finds departed clients. */
    static final long HEARTBEAT_MS = 10_000;
    /** Open `/events` streams at most; one more is answered 503 (EventSource then stops retrying). */
    static final int MAX_LISTENERS = 256;

    private final PatrolApi api;
    private final ScheduledExecutorService scheduler;
    private final List<SseStream> clients = new ArrayList<>();
    private ScheduledFuture<?> task;
    private String version;
    private boolean polling;
    private long lastBeat = System.nanoTime();
    private final AtomicInteger open = new AtomicInteger();

    LiveEvents(PatrolApi api, ScheduledExecutorService scheduler) {
        this.api = api;
        this.scheduler = scheduler;
    }

    /** GET `/events`: a stream when there is room for one, else 503. */
    void handle(Context ctx) {
        if (open.incrementAndGet() > MAX_LISTENERS) {
            open.decrementAndGet();
            ctx.header("Connection", "close"); // a client refused here need not hold a connection
            ctx.status(503).contentType("text/plain; charset=utf-8").result("too many live pages (" + MAX_LISTENERS + ")\n");
            return;
        }
        if (!SseStream.open(ctx, this::accept)) {
            open.decrementAndGet();
        }
    }

    /** A new listener: held open until it goes away. */
    private void accept(SseStream client) {
        client.onClose(() -> {
            open.decrementAndGet();
            run(() -> clients.remove(client));
        });
        run(() -> {
            clients.add(client);
            if (version != null) {
                send(client, version);
            }
            if (task == null) {
                task = scheduler.scheduleWithFixedDelay(this::poll, 0, POLL_MS, TimeUnit.MILLISECONDS);
            }
        });
    }

    private void poll() {
        clients.removeIf(SseStream::terminated);
        if (clients.isEmpty()) {
            task.cancel(false);
            task = null;
            version = null; // the next first listener gets a fresh version
            return;
        }
        if (System.nanoTime() - lastBeat >= TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MS)) {
            lastBeat = System.nanoTime();
            List.copyOf(clients).forEach(c -> c.sendComment("keep-alive"));
        }
        if (polling) {
            return; // the last status has not come back yet
        }
        polling = true;
        api.status().orTimeout(Guarded.ENGINE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((s, e) -> {
                    polling = false;
                    if (s == null) {
                        return;
                    }
                    String v = StateVersion.of(s);
                    if (!v.equals(version)) {
                        version = v;
                        List.copyOf(clients).forEach(c -> send(c, v));
                    }
                }, scheduler);
    }

    private static void send(SseStream c, String v) {
        if (!c.terminated()) {
            c.sendEvent("state", v);
        }
    }

    private void run(Runnable r) {
        try {
            scheduler.execute(r);
        } catch (RejectedExecutionException e) {
            // the GUI is closing; the client's connection goes with the server
        }
    }
}
