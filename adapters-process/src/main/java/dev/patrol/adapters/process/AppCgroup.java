package dev.patrol.adapters.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import jnr.constants.platform.OpenFlags;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One app's cgroup v2 directory: the processes in it (sub-cgroups included), cgroup.kill, removal once empty. */
final class AppCgroup {
    private static final Logger LOG = LoggerFactory.getLogger(AppCgroup.class);

    private final Path dir;
    private final POSIX posix;
    private final EpollLoop loop;
    private int eventsFd = -1;
    private boolean removed;

    AppCgroup(Path dir, POSIX posix, EpollLoop loop) {
        this.dir = dir;
        this.posix = posix;
        this.loop = loop;
    }

    Path dir() {
        return dir;
    }

    /** Its cgroup.procs: writing a PID there moves that process in. */
    Path procs() {
        return dir.resolve("cgroup.procs");
    }

    /** Moves `pid` in; an IOException says why not (ESRCH, EACCES, EBUSY...). */
    void add(int pid) throws IOException {
        Files.writeString(procs(), Integer.toString(pid), StandardOpenOption.WRITE);
    }

    /** Every PID in this cgroup and its sub-cgroups; empty once it is gone. */
    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.walk(dir).filter(p -> p.getFileName().toString().equals("cgroup.procs"))) {
            for (Path p : procs.toList()) {
                for (String line : Files.readAllLines(p)) {
                    pids.add(Long.parseLong(line.trim()));
                }
            }
        } catch (IOException | RuntimeException e) { // removed meanwhile: nothing left to signal
            LOG.debug("unable to list the processes of cgroup {}: {}", dir, e.toString());
        }
        return pids;
    }

    /** SIGKILLs every process in it through cgroup.kill; false when it held none. */
    boolean kill() {
        if (pids().isEmpty()) {
            return false;
        }
        try {
            Files.writeString(dir.resolve("cgroup.kill"), "1", StandardOpenOption.WRITE);
            return true;
        } catch (IOException e) {
            LOG.warn("unable to write cgroup.kill of {}: {} (its processes outside the group live on)", dir, e.toString());
            return false;
        }
    }

    /**
     * Removes the directory as soon as no process is left, then runs `removed`: now, or on the
     * reaper thread when cgroup.events reports "populated 0" (which it signals with EPOLLPRI).
     */
    synchronized void removeWhenEmpty(Runnable onRemoved) {
        if (removed) {
            return;
        }
        if (eventsFd < 0) {
            eventsFd = posix.open(dir.resolve("cgroup.events").toString(),
                    OpenFlags.O_RDONLY.intValue() | OpenFlags.O_CLOEXEC.intValue(), 0);
        }
        // Reading through the watched fd also clears its pending event, so it reports only later changes.
        if (eventsFd >= 0 && populated(eventsFd)) {
            int errno = loop.watch(eventsFd, Epoll.PRI, () -> removeWhenEmpty(onRemoved));
            if (errno == 0) {
                return;
            }
            LOG.warn("unable to watch {} for its end: {} (removing what is empty now)", dir, NativeSpawn.describe(errno));
        }
        if (eventsFd >= 0) {
            posix.close(eventsFd);
        }
        removed = true;
        removeTree();
        onRemoved.run();
    }

    private boolean populated(int fd) {
        byte[] buf = new byte[256];
        long n = posix.pread(fd, buf, buf.length, 0);
        // n < 0: the directory went away, so nothing is left in it.
        return n > 0 && !new String(buf, 0, (int) n, StandardCharsets.US_ASCII).contains("populated 0");
    }

    /** rmdir, deepest first (an app may have made sub-cgroups); a cgroup still in use stays. */
    void removeTree() {
        if (!removeTree(dir)) {
            LOG.warn("unable to remove cgroup {} (left in place)", dir);
        }
    }

    /** True when `dir` is gone afterwards; directories still in use are skipped. */
    static boolean removeTree(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path d : all.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(d);
                } catch (IOException e) {
                    LOG.debug("unable to remove cgroup {}: {}", d, e.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("unable to walk cgroup {}: {}", dir, e.toString());
        }
        return !Files.exists(dir);
    }
}
