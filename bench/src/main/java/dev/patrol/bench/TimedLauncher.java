package dev.patrol.bench;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.ProcessLauncher;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real launcher and timestamps (System.nanoTime) when each child's exit was seen, when
 * the replacement launch() was entered and when it returned; remembers every PID for cleanup.
 */
final class TimedLauncher implements ProcessLauncher {
    /** One respawn: exit observed by the launcher's waiter, launch() entered, launch() returned. */
    record Respawn(long exitSeen, long launchStart, long launchEnd, long pid) {
    }

    private final ProcessLauncher inner;
    private final AtomicInteger launches = new AtomicInteger();
    private final Map<String, Long> lastExitSeen = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Respawn>> expected = new ConcurrentHashMap<>();
    private final Set<Long> pids = ConcurrentHashMap.newKeySet();

    TimedLauncher(ProcessLauncher inner) {
        this.inner = inner;
    }

    @Override
    public LaunchedProcess launch(LaunchSpec spec) throws LaunchException {
        long start = System.nanoTime();
        LaunchedProcess p = inner.launch(spec);
        long end = System.nanoTime();
        pids.add(p.pid());
        launches.incrementAndGet();
        String app = spec.appId();
        CompletableFuture<Respawn> waiting = expected.remove(app);
        if (waiting != null) {
            waiting.complete(new Respawn(lastExitSeen.getOrDefault(app, 0L), start, end, p.pid()));
        }
        // The engine hears of the exit through this derived future: the timestamp is taken first.
        return new LaunchedProcess(p.pid(), p.startTime(),
                p.exit().whenComplete((status, err) -> lastExitSeen.put(app, System.nanoTime())));
    }

    /** Completes at the next launch of `appId`; call it before killing the current child. */
    CompletableFuture<Respawn> nextLaunchOf(String appId) {
        CompletableFuture<Respawn> f = new CompletableFuture<>();
        expected.put(appId, f);
        return f;
    }

    int launches() {
        return launches.get();
    }

    /** Every PID launched so far (each led its own process group). */
    Set<Long> pids() {
        return pids;
    }
}
