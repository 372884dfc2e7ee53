package dev.patrol.domain.engine;

import java.util.List;

/** A transition's outcome: the phase its effects lead to (before any re-evaluation) and the effects, in order. */
record Transition(AppPhase next, List<AppEffect> effects) {
    Transition {
        effects = List.copyOf(effects);
    }

    /** Nothing to do: the app stays where it is. */
    static Transition stay(AppView v) {
        return new Transition(v.phase(), List.of());
    }
}
