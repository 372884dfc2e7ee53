package dev.patrol.domain.engine;

import dev.patrol.ports.service.ServiceOperation;
import dev.patrol.ports.service.ServiceOutcome;

/** What can happen to a service, as values. */
sealed interface ServiceEvent {
    /** The events, for the exhaustive switch of {@link ServiceTransitions#on}. */
    enum Kind { CHECK, FINISHED }

    Kind kind();

    /** A tick, an API toggle or a reload: ask for the status, unless a command runs. */
    record Check() implements ServiceEvent {
        public Kind kind() {
            return Kind.CHECK;
        }
    }

    /** Command `seq` ended with `outcome`; `current`: the service is still configured (not replaced by a reload). */
    record Finished(int seq, ServiceOperation op, ServiceOutcome outcome, boolean current) implements ServiceEvent {
        public Kind kind() {
            return Kind.FINISHED;
        }
    }
}
