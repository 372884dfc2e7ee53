package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.config.ServiceConfig;

/** What a decision about one service needs: its phase, state, config, the command's sequence number, the loop. */
record ServiceView(ServicePhase phase, String label, ObjectState state, ServiceConfig cfg, int opSeq,
                   boolean loopRunning) {
    static ServiceView of(ServiceUnit u, Context ctx) {
        return new ServiceView(ServicePhase.of(u.state(), u.inFlight), u.label(), u.state(), u.cfg, u.opSeq,
                ctx.running());
    }
}
