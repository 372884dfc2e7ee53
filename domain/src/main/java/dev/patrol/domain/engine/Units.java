package dev.patrol.domain.engine;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.ServiceConfig;

/** Makes the units: serials that tell a unit from an earlier one of the same id, CAS seeds, session tracking. */
final class Units {
    private final Context ctx;
    private final Sessions sessions;
    private long serials;

    Units(Context ctx, Sessions sessions) {
        this.ctx = ctx;
        this.sessions = sessions;
    }

    AppUnit app(String id, AppConfig cfg) {
        return created(new AppUnit(id, ++serials, cfg, ctx.ports.ids().casSeed(), sessions::changed));
    }

    ServiceUnit service(String id, ServiceConfig cfg) {
        return created(new ServiceUnit(id, ++serials, cfg, ctx.ports.ids().casSeed(), sessions::changed));
    }

    /** The config's key/value replaces the empty store: always +1 on the CAS (spec §3.1). */
    private static <U extends Unit> U created(U u) {
        u.tracked.force(s -> s.withKeyValue(u.config().keyValue()));
        return u;
    }
}
