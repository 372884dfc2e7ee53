package dev.patrol.cli;

import dev.patrol.ports.api.Toggle;
import java.time.Duration;
import java.util.Objects;

/**
 * What each toggle command sends (spec §2.3) and how its effect shows in `/api/`. `run-once`
 * sends 6 (enable + run-once), not 4: on a disabled app, 4 alone sets a flag and runs nothing.
 */
enum Change {
    ENABLE("enable", Toggle.ENABLE),
    DISABLE("disable", Toggle.DISABLE),
    RESTART("restart", Toggle.RESTART),
    RUN_ONCE("run-once", Toggle.ENABLE_RUNONCE_ENABLE);

    private final String command;
    private final int toggle;

    Change(String command, int toggle) {
        this.command = command;
        this.toggle = toggle;
    }

    String command() {
        return command;
    }

    int toggle() {
        return toggle;
    }

    /** The line to print once `now` shows the change, or null while it does not yet. */
    String done(Target t, Snapshot before, Snapshot now) {
        return switch (this) {
            case ENABLE -> !now.disabled() && now.running()
                    ? t + " enabled (" + (before.running() && !before.disabled() ? "already running" : "running") + pid(t, now) + ")"
                    : null;
            case DISABLE -> now.disabled() && !now.running()
                    ? t + " disabled (" + (before.running() ? stopped(t, before) : "was not running") + ")"
                    : null;
            case RESTART -> now.running() && !now.disabled() && newInstance(before, now)
                    ? t + " restarted (" + (before.running() ? transition(t, before, now) : "was not running" + pid(t, now)) + ")"
                    : null;
            case RUN_ONCE -> ranOnce(t, before, now);
        };
    }

    /** Why it is late, for the exit-1 line. */
    String late(Target t, Snapshot now, Duration waited) {
        String state = now.running() ? "running" + pid(t, now) : now.disabled() ? "disabled" : "not running";
        return t + ": " + command + " not visible after " + waited.getSeconds() + "s (now " + state + ")";
    }

    private static String ranOnce(Target t, Snapshot before, Snapshot now) {
        if (now.running() && now.runOnce()) {
            return t + " running once" + pidIn(t, now) + "; disabled when it exits";
        }
        Snapshot.Past last = now.last();
        Snapshot.Past earlier = before.last();
        boolean newRecord = last != null && (earlier == null || !Objects.equals(last.instanceId(), earlier.instanceId()));
        if (newRecord && last.runOnce() && !now.running()) {
            return t + " ran once" + (t.isApp() ? " (pid " + last.pid() + ", exit " + last.exit(true) + ")" : "") + "; now disabled";
        }
        return null;
    }

    private static boolean newInstance(Snapshot before, Snapshot now) {
        return !before.running() || !Objects.equals(before.instanceId(), now.instanceId())
                || (before.pid() != 0 && before.pid() != now.pid());
    }

    private static String pid(Target t, Snapshot s) {
        return t.isApp() && s.pid() > 0 ? ", pid " + s.pid() : "";
    }

    private static String pidIn(Target t, Snapshot s) {
        return t.isApp() && s.pid() > 0 ? " (pid " + s.pid() + ")" : "";
    }

    private static String stopped(Target t, Snapshot before) {
        return t.isApp() && before.pid() > 0 ? "pid " + before.pid() + " stopped" : "stopped";
    }

    private static String transition(Target t, Snapshot before, Snapshot now) {
        return t.isApp() ? "pid " + before.pid() + " -> " + now.pid() : "new instance";
    }
}
