package dev.patrol.domain.engine;

import java.util.List;

/** A service transition's outcome: the phase its effects lead to and the effects, in order. */
record ServiceTransition(ServicePhase next, List<ServiceEffect> effects) {
    ServiceTransition {
        effects = List.copyOf(effects);
    }
}
