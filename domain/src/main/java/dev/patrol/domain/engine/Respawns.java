package dev.patrol.domain.engine;

import dev.patrol.domain.config.EffectiveAppPolicy;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.process.ExitStatus;
import java.util.function.Consumer;

/**
 * Carries out the restart policy (product.md A1) after an app's process ended on its own or
 * its launch failed: respawn now or after the backoff, hold the app down, or give up.
 */
final class Respawns {
    private final Context ctx;
    private final Consumer<AppUnit> evaluate;

    Respawns(Context ctx, Consumer<AppUnit> evaluate) {
        this.ctx = ctx;
        this.evaluate = evaluate;
    }

    /**
     * The restart policy's decision, carried out but for the launch itself: true when the app
     * should be launched now. `close`: the instance is still open and ends with this decision.
     */
    boolean apply(AppUnit u, ExitStatus status, long ran, String what, boolean close) {
        return apply(u, status, ran, what, close, ctx.ports.log()::info);
    }

    /** The same, with `what`'s line written by `line` (a failed launch: WARN once, then DEBUG). */
    boolean apply(AppUnit u, ExitStatus status, long ran, String what, boolean close, Consumer<String> line) {
        EffectiveAppPolicy policy = EffectiveAppPolicy.of(u.cfg);
        RestartDecision d = RestartDecision.decide(policy, status, ran, u.fastFailures);
        u.fastFailures = d.fastFailures();
        String reason = d.kind() == RestartDecision.Kind.GIVE_UP ? "start-limit" : "";
        HistoryRecord closed = null;
        if (close) {
            closed = ctx.close(u, reason);
        } else if (!reason.isEmpty()) {
            ctx.note(u, reason);
        }
        if (d.kind() == RestartDecision.Kind.RESPAWN && u.state().disabled()) {
            // Closing an instance with run-once consumed disables the app (spec §3.8).
            boolean runOnce = closed != null && closed.runOnce();
            line.accept(what + ", not restarting (" + (runOnce ? "run-once" : "disabled") + ")");
            return false;
        }
        switch (d.kind()) {
            case HOLD -> {
                line.accept(what + ", not restarting (restart=" + policy.restart().key() + ")");
                u.tracked.update(s -> s.withDisabled(true));
            }
            case GIVE_UP -> {
                ctx.ports.log().warn("gave up: " + u.label() + " disabled after " + d.fastFailures()
                        + " fast failures");
                u.tracked.update(s -> s.withDisabled(true));
            }
            case RESPAWN -> {
                line.accept(what + ", restarting in " + d.delayMs() + "ms");
                if (d.delayMs() == 0) {
                    return true;
                }
                ctx.timers.arm(u.timer("respawn"), ctx.nanos() + d.delayMs() * 1_000_000, () -> evaluate.accept(u));
            }
        }
        return false;
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1fs", nanos / 1e9);
    }
}
