package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import jnr.constants.platform.Errno;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spawns an app's child into its cgroup, the best way this host allows: born in it
 * ({@link CloneSpawn}, cgroup v2), else entering it itself before the app runs
 * ({@link CgroupTrampoline}, about 20 ms later without favordynmods), else moved in after the
 * spawn (what it forks meanwhile stays outside). Says once in the log which one it falls back to.
 */
final class CgroupSpawn {
    private static final Logger LOG = LoggerFactory.getLogger(CgroupSpawn.class);
    /** `-Dpatrol.cgroups.clone3=off` keeps the /bin/sh trampoline (for comparisons). */
    static final String SWITCH = "patrol.cgroups.clone3";
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();
    /** clone3 errors that mean the kernel lacks clone3 (5.3) or CLONE_INTO_CGROUP (5.7). */
    private static final Set<Integer> UNSUPPORTED = Set.of(Errno.ENOSYS.intValue(), Errno.E2BIG.intValue(),
            Errno.EINVAL.intValue());
    /** clone3 errors a posix_spawn would report too: the launch fails. */
    private static final Set<Integer> LAUNCH_ERRORS = Set.of(Errno.EAGAIN.intValue(), Errno.ENOMEM.intValue());

    private final NativeSpawn spawner;
    private final Cgroups cgroups;
    private final boolean trampoline;
    private final boolean mayBeBorn;

    CgroupSpawn(NativeSpawn spawner, Cgroups cgroups) {
        this(spawner, cgroups, !"off".equals(System.getProperty(SWITCH)));
    }

    /** `mayClone` false keeps the old ways. */
    CgroupSpawn(NativeSpawn spawner, Cgroups cgroups, boolean mayClone) {
        this.spawner = spawner;
        this.cgroups = cgroups;
        this.trampoline = cgroups.enabled() && CgroupTrampoline.available();
        this.mayBeBorn = mayClone && cgroups.enabled() && cgroups.version() instanceof CgroupV2;
        if (cgroups.enabled() && !mayClone) {
            LOG.info("apps are not spawned straight into their cgroups (-D{}=off or a test): they enter them {}",
                    SWITCH, trampoline ? "through /bin/sh before they run" : "after they start");
        }
        if (mayBeBorn && CloneSpawn.shared() == null) {
            fallingBack(CloneSpawn.whyNot());
        } else if (cgroups.enabled() && !trampoline && !mayBeBorn) {
            LOG.warn("{} or {} is missing: apps are moved into their cgroups after they start, so what they fork"
                    + " in their first milliseconds can escape a stop", CgroupTrampoline.SH, CgroupTrampoline.ENV);
        }
    }

    /** The child's PID, in its own cgroup when containment is on. */
    int spawn(NativeSpawn.Request request, String appId) throws LaunchException {
        AppCgroup cg = cgroups.prepare(appId);
        CloneSpawn clone = mayBeBorn && cg != null ? CloneSpawn.shared() : null;
        if (clone != null) {
            CloneSpawn.Result born = clone.spawn(request, cg.dir());
            if (born.killedAtBirth()) { // once cgroup.kill'ed, that cgroup kills what is cloned into it
                cg = cgroups.renew(appId, cg);
                born = cg == null ? born : clone.spawn(request, cg.dir());
            }
            if (born.ok()) {
                cgroups.adopt(born.pid(), cg, true, appId);
                return born.pid();
            }
            if (born.childFailed() || LAUNCH_ERRORS.contains(born.errno())) {
                throw failed(request, appId, born.errno());
            }
            if (cg != null) {
                unbornIn(cg.dir(), born);
            }
        }
        NativeSpawn.Request viaCgroup = cg == null || !trampoline ? null : CgroupTrampoline.wrap(request, cg.procs());
        int pid = spawner.spawn(viaCgroup != null ? viaCgroup : request);
        if (pid < 0) {
            throw failed(request, appId, -pid);
        }
        if (cg != null) {
            cgroups.adopt(pid, cg, viaCgroup != null, appId); // before the watch, so the PID is not reused meanwhile
        }
        return pid;
    }

    /** No child was made in `dir`: this launch goes the old way, and every later one too if the kernel lacks it. */
    private void unbornIn(Path dir, CloneSpawn.Result born) {
        int errno = born.errno();
        String why = "clone3 into " + dir + ": " + (born.killedAtBirth() ? "killed at birth, twice"
                : NativeSpawn.describe(errno));
        if (born.killedAtBirth() || UNSUPPORTED.contains(errno)) { // the kernel, not this cgroup
            CloneSpawn.disable(why + (born.killedAtBirth() ? "" : " (needs Linux 5.7+)"));
            fallingBack(why);
        } else {
            LOG.warn("unable to spawn straight into cgroup {} ({}); this launch enters it the old way", dir, why);
        }
    }

    private void fallingBack(String why) {
        if (!FALLBACK_LOGGED.getAndSet(true)) {
            LOG.info("apps cannot be spawned straight into their cgroups ({}): they enter them {}", why, trampoline
                    ? "through /bin/sh before they run" : "after they start");
            CgroupV2.adviseFavordynmods(Path.of("/proc/self/mounts"));
        }
    }

    private static LaunchException failed(NativeSpawn.Request request, String appId, int errno) {
        return new LaunchException("unable to start " + request.path() + " for app " + appId + ": "
                + NativeSpawn.describe(errno));
    }
}
