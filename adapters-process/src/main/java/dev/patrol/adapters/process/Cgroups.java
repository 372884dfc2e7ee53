package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessSignaller;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-app cgroup containment (F5): descendants that setsid() leave the app's process group
 * but not its cgroup, so a stop can still reach them. Apps live in
 * `<daemon's cgroup>/patrol-<daemon PID>/app-<ID>/`; an app's cgroup is found by its current
 * leader's PID, which is also its process group id. cgroup v2 is preferred; where the host lacks
 * cgroup2, a writable own cgroup there or cgroup.kill (Linux 5.14+), the v1 `pids` hierarchy is
 * used ({@link CgroupVersion}). Where neither works, containment is off and every method does nothing.
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
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Pattern NAMEABLE = Pattern.compile("[0-9A-Za-z-]{1,63}");

    private final Path root;
    private final CgroupVersion version;
    private final String whyOff;
    private final String whyNotV2;
    private final Map<String, AppCgroup> byApp = new ConcurrentHashMap<>();
    private final Map<Long, AppCgroup> byLeader = new ConcurrentHashMap<>();
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    private Cgroups(Path root, CgroupVersion version, String whyOff, String whyNotV2) {
        this.root = root;
        this.version = version;
        this.whyOff = whyOff;
        this.whyNotV2 = whyNotV2;
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
        return new Cgroups(null, null, why, null);
    }

    /** Like {@link #forThisHost()} with other /proc files, so tests can point it elsewhere. */
    static Cgroups detect(Path mounts, Path selfCgroup) {
        CgroupVersion unified = new CgroupV2();
        CgroupProbe.Found v2 = CgroupProbe.root(unified, mounts, selfCgroup);
        if (v2.whyNot() == null) {
            LOG.info("cgroup containment is on (v2): each app runs in its own cgroup under {}", v2.dir());
            return on(v2.dir(), unified, null);
        }
        CgroupVersion pids = new CgroupV1Pids(); // second choice: no cgroup.kill, see there
        CgroupProbe.Found v1 = CgroupProbe.root(pids, mounts, selfCgroup);
        if (v1.whyNot() == null) {
            LOG.info("cgroup containment is on (v1 pids): each app runs in its own cgroup under {}; cgroup v2 is not"
                    + " used ({})", v1.dir(), v2.whyNot());
            return on(v1.dir(), pids, v2.whyNot());
        }
        String whyNot = v2.whyNot() + "; nor v1 pids: " + v1.whyNot();
        LOG.warn("cgroup containment is off ({}): falling back to process groups;"
                + " descendants that call setsid() survive a stop", whyNot);
        return off(whyNot);
    }

    private static Cgroups on(Path root, CgroupVersion version, String whyNotV2) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> AppCgroup.removeTree(root),
                "patrol-cgroup-cleanup")); // only empty cgroups go: apps left running keep theirs
        return new Cgroups(root, version, null, whyNotV2);
    }

    public boolean enabled() {
        return root != null;
    }

    /** For operators: where apps are contained, or why only by process group. */
    public String describe() {
        if (!enabled()) {
            return "process groups only (" + whyOff + ")";
        }
        String notV2 = whyNotV2 == null ? "" : " (" + version.label() + "; not v2: " + whyNotV2 + ")";
        return "a cgroup per app under " + root + notV2;
    }

    /** Why containment is off; null when it is on. */
    String whyOff() {
        return whyOff;
    }

    /** The hierarchy apps are contained in; null when containment is off. */
    CgroupVersion version() {
        return version;
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
                        : "app-" + SEQUENCE.incrementAndGet()), version);
                byApp.put(appId, cg);
            } else if (!Files.isDirectory(cg.dir())) {
                Files.createDirectories(cg.dir()); // swept from outside
            } else {
                cg.killLeftovers(appId);
            }
            return cg;
        } catch (IOException e) {
            warnOnce("unable to create a cgroup for app " + appId + " under " + root + ": " + e
                    + " (a stop reaches its process group only)");
            return null;
        }
    }

    /**
     * `pid` leads the app spawned for `cg`. A child that was not born in it and did not enter it
     * itself (see {@link CgroupSpawn}) is moved in now, late: what it has forked meanwhile stays outside.
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

    /**
     * A fresh cgroup for `appId` in place of `old`, whose kernel state kills every child cloned
     * into it (see {@link CgroupSpawn}): the same directory made anew where it is empty, else
     * `name-N`. Null if none can be made.
     */
    AppCgroup renew(String appId, AppCgroup old) {
        try {
            AppCgroup fresh;
            try {
                Files.delete(old.dir()); // only when empty: nothing of the old instance runs
                byLeader.values().removeIf(cg -> cg == old); // its path is the new one's now
                fresh = new AppCgroup(Files.createDirectory(old.dir()), version);
            } catch (IOException busy) { // its killed processes are still exiting
                fresh = new AppCgroup(create(old.dir().getFileName().toString()), version);
            }
            byApp.put(appId, fresh);
            LOG.debug("app {}: cgroup {} renewed as {}", appId, old.dir(), fresh.dir());
            return fresh;
        } catch (IOException e) {
            warnOnce("unable to renew the cgroup of app " + appId + " under " + root + ": " + e);
            return null;
        }
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

    /** The leader `pid` has been reaped: what is left in its cgroup is an earlier instance's from now on. */
    void leaderReaped(long pid) {
        AppCgroup cg = byLeader.get(pid);
        if (cg != null) {
            cg.leaderExited(pid);
        }
    }

    /** True when `pid` runs in app `appId`'s cgroup (or one below it); false where containment is off. */
    boolean contains(String appId, long pid) {
        AppCgroup cg = enabled() ? byApp.get(appId) : null;
        return cg != null && cg.pids().contains(pid);
    }

    /** The cgroup of the app whose leader is (or was) `pgid`; null if none. */
    AppCgroup of(long pgid) {
        return byLeader.get(pgid);
    }
}
