package dev.patrol.domain.engine;

import dev.patrol.domain.config.EffectiveAppPolicy;
import dev.patrol.domain.engine.AppEffect.ArmTimer;
import dev.patrol.domain.engine.AppEffect.Close;
import dev.patrol.domain.engine.AppEffect.Log;
import dev.patrol.domain.engine.AppEffect.Note;
import dev.patrol.domain.engine.AppEffect.Reevaluate;
import dev.patrol.domain.engine.AppEffect.SetDisabled;
import dev.patrol.domain.engine.AppEffect.SetFastFailures;
import dev.patrol.ports.process.ExitStatus;
import java.util.List;
import java.util.Locale;

/**
 * The restart policy's decision (product.md A1, {@link RestartDecision}) as effects, after an
 * app's process ended on its own or its launch failed: respawn now or after the backoff, hold
 * the app down, or give up. Pure.
 */
final class RestartPolicy {
    private RestartPolicy() {
    }

    /**
     * Adds the effects to `fx` and returns the phase they lead to.
     *
     * @param status how it ended; null when the launch failed
     * @param close the instance is still open and ends with this decision
     * @param launchNow a respawn without delay re-evaluates now (false when an evaluation follows anyway)
     * @param level of the line that says `what` and the decision (a failed launch: WARN once, then DEBUG)
     */
    static AppPhase apply(AppView v, ExitStatus status, long ran, String what, boolean close, boolean launchNow,
            AppEffect.Level level, List<AppEffect> fx) {
        EffectiveAppPolicy policy = v.policy();
        RestartDecision d = RestartDecision.decide(policy, status, ran, v.fastFailures());
        fx.add(new SetFastFailures(d.fastFailures()));
        boolean giveUp = d.kind() == RestartDecision.Kind.GIVE_UP;
        CloseReason reason = giveUp ? CloseReason.START_LIMIT : CloseReason.NONE;
        if (close) {
            fx.add(new Close(reason));
        } else if (giveUp) {
            fx.add(new Note(reason));
        }
        // Closing an instance with run-once consumed disables the app (spec §3.8).
        boolean runOnce = close && v.running() && v.state().runOnceConsumed();
        if (d.kind() == RestartDecision.Kind.RESPAWN && (v.disabled() || runOnce)) {
            fx.add(new Log(level, what + ", not restarting (" + (runOnce ? "run-once" : "disabled") + ")"));
            return AppPhase.HELD; // -> HELD: disabled, or a consumed run-once
        }
        switch (d.kind()) {
            case HOLD -> {
                fx.add(new Log(level, what + ", not restarting (restart=" + policy.restart().key() + ")"));
                fx.add(new SetDisabled(true));
                return AppPhase.HELD; // -> HELD: the restart mode says stay down
            }
            case GIVE_UP -> {
                fx.add(new Log(true, "gave up: " + v.label() + " disabled after " + d.fastFailures() + " fast failures"));
                fx.add(new SetDisabled(true));
                return AppPhase.HELD; // -> HELD: the start limit
            }
            case RESPAWN -> {
                fx.add(new Log(level, what + ", restarting in " + d.delayMs() + "ms"));
                if (d.delayMs() == 0) {
                    if (launchNow) {
                        fx.add(new Reevaluate());
                    }
                    return AppPhase.DOWN; // -> DOWN: the first fast failure respawns at once
                }
                fx.add(new ArmTimer(TimerKind.RESPAWN, v.loop().now() + d.delayMs() * 1_000_000));
                return AppPhase.BACKOFF; // -> BACKOFF: 100 ms × 2^n up to backoff-max-ms
            }
        }
        throw new IllegalStateException(d.kind().toString());
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
    }
}
