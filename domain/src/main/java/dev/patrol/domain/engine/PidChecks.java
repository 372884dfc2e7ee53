package dev.patrol.domain.engine;

import dev.patrol.domain.config.LaunchPlans;
import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;

/**
 * Checks a PID that came from outside Patrol — a PID file or a ping — against the process
 * it names now (product.md F3). A PID is remembered with its start time when adopted; a
 * different start time later means the PID was reused. With `pid-verify`, a new PID is
 * adopted only when the process runs the app's binary.
 */
final class PidChecks {
    /** What a PID is to an app. */
    enum Verdict {
        /** The process the current instance adopted, unchanged. */
        TRACKED,
        /** A live process the app may adopt. */
        NEW,
        /** Not alive (or not visible to us). */
        DEAD,
        /** The adopted PID now names another process (its start time changed). */
        REUSED,
        /** pid-verify: the process runs something other than the app's binary. */
        FOREIGN,
        /** Patrol refused to signal this process once (A8): it is never the app's again. */
        UNPROVEN
    }

    private final Context ctx;
    private final SignalGuard guard;

    PidChecks(Context ctx, SignalGuard guard) {
        this.ctx = ctx;
        this.guard = guard;
    }

    Verdict check(AppUnit u, long pid) {
        LivenessProbe probe = ctx.ports.probe();
        if (probe.probe(pid) != Liveness.ALIVE) {
            return Verdict.DEAD;
        }
        long start = probe.startTime(pid);
        AppUnit.Adopted stranger = u.stranger;
        if (stranger != null && stranger.pid() == pid && stranger.startTime() == start) {
            return Verdict.REUSED; // seen and logged before
        }
        AppUnit.Adopted unproven = u.unproven;
        if (unproven != null && unproven.pid() == pid && unproven.startTime() == start) {
            return Verdict.UNPROVEN;
        }
        AppUnit.Adopted a = tracked(u, pid);
        if (a != null && changed(a.startTime(), start)) {
            u.stranger = new AppUnit.Adopted(pid, start, "", false);
            ctx.ports.log().warn(u.label() + " pid=" + pid + " was reused: start time " + start
                    + ", adopted at " + a.startTime());
            return Verdict.REUSED;
        }
        if (a != null) {
            return Verdict.TRACKED;
        }
        return verified(u, pid) ? Verdict.NEW : Verdict.FOREIGN;
    }

    /**
     * pid-verify: a PID is accepted only if its process's executable, argv[0] or `#!` script is
     * the app's binary. A process the OS will not describe does not match. Patrol's own child
     * always does (a launch script may exec another program).
     */
    boolean verified(AppUnit u, long pid) {
        if (!u.cfg.pidVerify() || u.child != null && u.child.pid() == pid) {
            return true;
        }
        String binary = LaunchPlans.executable(u.cfg);
        ProcessIdentity id = ctx.ports.probe().identity(pid);
        if (id.runs(binary)) {
            return true;
        }
        if (u.refusedPid != pid) {
            u.refusedPid = pid;
            ctx.ports.log().warn(u.label() + " pid=" + pid + " not adopted (pid-verify): it runs exe="
                    + quoted(id.executable()) + " argv0=" + quoted(id.argv0()) + ", not " + binary);
        }
        return false;
    }

    /** Call once the state holds the adopted PID: remembers its start time for this instance. */
    void remember(AppUnit u) {
        ObjectState s = u.state();
        long pid = s.pid();
        if (pid <= 0 || !s.running()) {
            return;
        }
        AppUnit.Adopted a = tracked(u, pid);
        if (a == null || a.startTime() == 0) {
            u.adopted = new AppUnit.Adopted(pid, ctx.ports.probe().startTime(pid), s.instanceId(),
                    guard.proven(u, pid));
        }
        if (u.stranger != null && u.stranger.pid() == pid) {
            u.stranger = null; // the app itself got this PID back: a ping vouched for it
        }
        u.refusedPid = 0;
    }

    /** Whether `pid` is alive and still the process the app adopted, so it may be signalled. */
    boolean stillOurs(AppUnit u, long pid) {
        LivenessProbe probe = ctx.ports.probe();
        if (probe.probe(pid) != Liveness.ALIVE) {
            return false;
        }
        AppUnit.Adopted a = tracked(u, pid);
        return a == null || !changed(a.startTime(), probe.startTime(pid));
    }

    /** The start time `pid` had when adopted, else its current one (0 if unknown). */
    long startTimeOf(AppUnit u, long pid) {
        AppUnit.Adopted a = tracked(u, pid);
        return a != null ? a.startTime() : ctx.ports.probe().startTime(pid);
    }

    /** Two start times name different processes; 0 is unknown and proves nothing. */
    static boolean changed(long before, long now) {
        return before != 0 && now != 0 && before != now;
    }

    /** The adoption record of `pid`, if the current instance adopted it. */
    private static AppUnit.Adopted tracked(AppUnit u, long pid) {
        AppUnit.Adopted a = u.adopted;
        ObjectState s = u.state();
        boolean current = a != null && a.pid() == pid && s.running() && s.pid() == pid
                && a.instanceId().equals(s.instanceId());
        return current ? a : null;
    }

    private static String quoted(String s) {
        return s.isEmpty() ? "?" : s;
    }
}
