package dev.patrol.domain.engine;

import dev.patrol.domain.config.LaunchPlans;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessLineage;

/**
 * Whether Patrol may signal a PID on an app's behalf (product.md A8). A PID from outside (a PID
 * file, a ping) may be shown and tracked, but only a process proven to be the app's is signalled:
 * the child Patrol launched, one in the app's cgroup, in the process group of its last launch or
 * below its live child, or one that runs the app's binary (the `pid-verify` identity rule). Never
 * PID 1, the daemon, its ancestors, a kernel thread, or a PID outside 1..{@link #PID_MAX}.
 */
final class SignalGuard {
    /** The largest pid_max Linux allows (PID_MAX_LIMIT, 2^22): no PID above it exists. */
    static final long PID_MAX = 4_194_304;

    private final Context ctx;

    SignalGuard(Context ctx) {
        this.ctx = ctx;
    }

    /** Null when `pid` may be signalled for `u`; else why not, worded for the log. */
    String refusal(AppUnit u, long pid) {
        String never = never(pid);
        if (never != null) {
            return never;
        }
        if (launched(u, pid) || provenAtAdoption(u, pid)) {
            return null;
        }
        ProcessLineage lineage = ctx.ports.probe().lineage(pid, u.id);
        if (lineage.kernelThread()) {
            return "it is a kernel thread";
        }
        return owned(u, pid, lineage) ? null : "nothing proves it is the app's: Patrol did not launch it, it is"
                + " not in the app's cgroup, process group or below its process, and it does not run "
                + LaunchPlans.executable(u.cfg);
    }

    /** Whether `pid` is provably the app's now (for adoption records and for displacing an instance). */
    boolean proven(AppUnit u, long pid) {
        return refusal(u, pid) == null;
    }

    /** PIDs nothing may signal, whatever the app claims; null for any other. */
    private String never(long pid) {
        if (pid < 1 || pid > PID_MAX) {
            return "it is outside 1.." + PID_MAX;
        }
        if (pid == 1) {
            return "it is PID 1";
        }
        return ctx.ports.probe().daemonAndAncestors().contains(pid) ? "it is the daemon or one of its ancestors" : null;
    }

    private static boolean launched(AppUnit u, long pid) {
        return u.child != null && u.child.pid() == pid;
    }

    /** Proven when first adopted, and still the same process (its start time unchanged). */
    private boolean provenAtAdoption(AppUnit u, long pid) {
        AppUnit.Adopted a = u.adopted;
        return a != null && a.pid() == pid && a.proven() && a.startTime() != 0
                && a.startTime() == ctx.ports.probe().startTime(pid);
    }

    private boolean owned(AppUnit u, long pid, ProcessLineage lineage) {
        if (lineage.inAppCgroup() || u.child != null && lineage.descendsFrom(u.child.pid())) {
            return true;
        }
        // A group id stays taken while the group has members, so a process other than the
        // leader itself in the group of our last launch is one of the app's.
        long group = u.lastLaunchedPid;
        if (group > 0 && lineage.processGroup() == group && (pid != group || launched(u, pid))) {
            return true;
        }
        LivenessProbe probe = ctx.ports.probe();
        return probe.identity(pid).runs(LaunchPlans.executable(u.cfg));
    }
}
