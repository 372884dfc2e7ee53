package dev.patrol.domain.engine;

import dev.patrol.domain.state.ObjectState;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds API answers from state, leaving out what each endpoint must not show (spec §6.4). */
final class Responses {
    private Responses() {
    }

    static ApiResponse of(Context ctx, Unit u, Endpoint ep, boolean askedForHistory) {
        ObjectState s = u.state();
        boolean status = ep == Endpoint.STATUS;
        boolean history = switch (ep) {
            case NONE, STATUS -> true;
            case HTTP -> askedForHistory;
            case UDP, SNAPSHOT -> false;
        };
        boolean keyValue = ep != Endpoint.UDP;
        Instant lastSeen = s.lastSeen();
        // A running PID_PATROL app is watched directly, so it is "seen" now (spec §5.2).
        if (lastSeen == null && s.running() && u instanceof AppUnit a && a.pidPatrol()) {
            lastSeen = ctx.now();
        }
        return new ApiResponse(
                status ? null : u.id,
                s.instanceId(),
                status ? null : u.group().wire(),
                u.name(),
                s.pid(),
                s.started(),
                lastSeen,
                s.disabled(),
                s.restart(),
                s.runOnce(),
                !status && ctx.shutdown,
                history ? s.history() : List.of(),
                keyValue ? s.keyValue() : Map.of(),
                !u.secret().isEmpty(),
                List.of(),
                u.tracked.cas(),
                false,
                ep != Endpoint.UDP && u instanceof AppUnit a ? a.launchError : null); // UDP answers stay as they were
    }

    static ApiResponse readOnly(Context ctx, Unit u, Endpoint ep, boolean askedForHistory) {
        return withCasInvalid(of(ctx, u, ep, askedForHistory), true);
    }

    static ApiResponse withCasInvalid(ApiResponse r, boolean casInvalid) {
        return new ApiResponse(r.id(), r.instanceId(), r.group(), r.name(), r.pid(), r.started(),
                r.lastSeen(), r.disabled(), r.restart(), r.runOnce(), r.shutdown(), r.history(),
                r.keyValue(), r.secret(), r.errors(), r.cas(), casInvalid, r.launchError());
    }

    static ApiStatus status(Context ctx, Map<String, AppUnit> apps, Map<String, ServiceUnit> services) {
        Map<String, ApiResponse> a = new TreeMap<>();
        apps.forEach((id, u) -> a.put(id, of(ctx, u, Endpoint.STATUS, true)));
        Map<String, ApiResponse> s = new TreeMap<>();
        services.forEach((id, u) -> s.put(id, of(ctx, u, Endpoint.STATUS, true)));
        return new ApiStatus(ctx.instanceId, a, s, ctx.loopStarted, ctx.shutdown);
    }
}
