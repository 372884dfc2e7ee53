package dev.patrol.adapters.process;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import java.util.concurrent.CompletableFuture;
import jnr.constants.platform.Errno;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exits of many children on one thread: each child's pidfd sits in the shared {@link EpollLoop}
 * and turns readable when the child exits; then waitpid(pid, WNOHANG) collects that one
 * child's exact status. Never waitpid(-1), which would steal the JDK's children. The unreaped
 * child keeps its PID, so the pidfd and the waitpid both name the right process.
 */
final class PidfdExits implements ExitWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PidfdExits.class);
    private static final int WNOHANG = 1;
    private static final int EINTR = Errno.EINTR.intValue();

    private final POSIX posix;
    private final LinuxNative linux;
    private final EpollLoop loop;
    private final ExitWatch fallback;

    private PidfdExits(POSIX posix, LinuxNative linux, EpollLoop loop, ExitWatch fallback) {
        this.posix = posix;
        this.linux = linux;
        this.loop = loop;
        this.fallback = fallback;
    }

    /**
     * Throws IllegalStateException when this kernel has no pidfd_open (before 5.3) or epoll is
     * unusable. `fallback` watches a child whose pidfd could not be opened (e.g. EMFILE).
     */
    static PidfdExits open(POSIX posix, ExitWatch fallback) {
        LinuxNative linux = LinuxNative.get();
        int probe = linux.pidfdOpen((int) ProcessHandle.current().pid());
        if (probe < 0) {
            throw new IllegalStateException("pidfd_open failed: " + NativeSpawn.describe(-probe));
        }
        linux.close(probe);
        return new PidfdExits(posix, linux, EpollLoop.shared(), fallback);
    }

    @Override
    public CompletableFuture<ExitStatus> watch(int pid, String appId) throws LaunchException {
        int pidfd = linux.pidfdOpen(pid);
        if (pidfd < 0) {
            LOG.warn("unable to open a pidfd for app {} PID {}: {} (watching it with a thread of its own)",
                    appId, pid, NativeSpawn.describe(-pidfd));
            return fallback.watch(pid, appId);
        }
        CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
        int errno = loop.watch(pidfd, Epoll.IN, () -> reap(pidfd, pid, appId, exit));
        if (errno != 0) {
            posix.close(pidfd);
            LOG.warn("unable to watch app {} PID {} with epoll: {} (watching it with a thread of its own)",
                    appId, pid, NativeSpawn.describe(errno));
            return fallback.watch(pid, appId);
        }
        return exit;
    }

    /** On the reaper thread: the pidfd is readable, so the child has exited. */
    private void reap(int pidfd, int pid, String appId, CompletableFuture<ExitStatus> exit) {
        int[] status = new int[1];
        int rc;
        int errno;
        do {
            rc = posix.waitpid(pid, status, WNOHANG);
            errno = rc == -1 ? posix.errno() : 0; // read at once, on this thread
        } while (errno == EINTR);
        posix.close(pidfd);
        if (rc == 0) {
            handOver(pid, appId, exit);
            return;
        }
        ExitStatus s;
        if (rc == pid) {
            s = ExitWaiter.decode(status[0]);
            LOG.debug("app {} PID {} ended: {}", appId, pid, s);
        } else {
            LOG.warn("lost the exit status of app {} PID {}: waitpid returned {} ({}) (recording 255)",
                    appId, pid, rc, Errno.valueOf(errno));
            s = ExitStatus.exited(255);
        }
        exit.complete(s); // dependents run here: the engine only posts an event
    }

    /**
     * Readable but not yet waitable (a tracer, e.g. strace, sees the exit first): re-arming would
     * report at once again, so a thread of its own waits for it instead.
     */
    private void handOver(int pid, String appId, CompletableFuture<ExitStatus> exit) {
        LOG.info("app {} PID {} has exited but cannot be reaped yet (traced?): waiting for it on a thread of its own",
                appId, pid);
        try {
            fallback.watch(pid, appId).whenComplete((s, e) -> exit.complete(s != null ? s : ExitStatus.exited(255)));
        } catch (LaunchException | OutOfMemoryError e) {
            LOG.warn("unable to wait for app {} PID {}: {} (recording 255)", appId, pid, e.toString());
            exit.complete(ExitStatus.exited(255));
        }
    }
}
