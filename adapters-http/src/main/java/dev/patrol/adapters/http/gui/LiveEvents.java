package dev.patrol.adapters.http.gui;

import dev.patrol.ports.inbound.PatrolApi;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * `/events` (A6): Server-Sent Events telling open pages that the state changed. One task on
 * the GUI's single scheduler thread polls the status every {@link #POLL_MS} ms while at least
 * one page listens (none otherwise: no wake-ups on an idle daemon), and sends event `state`
 * with the {@link StateVersion} to every page when it changes, and at once to a page that
 * connects. Pages then fetch their own fragment. All client state lives on that thread.
 */
final class LiveEvents {
    static final long POLL_MS = 300;
    /** A comment this often keeps proxies from closing the stream and finds departed clients. */
    static final long HEARTBEAT_MS = 10_000;

    private final PatrolApi api;
    private final ScheduledExecutorService scheduler;
    private final List<SseClient> clients = new ArrayList<>();
    private ScheduledFuture<?> task;
    private String version;
    private boolean polling;
    private long lastBeat = System.nanoTime();

    LiveEvents(PatrolApi api, ScheduledExecutorService scheduler) {
        this.api = api;
        this.scheduler = scheduler;
    }

    /** A new listener: held open until it goes away. */
    void accept(SseClient client) {
        client.keepAlive();
        client.onClose(() -> run(() -> clients.remove(client)));
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
        clients.removeIf(SseClient::terminated);
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

    private static void send(SseClient c, String v) {
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
