package dev.patrol.adapters.process;

import java.util.concurrent.atomic.AtomicBoolean;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses how {@link PosixSpawnLauncher} reaps: on one pidfd/epoll thread where the kernel allows, else a thread per child. */
final class ExitWatches {
    /** PIDFD uses {@link PidfdExits} when this host supports it; THREAD_PER_CHILD always uses {@link ExitWaiter}. */
    enum Mode { PIDFD, THREAD_PER_CHILD }

    private static final Logger LOG = LoggerFactory.getLogger(ExitWatches.class);
    private static final AtomicBoolean LOGGED_PIDFD = new AtomicBoolean();
    private static final AtomicBoolean LOGGED_THREADS = new AtomicBoolean();

    private ExitWatches() {
    }

    static ExitWatch choose(Mode mode, POSIX posix) {
        ExitWatch perChild = (pid, appId) -> ExitWaiter.watch(posix, pid, appId);
        if (mode == Mode.THREAD_PER_CHILD) {
            once(LOGGED_THREADS, "reaping apps with one waiter thread each (chosen by the caller)");
            return perChild;
        }
        try {
            PidfdExits exits = PidfdExits.open(posix, perChild);
            once(LOGGED_PIDFD, "reaping apps on one thread (pidfd_open + epoll)");
            return exits;
        } catch (IllegalStateException e) {
            if (!LOGGED_THREADS.getAndSet(true)) {
                LOG.warn("pidfds unavailable ({}): reaping apps with one waiter thread each", e.getMessage());
            }
            return perChild;
        }
    }

    private static void once(AtomicBoolean logged, String message) {
        if (!logged.getAndSet(true)) {
            LOG.info(message);
        }
    }
}
