package dev.patrol.adapters.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import jnr.constants.platform.Errno;
import jnr.ffi.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's one "patrol-reaper" thread: it blocks in epoll_wait on every descriptor it was
 * given (the pidfds of apps, the cgroup.events files of emptying cgroups) and runs each
 * descriptor's callback once, on this thread, when it becomes ready. Callbacks must be short:
 * every exit waits behind them. No wake-ups while nothing happens.
 */
final class EpollLoop {
    private static final Logger LOG = LoggerFactory.getLogger(EpollLoop.class);
    private static final int BATCH = 64;
    private static final int EINTR = Errno.EINTR.intValue();
    private static EpollLoop shared;

    private final Epoll epoll;
    private final Map<Long, Runnable> callbacks = new ConcurrentHashMap<>();
    // Keys are never reused, so a report for a descriptor already closed finds nothing to run.
    private final AtomicLong keys = new AtomicLong();

    private EpollLoop(Epoll epoll) {
        this.epoll = epoll;
        Thread t = new Thread(this::run, "patrol-reaper");
        t.setDaemon(true);
        t.start();
    }

    /** The JVM's loop, started on first use. Throws IllegalStateException where epoll cannot be used. */
    static synchronized EpollLoop shared() {
        if (shared == null) {
            shared = new EpollLoop(new Epoll(LinuxNative.get()));
        }
        return shared;
    }

    /** Runs `ready` once when `fd` reports one of `events`; 0, or the error number if it cannot be watched. */
    int watch(int fd, int events, Runnable ready) {
        long key = keys.incrementAndGet();
        callbacks.put(key, ready);
        int errno = epoll.arm(fd, events, key);
        if (errno != 0) {
            callbacks.remove(key);
        }
        return errno;
    }

    private void run() {
        Pointer buffer = epoll.buffer(BATCH);
        while (true) {
            int n = epoll.await(buffer, BATCH);
            if (n == -EINTR) {
                continue;
            }
            if (n < 0) {
                // Cannot happen with a valid epoll fd; never spin on it, never stop reaping.
                LOG.error("epoll_wait failed: {} (retrying in 1 s)", NativeSpawn.describe(-n));
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                continue;
            }
            for (int i = 0; i < n; i++) {
                Runnable ready = callbacks.remove(epoll.key(buffer, i));
                if (ready != null) {
                    runSafely(ready);
                }
            }
        }
    }

    private static void runSafely(Runnable ready) {
        try {
            ready.run();
        } catch (RuntimeException | Error e) { // one bad callback must not end reaping for all apps
            LOG.error("a reaper callback failed (continuing)", e);
        }
    }
}
