package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessSignaller;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-app cgroup v2 containment (F5): descendants that setsid() leave the app's process group
 * but not its cgroup, so a stop can still reach them. Apps live in
 * `<daemon's cgroup>/patrol-<daemon PID>/app-<N>/`; an app's cgroup is found by its leader's
 * PID, which is also its process group id. Where the host lacks cgroup2, a writable own cgroup
 * or cgroup.kill (Linux 5.14+), containment is off and every method does nothing.
 * One instance is shared by the launcher and the {@link ProcessSignaller}.
 */
public final class Cgroups {
    private static final Logger LOG = LoggerFactory.getLogger(Cgroups.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path root;
    private final String whyOff;
    private final POSIX posix;
    private final EpollLoop loop;
    private final Map<Long, AppCgroup> byLeader = new ConcurrentHashMap<>();
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    private Cgroups(Path root, String whyOff, POSIX posix, EpollLoop loop) {
        this.root = root;
        this.whyOff = whyOff;
        this.posix = posix;
        this.loop = loop;
    }

    /** Containment where this host allows it; logs once whether it is on, and if not, why. */
    public static Cgroups forThisHost() {
        return detect(Path.of("/proc/self/mounts"), Path.of("/proc/self/cgroup"));
    }

    /** No containment: apps are reached through their process group only. */
    public static Cgroups off() {
        return off("not asked for");
    }

    private static Cgroups off(String why) {
        return new Cgroups(null, why, null, null);
    }

    /** Like {@link #forThisHost()} with other /proc files, so tests can point it elsewhere. */
    static Cgroups detect(Path mounts, Path selfCgroup) {
        CgroupProbe.Found own = CgroupProbe.ownCgroup(mounts, selfCgroup);
        String whyNot = own.whyNot();
        Path root = null;
        EpollLoop loop = null;
        if (whyNot == null) {
            CgroupProbe.sweep(own.dir());
            int n = INSTANCES.getAndIncrement(); // tests build several in one JVM; each owns its directory
            root = own.dir().resolve("patrol-" + ProcessHandle.current().pid() + (n == 0 ? "" : "-" + n));
            whyNot = CgroupProbe.usable(root);
        }
        if (whyNot == null) {
            try {
                loop = EpollLoop.shared();
            } catch (IllegalStateException e) {
                whyNot = "epoll is unavailable: " + e.getMessage();
            }
        }
        if (whyNot != null) {
            if (root != null) {
                AppCgroup.removeTree(root);
            }
            LOG.warn("cgroup containment is off ({}): falling back to process groups;"
                    + " descendants that call setsid() survive a stop", whyNot);
            return off(whyNot);
        }
        LOG.info("cgroup containment is on: each app runs in its own cgroup under {}", root);
        Cgroups cgroups = new Cgroups(root, null, POSIXFactory.getNativePOSIX(), loop);
        Path removable = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> AppCgroup.removeTree(removable),
                "patrol-cgroup-cleanup")); // only empty cgroups go: apps left running keep theirs
        return cgroups;
    }

    public boolean enabled() {
        return root != null;
    }

    /** Why containment is off; null when it is on. */
    String whyOff() {
        return whyOff;
    }

    /** The directory holding the apps' cgroups; null when containment is off. */
    Path root() {
        return root;
    }

    /** A new, empty cgroup for an app about to be spawned; null when containment is off or it cannot be made. */
    AppCgroup prepare(String appId) {
        if (!enabled()) {
            return null;
        }
        try {
            Files.createDirectories(root); // gone if something swept it while no app ran
            return new AppCgroup(create("app-" + SEQUENCE.incrementAndGet()), posix, loop);
        } catch (IOException e) {
            warnOnce("unable to create a cgroup for app " + appId + " under " + root + ": " + e
                    + " (a stop reaches its process group only)");
            return null;
        }
    }

    /**
     * `pid` leads the app spawned for `cg`. A child that did not enter it itself (see
     * {@link CgroupTrampoline}) is moved in now, late: what it has forked meanwhile stays outside.
     */
    void adopt(int pid, AppCgroup cg, boolean enteredItself, String appId) {
        if (!enteredItself) {
            try {
                cg.add(pid);
            } catch (IOException e) {
                cg.removeTree();
                warnOnce("unable to move app " + appId + " PID " + pid + " into " + cg.dir() + ": " + e
                        + " (a stop reaches its process group only)");
                return;
            }
        }
        byLeader.put((long) pid, cg);
        LOG.debug("app {} PID {} runs in cgroup {}", appId, pid, cg.dir());
    }

    private void warnOnce(String message) {
        if (failureLogged.getAndSet(true)) {
            LOG.debug(message);
        } else {
            LOG.warn(message);
        }
    }

    /** `name`, or `name-N` when a cgroup of that name is left from before. */
    private Path create(String name) throws IOException {
        for (int n = 1; ; n++) {
            Path dir = root.resolve(n == 1 ? name : name + "-" + n);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    /** The leader has been reaped: the cgroup goes once its last process has (at once if it is empty). */
    void leaderReaped(long pid) {
        AppCgroup cg = byLeader.get(pid);
        if (cg != null) {
            cg.removeWhenEmpty(() -> byLeader.remove(pid, cg));
        }
    }

    /** The cgroup of the app whose leader is (or was) `pgid`; null if none. */
    AppCgroup of(long pgid) {
        return byLeader.get(pgid);
    }
}
