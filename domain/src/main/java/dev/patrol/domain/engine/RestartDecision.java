package dev.patrol.domain.engine;

import dev.patrol.domain.config.EffectiveAppPolicy;
import dev.patrol.domain.config.RestartMode;
import dev.patrol.ports.process.ExitStatus;

/**
 * What to do after an app's process ended on its own (product.md A1), a pure function:
 * respawn after a delay, hold (stay down, as the restart mode asks), or give up (start
 * limit reached). The first fast failure respawns at once; consecutive ones back off
 * exponentially from 100 ms up to `backoff-max-ms`; a run of at least `start-seconds`
 * resets the count.
 */
record RestartDecision(Kind kind, long delayMs, int fastFailures) {
    /** The three outcomes. */
    enum Kind { RESPAWN, HOLD, GIVE_UP }

    static final long BACKOFF_BASE_MS = 100;

    /** How a process Patrol did not launch ended is unknown: it counts as a failure. */
    static final ExitStatus UNKNOWN_EXIT = ExitStatus.exited(255);

    /**
     * @param status how it ended; null when the launch itself failed (always a fast failure)
     * @param ranNanos how long it ran
     * @param fastFailuresBefore consecutive fast failures before this one
     */
    static RestartDecision decide(EffectiveAppPolicy p, ExitStatus status, long ranNanos, int fastFailuresBefore) {
        boolean clean = status != null && !status.bySignal() && status.code() == 0;
        boolean fast = status == null || ranNanos < (long) (p.startSeconds() * 1e9);
        int failures = fast ? fastFailuresBefore + 1 : 0;
        if (status != null && (p.restart() == RestartMode.NEVER || (p.restart() == RestartMode.ON_FAILURE && clean))) {
            return new RestartDecision(Kind.HOLD, 0, failures);
        }
        if (p.startLimit() > 0 && failures >= p.startLimit()) {
            return new RestartDecision(Kind.GIVE_UP, 0, failures);
        }
        return new RestartDecision(Kind.RESPAWN, Math.max(p.restartDelayMs(), backoff(p, failures)), failures);
    }

    private static long backoff(EffectiveAppPolicy p, int failures) {
        if (failures <= 1) {
            return 0;
        }
        int shift = Math.min(failures - 2, 30);
        return Math.min(p.backoffMaxMs(), BACKOFF_BASE_MS << shift);
    }
}
