package dev.patrol.domain.engine;

import dev.patrol.domain.config.GoPath;
import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.hooks.TriggerEvent.Kind;
import dev.patrol.ports.process.PidReading;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Whether an app runs, by its keepalive (spec §3.4 with product.md F3, F4, F6): ping expiry,
 * the PID file, and the PIDs that pings bring, each checked by {@link PidChecks}.
 */
final class AppLiveness {
    static final long PID_POLL_NANOS = Duration.ofSeconds(1).toNanos();

    private final Context ctx;
    private final PidChecks pids;
    private final SignalGuard guard;
    private final StopSequences stops;
    private final Respawns respawns;
    private final Consumer<AppUnit> evaluate;

    AppLiveness(Context ctx, PidChecks pids, SignalGuard guard, StopSequences stops, Respawns respawns,
            Consumer<AppUnit> evaluate) {
        this.ctx = ctx;
        this.pids = pids;
        this.guard = guard;
        this.stops = stops;
        this.respawns = respawns;
        this.evaluate = evaluate;
    }

    /** Whether the app runs now, by its keepalive (spec §3.4 with F3, F4, F6). */
    boolean liveness(AppUnit u) {
        return switch (u.cfg.keepAlive()) {
            case AppConfig.KEEPALIVE_PID_APP -> pidFileLiveness(u);
            case AppConfig.KEEPALIVE_HTTP, AppConfig.KEEPALIVE_UDP -> pingLiveness(u);
            default -> u.state().running();
        };
    }

    boolean pingLiveness(AppUnit u) {
        ObjectState s = u.state();
        if (!s.running()) {
            return false;
        }
        // Monotonic (issue #13): a wall-clock step neither expires every app nor postpones expiry.
        long deadline = u.seenNanos + Duration.ofSeconds(ctx.config.pingTimeout()).toNanos();
        if (ctx.nanos() - deadline <= 0) {
            ctx.timers.arm(u.timer("ping"), deadline + 1_000_000, () -> evaluate.accept(u));
            return true;
        }
        long pid = u.signalPid();
        boolean live = pid > 0 && pids.stillOurs(u, pid); // asked before the close forgets the PID
        ctx.close(u, "ping-expired");
        if (live) {
            stops.beginPid(u, pid, "ping-expired"); // F6: no second copy beside a live one
        }
        return false;
    }

    private boolean pidFileLiveness(AppUnit u) {
        PidReading r = readPidFile(u);
        String reason = "pid-file";
        noteInvalidFile(u, r);
        if (r.outcome() == PidReading.Outcome.FOUND) {
            PidChecks.Verdict v = pids.check(u, r.pid());
            if (v == PidChecks.Verdict.TRACKED || v == PidChecks.Verdict.NEW && !displacesChild(u, r.pid())) {
                adopt(u, r.pid());
                ctx.timers.arm(u.timer("poll"), ctx.nanos() + PID_POLL_NANOS, () -> evaluate.accept(u));
                return true;
            }
            reason = switch (v) {
                case REUSED -> "pid-reused";
                case FOREIGN -> "pid-verify";
                case UNPROVEN, NEW -> "pid-unproven";
                default -> "pid-dead";
            };
        }
        if (u.child != null && invalidTooLong(u, r)) {
            // Issue #13 defect 2: never an instance without a live, valid PID.
            HistoryRecord closed = ctx.close(u, "pid-file-invalid");
            stops.begin(u, "pid-file-invalid");
            if (closed != null) {
                adoptedEnded(u, closed);
            }
            return false;
        }
        if (u.child != null) {
            if (u.state().pid() == r.pid() && reason.equals("pid-reused")) {
                u.tracked.update(s -> s.withPid(0)); // never signal the stranger; the launcher is what we know
            }
            // Our launcher is alive and has not written the file yet (fix of §12.8).
            ctx.timers.arm(u.timer("poll"), ctx.nanos() + PID_POLL_NANOS, () -> evaluate.accept(u));
            return u.state().running();
        }
        HistoryRecord closed = ctx.close(u, reason);
        if (closed != null) {
            adoptedEnded(u, closed);
        }
        return false;
    }

    /** The launched app had two ticks to write a valid PID file, and the file is still unusable. */
    private boolean invalidTooLong(AppUnit u, PidReading r) {
        long grace = 2 * Duration.ofSeconds(ctx.config.tickEvery()).toNanos();
        return r.outcome() == PidReading.Outcome.INVALID && ctx.nanos() - u.child.launchedNanos() >= grace;
    }

    /**
     * A8: a PID nothing proves to be the app's never displaces the live child Patrol launched
     * for the instance (said once per PID).
     */
    private boolean displacesChild(AppUnit u, long pid) {
        if (u.child == null || guard.proven(u, pid)) {
            return false;
        }
        noteUnproven(u, pid, "the process Patrol launched, pid=" + u.child.pid() + ", still runs");
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

    /**
     * A process Patrol did not launch is gone (A1): how it ended is unknown, so it counts as a
     * failure. Only decides: the caller's evaluation launches when the policy allows it now.
     */
    private void adoptedEnded(AppUnit u, HistoryRecord closed) {
        if (u.state().disabled() || ctx.shutdown) {
            return; // asked for, or a consumed run-once: not a failure
        }
        long ran = ctx.nanos() - u.openedNanos; // monotonic: a wall-clock step changes no restart decision
        String what = u.label() + " pid=" + closed.pid() + " ended (" + closed.reason() + ") after "
                + Respawns.seconds(ran);
        respawns.apply(u, RestartDecision.UNKNOWN_EXIT, ran, what, false);
    }

    /** A live PID from the PID file (spec §3.4 step 3). */
    private void adopt(AppUnit u, long pid) {
        long stored = u.state().pid();
        if (stored > 0 && stored != pid) {
            ctx.close(u, "");
            openWithPid(u, pid, Kind.STARTED);
        } else if (stored > 0) {
            ctx.seen(u);
        } else if (!u.state().running()) {
            openWithPid(u, pid, Kind.STARTED);
        } else {
            u.tracked.update(s -> s.withPid(pid));
            ctx.seen(u);
            pids.remember(u);
        }
    }

    private void openWithPid(AppUnit u, long pid, Kind kind) {
        ctx.open(u);
        u.tracked.update(s -> s.withPid(pid));
        pids.remember(u);
        ctx.ports.log().info(u.label() + " started pid=" + pid + " instance=" + u.state().instanceId());
        ctx.trigger(kind, u, null);
    }

    /** A ping (spec §6.3 step 2); a PID-less ping to a stopped app opens an instance (F6). */
    void ping(AppUnit u, long pinged) {
        long pid = pinged > 0 ? pingedPid(u, pinged) : 0;
        long stored = u.state().pid();
        if (pid > 0 && stored > 0 && stored != pid) {
            ctx.close(u, "");
            openWithPid(u, pid, Kind.STARTED_PINGED);
        } else if (pid > 0 && stored == 0) {
            if (u.state().running()) {
                u.tracked.update(s -> s.withPid(pid));
            ctx.seen(u);
                pids.remember(u);
                ctx.trigger(Kind.PINGED, u, null);
            } else {
                openWithPid(u, pid, Kind.STARTED_PINGED);
            }
        } else if (!u.state().running()) {
            ctx.open(u);
            ctx.trigger(Kind.STARTED_PINGED, u, null);
        } else {
            ctx.seen(u);
            ctx.trigger(Kind.PINGED, u, null);
        }
    }

    /**
     * The PID a ping brings, checked (F3): 0 when pid-verify refuses it (the ping still counts
     * as a sign of life); a reused PID means a new process of the app, so the old instance closes.
     */
    private long pingedPid(AppUnit u, long pid) {
        if (pid > SignalGuard.PID_MAX) {
            return 0; // no such PID can exist: the ping still counts
        }
        PidChecks.Verdict v = pids.check(u, pid);
        if (v == PidChecks.Verdict.REUSED && u.state().pid() == pid) {
            ctx.close(u, "pid-reused");
        }
        long checked = switch (v) {
            case TRACKED, NEW -> pid;
            case FOREIGN, UNPROVEN -> 0;
            case DEAD, REUSED -> pids.verified(u, pid) ? pid : 0;
        };
        return checked > 0 && v != PidChecks.Verdict.TRACKED && displacesProven(u, checked) ? 0 : checked;
    }

    /**
     * A8: an unproven PID in a ping (anyone can send one) never displaces the live process of the
     * instance when that process is proven the app's: the launched child, or an adopted PID.
     */
    private boolean displacesProven(AppUnit u, long pid) {
        long stored = u.state().pid();
        boolean ours = stored > 0 && stored != pid && pids.stillOurs(u, stored) && guard.proven(u, stored);
        if (!ours && (stored > 0 || u.child == null) || guard.proven(u, pid)) {
            return false;
        }
        noteUnproven(u, pid, "the app's process pid=" + (stored > 0 ? stored : u.child.pid()) + " still runs");
        return true;
    }

    /**
     * A PID_APP launcher exited before the poll saw the PID file: if the file already names
     * another live process of the app (a forking daemon), the instance is that process's (F4).
     */
    boolean daemonTookOver(AppUnit u, long launcher) {
        if (u.cfg.keepAlive() != AppConfig.KEEPALIVE_PID_APP || u.state().pid() != 0) {
            return false;
        }
        PidReading r = readPidFile(u);
        if (r.outcome() != PidReading.Outcome.FOUND || r.pid() == launcher) {
            return false;
        }
        PidChecks.Verdict v = pids.check(u, r.pid());
        if (v != PidChecks.Verdict.NEW && v != PidChecks.Verdict.TRACKED) {
            return false;
        }
        adopt(u, r.pid());
        return true;
    }
}
