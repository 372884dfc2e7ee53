package dev.patrol.domain.engine;

import static dev.patrol.domain.engine.AppViews.CHILD;
import static dev.patrol.domain.engine.AppViews.app;

import dev.patrol.domain.engine.AppEvent.Decide;
import dev.patrol.domain.engine.AppEvent.Exited;
import dev.patrol.domain.engine.AppEvent.PidRead;
import dev.patrol.domain.engine.AppEvent.Pinged;
import dev.patrol.domain.engine.AppEvent.StopProbed;
import dev.patrol.domain.engine.AppEvent.StopTimer;
import dev.patrol.domain.engine.AppTable.Row;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.PidReading;
import java.time.Duration;
import java.util.List;

/** The situations of the app state table, in the order docs/ENGINE.md lists them. */
final class AppTableRows {
    private static final int PATROL = AppConfig.KEEPALIVE_PID_PATROL;
    private static final int PID_APP = AppConfig.KEEPALIVE_PID_APP;
    private static final int HTTP = AppConfig.KEEPALIVE_HTTP;
    private static final Duration PAST_GRACE = Duration.ofSeconds(61);

    private AppTableRows() {
    }

    private static Row row(String when, AppViews v, AppEvent e) {
        return new Row(when, v.view(), e);
    }

    private static Exited exit(int code) {
        return new Exited(1, ExitStatus.exited(code), 0);
    }

    static List<Row> rows() {
        return List.of(
                row("enabled, nothing pending", app(PATROL), new Decide(false)),
                row("HTTP/UDP, within 2 × ping-timeout of daemon start (F8)", app(HTTP), new Decide(false)),
                row("a tick (the safety net, F1)", app(PATROL).up(CHILD).child(), new Decide(true)),
                row("restart toggle, PID known", app(PATROL).up(CHILD).child().state(s -> s.withRestart(true)),
                        new Decide(false)),
                row("restart toggle, PID unknown: the flag waits for one (F9)",
                        app(HTTP).after(PAST_GRACE).up(0).state(s -> s.withRestart(true)), new Decide(false)),
                row("disabled (toggle 2)", app(PATROL).up(CHILD).child().state(s -> s.withDisabled(true)),
                        new Decide(false)),
                row("a tick, disabled, the instance already closed", app(HTTP).child().stopping(CHILD, CloseReason.NONE)
                        .state(s -> s.withDisabled(true)), new Decide(true)),
                row("a tick", app(PATROL).state(s -> s.withDisabled(true)), new Decide(true)),
                row("the respawn timer is armed", app(PATROL).backoff(), new Decide(false)),
                row("our launcher outlived its instance (e.g. an expired ping)", app(HTTP).after(PAST_GRACE).child(),
                        new Decide(false)),
                row("shutting down, or removed by a reload", app(PATROL).shutdown(), new Decide(false)),
                row("keepalive 1, with execute-timeout 5", app(PATROL).config(b -> b.executeTimeout(5)).up(CHILD).child(),
                        new AppEvent.Launched()),
                row("HTTP/UDP: the expiry timer at lastseen + ping-timeout", app(HTTP).up(0).child(),
                        new AppEvent.Launched()),
                row("PID file (keepalive 2): the poll", app(PID_APP).up(0).child(), new AppEvent.Launched()),
                row("the first fast failure: respawn at once", app(PATROL), new AppEvent.LaunchFailed("ENOENT", AppEffect.Level.WARN)),
                row("a second fast failure: backoff 100 ms × 2ⁿ up to backoff-max-ms", app(PATROL).fastFailures(1),
                        new AppEvent.LaunchFailed("ENOENT", AppEffect.Level.WARN)),
                row("the start limit (start-limit 3) is reached", app(PATROL).config(b -> b.startLimit(3)).fastFailures(2),
                        new AppEvent.LaunchFailed("ENOENT", AppEffect.Level.WARN)),
                row("a fast failure (ran < start-seconds)", app(PATROL).up(CHILD).child(), exit(1)),
                row("it ran ≥ start-seconds: the count resets", app(PATROL).up(CHILD).child().fastFailures(4)
                        .after(Duration.ofSeconds(5)), exit(1)),
                row("restart never (or on-failure after exit 0)", app(PATROL).config(b -> b.restart("never"))
                        .up(CHILD).child().after(Duration.ofSeconds(5)), exit(0)),
                row("run-once consumed: closing disables", app(PATROL).up(CHILD).child()
                        .state(s -> s.withFlags(false, false, true, true)).after(Duration.ofSeconds(5)), exit(0)),
                row("the instance is another process's (a ping or the PID file gave it)", app(HTTP).up(500).child(),
                        exit(0)),
                row("PID file: a forked daemon the file names owns the instance (F4)", app(PID_APP).up(0).child(),
                        new Exited(1, ExitStatus.exited(0), 4242)),
                row("after a restart's SIGUSR2: asked for, not a failure", app(PATROL).up(CHILD).child()
                        .restartSignalled(), exit(0)),
                row("the stop aimed at it: F5, the rest of its group is killed", app(PATROL).up(CHILD).child()
                        .stopping(CHILD, CloseReason.EXECUTE_TIMEOUT), new Exited(1, ExitStatus.killedBy(10), 0)),
                row("during shutdown: not relaunched", app(PATROL).up(CHILD).child().shutdown(), exit(0)),
                row("the exit of an earlier launch", app(PATROL).up(CHILD).child(), new Exited(0, ExitStatus.exited(0), 0)),
                row("removed by a reload: nothing is left", app(PATROL).up(CHILD).child()
                        .stopping(CHILD, CloseReason.REMOVED).retired(), exit(0)),
                row("pinged in time", app(HTTP).up(500), new AppEvent.PingChecked(0)),
                row("lastseen + ping-timeout passed (monotonic), the process lives: stopped first (F6)",
                        app(HTTP).up(500).after(Duration.ofSeconds(31)), new AppEvent.PingChecked(500)),
                row("lastseen + ping-timeout passed, nothing alive", app(HTTP).up(0).after(Duration.ofSeconds(31)),
                        new AppEvent.PingChecked(0)),
                row("the file names the adopted process, unchanged", app(PID_APP).up(500),
                        new PidRead(PidReading.found(500), PidChecks.Verdict.TRACKED, false)),
                row("the file names a live process, at daemon start (F3)", app(PID_APP),
                        new PidRead(PidReading.found(500), PidChecks.Verdict.NEW, false)),
                row("the adopted process is dead", app(PID_APP).up(500).after(Duration.ofSeconds(5)),
                        new PidRead(PidReading.found(500), PidChecks.Verdict.DEAD, false)),
                row("its PID was reused by another process", app(PID_APP).up(500).after(Duration.ofSeconds(5)),
                        new PidRead(PidReading.found(500), PidChecks.Verdict.REUSED, false)),
                row("pid-verify refuses the process", app(PID_APP).config(b -> b.pidVerify(true)).up(500)
                        .after(Duration.ofSeconds(5)), new PidRead(PidReading.found(500), PidChecks.Verdict.FOREIGN, false)),
                row("the file is missing, the process it named is gone", app(PID_APP).up(500).after(Duration.ofSeconds(5)),
                        new PidRead(PidReading.missing("no such file"), null, false)),
                row("missing while our launcher lives: it may still write it (§12.8)", app(PID_APP).up(0).child(),
                        new PidRead(PidReading.missing("no such file"), null, false)),
                row("a PID nothing proves is the app's while our launcher lives (A8)", app(PID_APP).up(0).child(),
                        new PidRead(PidReading.found(666), PidChecks.Verdict.NEW, true)),
                row("still invalid two ticks after the launch: pid-file-invalid", app(PID_APP).up(0).child()
                        .after(Duration.ofSeconds(30)), new PidRead(PidReading.invalid("not a PID"), null, false)),
                row("a ping without a PID to a stopped app (F6)", app(HTTP), new Pinged(0, false)),
                row("a ping with a PID", app(HTTP), new Pinged(500, false)),
                row("the first PID for the open instance", app(HTTP).up(0).child(), new Pinged(CHILD, false)),
                row("another PID than the instance's", app(HTTP).up(500), new Pinged(600, false)),
                row("the known PID, with another start time (F3)", app(HTTP).up(500), new Pinged(500, true)),
                row("a PID refused (pid-verify, A8) or none: the ping still counts", app(HTTP).up(500),
                        new Pinged(0, false)),
                row("the execute-timeout timer (F2): relaunched after the exit", app(PATROL).up(CHILD).child(),
                        new AppEvent.ExecuteTimeout()),
                row("the launched child: its group gets the sequence (F5)", app(PATROL).up(CHILD).child(),
                        new StopProbed(CHILD, CloseReason.NONE, true, 7, null)),
                row("a process nothing proves is the app's (A8): never signalled, never adopted again",
                        app(HTTP).up(500), new StopProbed(500, CloseReason.NONE, false, 9, "nothing proves it")),
                row("a stop already runs", app(PATROL).up(CHILD).child().stopping(CHILD, CloseReason.NONE),
                        new StopProbed(CHILD, CloseReason.RELOAD, true, 7, null)),
                row("TERM timer, the launched child", app(PATROL).up(CHILD).child().stopping(CHILD, CloseReason.NONE),
                        new StopTimer(TimerKind.TERM, false)),
                row("KILL timer, a process Patrol did not launch", app(HTTP).stopping(500, CloseReason.PING_EXPIRED),
                        new StopTimer(TimerKind.KILL, false)),
                row("that process is probed dead, or its PID reused: no further signal", app(HTTP).up(500)
                        .stopping(500, CloseReason.NONE), new StopTimer(TimerKind.TERM, true)),
                row("CHECK timer, still alive", app(HTTP).stopping(500, CloseReason.PING_EXPIRED),
                        new StopTimer(TimerKind.CHECK, false)),
                row("a reload changed it, a launched child runs: restarts with the new config", app(PATROL).up(CHILD)
                        .child(), new AppEvent.Reconfigure(Fixtures.app(PATROL).binary("run2").build())),
                row("a reload changed it, nothing launched: evaluated now", app(PATROL).backoff(),
                        new AppEvent.Reconfigure(Fixtures.app(PATROL).binary("run2").build())),
                row("a reload removed it, a launched child runs", app(PATROL).up(CHILD).child(), new AppEvent.Retire()),
                row("a reload removed it", app(PATROL).state(s -> s.withDisabled(true)), new AppEvent.Retire()),
                row("shutdown, a launched child", app(PATROL).up(CHILD).child(), new AppEvent.Shutdown(false)),
                row("shutdown, an adopted process still provably the app's: SIGUSR1 only", app(HTTP).up(500),
                        new AppEvent.Shutdown(true)));
    }
}
