package dev.patrol.domain.engine;

import dev.patrol.ports.config.Config;
import java.util.List;
import java.util.Map;

/**
 * A reload diffed per object (F18): unchanged objects keep running, changed apps restart with
 * the new config, removed ones are stopped, new ones start. Kept objects keep their state.
 */
final class Reload {
    private final Context ctx;
    private final Map<String, AppUnit> apps;
    private final Map<String, ServiceUnit> services;
    private final Units units;
    private final AppSupervision appSupervision;
    private final ServiceSupervision serviceSupervision;

    Reload(Context ctx, Map<String, AppUnit> apps, Map<String, ServiceUnit> services, Units units,
            AppSupervision appSupervision, ServiceSupervision serviceSupervision) {
        this.ctx = ctx;
        this.apps = apps;
        this.services = services;
        this.units = units;
        this.appSupervision = appSupervision;
        this.serviceSupervision = serviceSupervision;
    }

    ReloadReport apply(Config next) {
        ctx.config = next;
        ReloadReport.Builder report = new ReloadReport.Builder();
        for (String id : List.copyOf(apps.keySet())) {
            if (!next.apps().containsKey(id)) {
                appSupervision.retire(apps.remove(id));
                report.removed("app " + id);
            }
        }
        next.apps().forEach((id, cfg) -> {
            AppUnit u = apps.get(id);
            if (u == null) {
                u = units.app(id, cfg);
                apps.put(id, u);
                report.added("app " + id);
                appSupervision.react(u);
            } else if (!u.cfg.equals(cfg)) {
                report.changed("app " + id);
                appSupervision.reconfigure(u, cfg);
            }
        });
        services.keySet().removeIf(id -> {
            boolean gone = !next.services().containsKey(id);
            if (gone) {
                report.removed("service " + id);
            }
            return gone;
        });
        next.services().forEach((id, cfg) -> {
            ServiceUnit u = services.get(id);
            if (u == null) {
                u = units.service(id, cfg);
                services.put(id, u);
                report.added("service " + id);
                serviceSupervision.react(u);
            } else if (!u.cfg.equals(cfg)) {
                report.changed("service " + id);
                u.cfg = cfg;
                serviceSupervision.react(u);
            }
        });
        return report.build();
    }
}
