package dev.patrol.domain.engine;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.inbound.LogsAnswer;
import dev.patrol.ports.inbound.PatrolApi;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The single engine thread: drains one event queue and fires timers, so every state change
 * happens on it (ARCHITECTURE.md). Adapters call {@link #api}/{@link #status} from any
 * thread and get a future; nothing here blocks on I/O.
 */
public final class Engine implements PatrolApi, AppLogsQuery {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Supervisor supervisor;
    private final SupervisorPorts ports;
    private final Thread thread;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean halt;
    private CompletableFuture<Void> shutdownDone;
    private long shutdownDeadline;

    public Engine(Config validated, SupervisorPorts ports, SupervisorOptions options) {
        this.ports = ports;
        this.supervisor = new Supervisor(validated, ports, options, queue::add);
        this.thread = new Thread(this::loop, "patrol-engine");
        this.thread.setDaemon(true);
    }

    /** Starts the engine thread and the supervision loop. */
    public void start() {
        thread.start();
        queue.add(supervisor::startLoop);
    }

    @Override
    public CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint) {
        return call(s -> s.api(request, endpoint));
    }

    @Override
    public CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint, String source) {
        return call(s -> s.api(request, endpoint, source));
    }

    @Override
    public CompletableFuture<ApiStatus> status() {
        return call(Supervisor::status);
    }

    @Override
    public CompletableFuture<LogsAnswer> appLogs(String appId, String secret) {
        return call(s -> s.appLogs(appId, secret));
    }

    @Override
    public CompletableFuture<LogsAnswer> appLogs(String appId, String secret, String source) {
        return call(s -> s.appLogs(appId, secret, source));
    }

    /** Runs `f` on the engine thread; for library accessors. */
    public <T> CompletableFuture<T> call(Function<Supervisor, T> f) {
        CompletableFuture<T> out = new CompletableFuture<>();
        queue.add(() -> {
            try {
                out.complete(f.apply(supervisor));
            } catch (RuntimeException e) {
                out.completeExceptionally(e);
                throw e;
            }
        });
        return out;
    }

    /**
     * Graceful shutdown: stop sequences for launched apps; completes when they have all
     * exited or `bound` has passed, whichever comes first. The thread keeps running.
     */
    public CompletableFuture<Void> shutdown(Duration bound) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        queue.add(() -> {
            shutdownDone = done;
            shutdownDeadline = ports.clock().nanoTime() + bound.toNanos();
            supervisor.beginShutdown();
        });
        return done;
    }

    /** Ends the engine thread; queued work is dropped. */
    public void halt() {
        halt = true;
        queue.add(() -> { });
    }

    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    private void loop() {
        try {
            while (!halt) {
                long wait = Math.min(supervisor.nextDeadline(), shutdownDone == null ? Long.MAX_VALUE : shutdownDeadline)
                        - ports.clock().nanoTime();
                Runnable task = wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
                if (task != null) {
                    runSafely(task);
                }
                runSafely(supervisor::fireDueTimers);
                checkShutdown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.complete(null);
        }
    }

    private void checkShutdown() {
        if (shutdownDone != null && !shutdownDone.isDone()
                && (!supervisor.hasLiveChildren() || ports.clock().nanoTime() - shutdownDeadline >= 0)) {
            shutdownDone.complete(null);
        }
    }

    /** A bug in one event must not kill the engine: it is logged and the loop goes on. */
    private void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            ports.log().warn("engine event failed: " + e);
        }
    }
}
