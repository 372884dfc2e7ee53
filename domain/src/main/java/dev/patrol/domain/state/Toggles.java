package dev.patrol.domain.state;

import dev.patrol.ports.api.Toggle;

/** The effect of each toggle number on the flags (spec §2.3); other numbers do nothing. */
public final class Toggles {
    private Toggles() {
    }

    public static boolean isValid(long toggle) {
        return toggle >= 0 && toggle <= Toggle.MAX;
    }

    public static ObjectState apply(ObjectState s, int toggle) {
        boolean running = s.running();
        return switch (toggle) {
            case Toggle.ENABLE -> s.withDisabled(false);
            case Toggle.DISABLE -> s.withFlags(true, false, false, false);
            case Toggle.RESTART -> s.withFlags(false, true, false, false);
            case Toggle.RUNONCE_ENABLE -> s.withFlags(s.disabled(), s.restart(), true, s.runOnceConsumed() || running);
            case Toggle.RUNONCE_DISABLE -> s.withFlags(s.disabled(), s.restart(), false, false);
            case Toggle.ENABLE_RUNONCE_ENABLE -> s.withFlags(false, s.restart(), true, s.runOnceConsumed() || running);
            case Toggle.ENABLE_RUNONCE_DISABLE -> s.withFlags(false, s.restart(), false, false);
            default -> s;
        };
    }
}
