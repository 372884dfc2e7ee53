package dev.patrol.domain.engine;

import dev.patrol.gocompat.GoPath;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.PidReading;

/**
 * Probing before a transition (spec §3.4 with product.md F3, F4, F6, A8): reads the PID file and
 * asks the probe about PIDs, and turns the findings into events. Reads only; what it remembers
 * (a refusal said once, a reused PID, an unusable file) is bookkeeping for its own log lines.
 */
final class AppProbes {
    private final Context ctx;
    private final PidChecks pids;
    private final SignalGuard guard;

    AppProbes(Context ctx, PidChecks pids, SignalGuard guard) {
        this.ctx = ctx;
        this.pids = pids;
        this.guard = guard;
    }

    /** The liveness finding by keepalive, or null when there is nothing to probe (keepalive 1, no instance). */
    AppEvent liveness(AppUnit u, AppView v) {
        return switch (u.cfg.keepAlive()) {
            case AppConfig.KEEPALIVE_PID_APP -> pidRead(u);
            case AppConfig.KEEPALIVE_HTTP, AppConfig.KEEPALIVE_UDP -> v.running() ? pingChecked(u, v) : null;
            default -> null;
        };
    }

    private AppEvent.PingChecked pingChecked(AppUnit u, AppView v) {
        long pid = v.signalPid();
        boolean live = v.pingExpired() && pid > 0 && pids.stillOurs(u, pid); // asked before the close forgets the PID
        return new AppEvent.PingChecked(live ? pid : 0);
    }

    private AppEvent.PidRead pidRead(AppUnit u) {
        PidReading r = readPidFile(u);
        noteInvalidFile(u, r);
        if (r.outcome() != PidReading.Outcome.FOUND) {
            return new AppEvent.PidRead(r, null, false);
        }
        PidChecks.Verdict v = pids.check(u, r.pid());
        return new AppEvent.PidRead(r, v, v == PidChecks.Verdict.NEW && displacesChild(u, r.pid()));
    }

    /**
     * A ping's PID, checked (F3): 0 when refused (the ping still counts as a sign of life); a reused
     * PID that the instance holds means a new process of the app, so the old instance closes.
     */
    AppEvent.Pinged pinged(AppUnit u, long pid) {
        if (pid <= 0 || pid > SignalGuard.PID_MAX) {
            return new AppEvent.Pinged(0, false); // no such PID can exist: the ping still counts
        }
        PidChecks.Verdict v = pids.check(u, pid);
        boolean reused = v == PidChecks.Verdict.REUSED && u.state().pid() == pid;
        long checked = switch (v) {
            case TRACKED, NEW -> pid;
            case FOREIGN, UNPROVEN -> 0;
            case DEAD, REUSED -> pids.verified(u, pid) ? pid : 0;
        };
        long stored = reused ? 0 : u.state().pid();
        boolean displaces = checked > 0 && v != PidChecks.Verdict.TRACKED && displacesProven(u, checked, stored);
        return new AppEvent.Pinged(displaces ? 0 : checked, reused);
    }

    /**
     * A PID_APP launcher exited before the poll saw the PID file: a live process of the app the
     * file already names (a forking daemon) takes over the instance (F4). 0 if none.
     */
    long takeover(AppUnit u, long launcher) {
        if (u.cfg.keepAlive() != AppConfig.KEEPALIVE_PID_APP || u.state().pid() != 0) {
            return 0;
        }
        PidReading r = readPidFile(u);
        if (r.outcome() != PidReading.Outcome.FOUND || r.pid() == launcher) {
            return 0;
        }
        PidChecks.Verdict v = pids.check(u, r.pid());
        return v == PidChecks.Verdict.NEW || v == PidChecks.Verdict.TRACKED ? r.pid() : 0;
    }

    /** A stop for `pid`: the launched child's group (F5), or a PID the guard must allow (A8). */
    AppEvent.StopProbed stopProbed(AppUnit u, long pid, CloseReason reason) {
        boolean group = u.child != null && u.child.pid() == pid;
        long start = group ? u.child.startTime() : pids.startTimeOf(u, pid);
        return new AppEvent.StopProbed(pid, reason, group, start, group ? null : guard.refusal(u, pid));
    }

    /** Dead, or its PID now names another process, which must never get our signals (F3). */
    boolean stopGone(AppUnit u) {
        AppUnit.Stop s = u.stop;
        return s != null && !s.group() && (ctx.ports.probe().probe(s.pid()) == Liveness.DEAD
                || PidChecks.changed(s.startTime(), ctx.ports.probe().startTime(s.pid())));
    }

    /** At shutdown, an adopted process gets SIGUSR1 only if it is still the app's, provably. */
    boolean signalAdopted(AppUnit u) {
        long pid = u.state().pid();
        return u.child == null && u.state().running() && pid > 0 && pids.stillOurs(u, pid) && guard.proven(u, pid);
    }

    /** A8: a PID nothing proves to be the app's never displaces the live child Patrol launched (said once per PID). */
    private boolean displacesChild(AppUnit u, long pid) {
        if (u.child == null || guard.proven(u, pid)) {
            return false;
        }
        noteUnproven(u, pid, "the process Patrol launched, pid=" + u.child.pid() + ", still runs");
        return true;
    }

    /** A8: an unproven PID in a ping (anyone can send one) never displaces the app's proven live process. */
    private boolean displacesProven(AppUnit u, long pid, long stored) {
        boolean ours = stored > 0 && stored != pid && pids.stillOurs(u, stored) && guard.proven(u, stored);
        if (!ours && (stored > 0 || u.child == null) || guard.proven(u, pid)) {
            return false;
        }
        noteUnproven(u, pid, "the app's process pid=" + (stored > 0 ? stored : u.child.pid()) + " still runs");
        return true;
    }

    private void noteUnproven(AppUnit u, long pid, String why) {
        if (u.refusedPid != pid) {
            u.refusedPid = pid;
            ctx.ports.log().warn(u.label() + " pid=" + pid + " not adopted: " + guard.refusal(u, pid) + "; " + why);
        }
    }

    private PidReading readPidFile(AppUnit u) {
        return ctx.ports.pidFiles().read(pidFile(u));
    }

    private static String pidFile(AppUnit u) {
        return GoPath.join(u.cfg.workingDirectory(), u.cfg.pidPath());
    }

    /** An unusable PID file (a directory, garbage) is said once; a missing one is normal while an app starts. */
    private void noteInvalidFile(AppUnit u, PidReading r) {
        boolean invalid = r.outcome() == PidReading.Outcome.INVALID;
        if (invalid && !u.pidFileInvalid) {
            ctx.ports.log().warn(u.label() + " PID file " + pidFile(u) + ": " + r.detail());
        }
        u.pidFileInvalid = invalid;
    }
}
