package dev.patrol.domain.engine;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.config.ObjectConfig;
import java.util.function.Consumer;
import dev.patrol.ports.service.ServiceOperation;

/** A service plus the one command that may be running for it. */
final class ServiceUnit extends Unit {
    ServiceConfig cfg;
    ServiceOperation inFlight;
    int opSeq;

    ServiceUnit(String id, long serial, ServiceConfig cfg, long casSeed, Consumer<Unit> onDirty) {
        super(id, serial, cfg.disabled(), casSeed, onDirty);
        this.cfg = cfg;
    }

    @Override
    Group group() {
        return Group.SERVICE;
    }

    @Override
    ObjectConfig config() {
        return cfg;
    }
}
