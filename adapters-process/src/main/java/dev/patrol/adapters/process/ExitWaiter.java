package dev.patrol.adapters.process;

import dev.patrol.ports.process.ExitStatus;
import java.util.concurrent.CompletableFuture;
import jnr.constants.platform.Errno;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaps one child where pidfds are unavailable ({@link PidfdExits} is preferred): a small
 * daemon thread blocks in waitpid(pid) for that PID only, never waitpid(-1), which would steal
 * the statuses of the JDK's own children. A blocked thread costs no CPU and no wake-ups, but
 * its stack costs about 66 KiB of RSS per child.
 */
final class ExitWaiter {
    /** A hint: the thread only makes one native call. HotSpot rounds it up to its minimum. */
    static final long STACK_BYTES = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ExitWaiter.class);
    private static final int EINTR = Errno.EINTR.intValue();
    private static final int STOPPED = 0x7f;

    private ExitWaiter() {
    }

    /** Starts the waiter; the future completes once, on the waiter thread, with the decoded status. */
    static CompletableFuture<ExitStatus> watch(POSIX posix, int pid, String appId) {
        CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
        Thread t = new Thread(null, () -> exit.complete(await(posix, pid, appId)), "patrol-wait-" + pid, STACK_BYTES);
        t.setDaemon(true);
        t.start();
        return exit;
    }

    private static ExitStatus await(POSIX posix, int pid, String appId) {
        int[] status = new int[1];
        while (true) {
            int rc = posix.waitpid(pid, status, 0);
            if (rc == pid) {
                ExitStatus s = decode(status[0]);
                LOG.debug("app {} PID {} ended: {}", appId, pid, s);
                return s;
            }
            int errno = rc == -1 ? posix.errno() : 0; // read at once, on this thread
            if (errno == EINTR) {
                continue;
            }
            LOG.warn("lost the exit status of app {} PID {}: waitpid returned {} ({}) (recording 255)",
                    appId, pid, rc, Errno.valueOf(errno));
            return ExitStatus.exited(255);
        }
    }

    /** WIFEXITED gives exited(WEXITSTATUS), WIFSIGNALED gives killedBy(WTERMSIG). */
    static ExitStatus decode(int status) {
        int low = status & 0x7f;
        if (low == 0) {
            return ExitStatus.exited((status >> 8) & 0xff);
        }
        if (low != STOPPED) {
            return ExitStatus.killedBy(low);
        }
        // Stopped or continued: not reported without WUNTRACED/WCONTINUED, which are not passed.
        return ExitStatus.exited(255);
    }
}
