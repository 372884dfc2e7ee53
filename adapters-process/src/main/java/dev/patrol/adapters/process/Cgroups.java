package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessSignaller;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-app cgroup v2 containment (F5): descendants that setsid() leave the app's process group
 * but not its cgroup, so a stop can still reach them. Apps live in
 * `<daemon's cgroup>/patrol-<daemon PID>/app-<ID>/`; an app's cgroup is found by its current
 * leader's PID, which is also its process group id. Where the host lacks cgroup2, a writable own
 * cgroup or cgroup.kill (Linux 5.14+), containment is off and every method does nothing.
 * One instance is shared by the launcher and the {@link ProcessSignaller}.
 *
 * <p>An app keeps its cgroup across instances; empty ones are removed when the daemon exits
 * (and swept at the next start). Making and removing one per launch cost a respawn about 2 ms
 * (p50 4.8 instead of 2.4 ms). Whatever an earlier instance left running in it is killed before
 * the next launch, as systemd's default KillMode=control-group does on a restart, so a crashed
 * app's orphans never run beside its new copy.
 */
public final class Cgroups {
    private static final Logger LOG = LoggerFactory.getLogger(Cgroups.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Pattern NAMEABLE = Pattern.compile("[0-9A-Za-z-]{1,63}");

    private final Path root;
    private final String whyOff;
    private final Map<String, AppCgroup> byApp = new ConcurrentHashMap<>();
    private final Map<Long, AppCgroup> byLeader = new ConcurrentHashMap<>();
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    private Cgroups(Path root, String whyOff) {
        this.root = root;
        this.whyOff = whyOff;
    }

    /** Containment where this host allows it; logs once whether it is on, and if not, why. */
    public static Cgroups forThisHost() {
        return detect(Path.of("/proc/self/mounts"), Path.of("/proc/self/cgroup"));
    }

    /** No containment: apps are reached through their process group only. */
    public static Cgroups off() {
        return off("not asked for");
    }

    /** No containment because the operator said so (`why`); logged. */
    public static Cgroups turnedOff(String why) {
        LOG.info("cgroup containment is off ({}): each app is reached through its process group only", why);
        return off(why);
    }

    private static Cgroups off(String why) {
        return new Cgroups(null, why);
    }

    /** Like {@link #forThisHost()} with other /proc files, so tests can point it elsewhere. */
    static Cgroups detect(Path mounts, Path selfCgroup) {
        CgroupProbe.Found own = CgroupProbe.ownCgroup(mounts, selfCgroup);
        String whyNot = own.whyNot();
        Path root = null;
        if (whyNot == null) {
            CgroupProbe.sweep(own.dir());
            int n = INSTANCES.getAndIncrement(); // tests build several in one JVM; each owns its directory
            root = own.dir().resolve("patrol-" + ProcessHandle.current().pid() + (n == 0 ? "" : "-" + n));
            whyNot = CgroupProbe.usable(root);
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
        if (!CgroupProbe.favorsDynamicChanges(mounts)) {
            LOG.info("cgroup2 is mounted without favordynmods: an app starts about 20 ms after its launch while it"
                    + " enters its cgroup; `mount -o remount,favordynmods` on the cgroup2 mount (Linux 6.0+) or"
                    + " `patrol --no-cgroups` avoids that");
        }
        Cgroups cgroups = new Cgroups(root, null);
        Path removable = root;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> AppCgroup.removeTree(removable),
                "patrol-cgroup-cleanup")); // only empty cgroups go: apps left running keep theirs
        return cgroups;
    }

    public boolean enabled() {
        return root != null;
    }

    /** For operators: where apps are contained, or why only by process group. */
    public String describe() {
        return enabled() ? "a cgroup per app under " + root : "process groups only (" + whyOff + ")";
    }

    /** Why containment is off; null when it is on. */
    String whyOff() {
        return whyOff;
    }

    /** The directory holding the apps' cgroups; null when containment is off. */
    Path root() {
        return root;
    }

    /**
     * The cgroup of an app about to be spawned, emptied of what an earlier instance left; null
     * when containment is off or it cannot be made.
     */
    AppCgroup prepare(String appId) {
        if (!enabled()) {
            return null;
        }
        try {
            AppCgroup cg = byApp.get(appId);
            if (cg == null) {
                Files.createDirectories(root); // gone if something swept it while no app ran
                cg = new AppCgroup(create(NAMEABLE.matcher(appId).matches() ? "app-" + appId
                        : "app-" + SEQUENCE.incrementAndGet()));
                byApp.put(appId, cg);
            } else if (!Files.isDirectory(cg.dir())) {
                Files.createDirectories(cg.dir()); // swept from outside
            } else {
                killLeftovers(cg, appId);
            }
            return cg;
        } catch (IOException e) {
            warnOnce("unable to create a cgroup for app " + appId + " under " + root + ": " + e
                    + " (a stop reaches its process group only)");
            return null;
        }
    }

    private static void killLeftovers(AppCgroup cg, String appId) {
        if (!cg.populated()) {
            return;
        }
        List<Long> left = cg.pids();
        if (!left.isEmpty()) {
            LOG.warn("app {}: an earlier instance left PIDs {} in cgroup {}; killing them before the launch",
                    appId, left, cg.dir());
            cg.kill();
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
                warnOnce("unable to move app " + appId + " PID " + pid + " into " + cg.dir() + ": " + e
                        + " (a stop reaches its process group only)");
                return;
            }
        }
        long before = cg.lead(pid);
        if (before != 0) {
            byLeader.remove(before, cg); // a late stop of the old instance must not reach this one
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

    /** The cgroup of the app whose leader is (or was) `pgid`; null if none. */
    AppCgroup of(long pgid) {
        return byLeader.get(pgid);
    }
}
