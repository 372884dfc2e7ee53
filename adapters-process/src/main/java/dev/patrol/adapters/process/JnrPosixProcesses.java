package dev.patrol.adapters.process;

import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;
import dev.patrol.ports.process.ProcessLineage;
import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.process.Signal;
import java.util.Set;
import jnr.constants.platform.Errno;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals and liveness through kill(2) via jnr-posix, with zombies and start times from /proc.
 * A group signal also reaches the app's processes that left its group, through its cgroup
 * ({@link Cgroups}) where containment is on.
 */
public final class JnrPosixProcesses implements ProcessSignaller, LivenessProbe {
    private static final Logger LOG = LoggerFactory.getLogger(JnrPosixProcesses.class);
    private static final int EPERM = Errno.EPERM.intValue();
    private static final int ESRCH = Errno.ESRCH.intValue();

    private final POSIX posix;
    private final boolean procAvailable;
    private final Cgroups cgroups;
    private final long self = ProcessHandle.current().pid();
    /**
     * Read once: a process's ancestry only shrinks (an orphan is re-parented to a living ancestor
     * or to init), so the first answer stays a superset, and refusing a PID too many is safe.
     */
    private volatile Set<Long> ancestry;

    /** Without cgroup containment: group signals reach the process group only. */
    public JnrPosixProcesses() {
        this(Cgroups.off());
    }

    /** `cgroups` must be the instance the launcher places apps with. */
    public JnrPosixProcesses(Cgroups cgroups) {
        this(LazyPosix.get(), cgroups);
    }

    JnrPosixProcesses(POSIX posix, Cgroups cgroups) {
        this.posix = posix;
        this.cgroups = cgroups;
        this.procAvailable = ProcStat.available();
        if (!procAvailable) {
            LOG.warn("/proc is not readable: zombies count as alive and start times are 0");
        }
    }

    @Override
    public boolean signal(long pid, Signal signal) {
        if (!isPid(pid) || pid == 1 || pid == self) {
            // The domain decides what is the app's (A8); this is the last line against a bug there.
            LOG.warn("refusing to send {} to PID {}: not a PID an app may have (not sent)", signal, pid);
            return false;
        }
        return kill(pid, signal, "PID " + pid);
    }

    @Override
    public boolean signalGroup(long pgid, Signal signal) {
        // pgid 1 would become kill(-1): every process we may signal. Never.
        if (!isPid(pgid) || pgid == 1 || pgid == self) {
            LOG.warn("refusing to send {} to process group {}: not a valid group id (not sent)", signal, pgid);
            return false;
        }
        boolean sent = kill(-pgid, signal, "process group " + pgid);
        AppCgroup cg = cgroups.of(pgid);
        boolean reached = cg != null && signalCgroup(cg, pgid, signal);
        return sent || reached;
    }

    /** F5: the processes of the app's cgroup that left group `pgid` (setsid) get `signal` too. */
    private boolean signalCgroup(AppCgroup cg, long pgid, Signal signal) {
        if (signal == Signal.KILL) {
            return cg.kill(); // the whole cgroup, forks racing the signal included (see CgroupVersion)
        }
        int sent = 0;
        for (long pid : cg.pids()) {
            if (posix.getpgid((int) pid) != pgid && posix.kill(pid, signal.number()) == 0) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.debug("sent {} to {} process(es) of cgroup {} outside group {}", signal, sent, cg.dir(), pgid);
        }
        return sent > 0;
    }

    private boolean kill(long target, Signal signal, String what) {
        int rc = posix.kill(target, signal.number());
        if (rc == 0) {
            LOG.debug("sent {} to {}", signal, what);
            return true;
        }
        int errno = posix.errno();
        LOG.debug("unable to send {} to {}: {} (not delivered)", signal, what, Errno.valueOf(errno));
        return false;
    }

    @Override
    public Liveness probe(long pid) {
        if (!isPid(pid)) {
            return Liveness.DEAD;
        }
        int rc = posix.kill(pid, 0);
        int errno = rc == 0 ? 0 : posix.errno(); // read at once, on this thread
        if (rc != 0 && errno != EPERM) {
            if (errno != ESRCH) {
                LOG.warn("kill({}, 0) failed with {}; counting the process as dead", pid, Errno.valueOf(errno));
            }
            return Liveness.DEAD;
        }
        return procAvailable ? fromState(ProcStat.state(pid)) : Liveness.ALIVE;
    }

    /** kill succeeded or said EPERM; /proc decides between a live process and a zombie. */
    private static Liveness fromState(char state) {
        // 'Z' zombie, 'X' dead; UNKNOWN: /proc/PID vanished since kill(), so it just died.
        return state == 'Z' || state == 'X' || state == ProcStat.UNKNOWN ? Liveness.DEAD : Liveness.ALIVE;
    }

    @Override
    public long startTime(long pid) {
        return isPid(pid) ? ProcStat.startTime(pid) : 0;
    }

    @Override
    public ProcessIdentity identity(long pid) {
        return isPid(pid) && procAvailable ? ProcIdentity.of(pid) : ProcessIdentity.UNKNOWN;
    }

    @Override
    public ProcessLineage lineage(long pid, String appId) {
        return isPid(pid) && procAvailable ? ProcLineage.of(pid, cgroups.contains(appId, pid)) : ProcessLineage.UNKNOWN;
    }

    @Override
    public Set<Long> daemonAndAncestors() {
        Set<Long> known = ancestry;
        if (known == null) {
            known = procAvailable ? ProcLineage.selfAndAncestors(self) : Set.of(self, 1L);
            ancestry = known;
        }
        return known;
    }

    private static boolean isPid(long pid) {
        return pid > 0 && pid <= Integer.MAX_VALUE;
    }
}
