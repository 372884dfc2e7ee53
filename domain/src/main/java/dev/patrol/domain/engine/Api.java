package dev.patrol.domain.engine;

import dev.patrol.domain.state.KeyValues;
import dev.patrol.domain.state.Toggles;
import dev.patrol.ports.api.ApiError;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import java.util.Locale;
import java.util.Map;

/** The API pipeline (spec §6.2–6.3 with product.md F11–F13), in the original's exact order. */
final class Api {
    private final Context ctx;
    private final Map<String, AppUnit> apps;
    private final Map<String, ServiceUnit> services;
    private final AppSupervision appSupervision;
    private final ServiceSupervision serviceSupervision;
    private final SecretThrottle throttle;

    Api(Context ctx, Map<String, AppUnit> apps, Map<String, ServiceUnit> services,
        AppSupervision appSupervision, ServiceSupervision serviceSupervision, SecretThrottle throttle) {
        this.ctx = ctx;
        this.apps = apps;
        this.services = services;
        this.appSupervision = appSupervision;
        this.serviceSupervision = serviceSupervision;
        this.throttle = throttle;
    }

    /** `source` is the client's address, or "" for an in-process caller (never throttled). */
    ApiResponse handle(ApiRequest r, Endpoint ep, String source) {
        if (r == null) {
            return ApiResponse.error(ApiError.REQUEST_NIL);
        }
        // Checked before lowercasing, case-sensitively, as the original does (spec §6.2 step 2).
        if (r.ping() && (r.group().equals("service") || r.group().equals("services"))) {
            return ApiResponse.error(ApiError.SERVICES_NO_PING);
        }
        if (!Toggles.isValid(r.toggle())) {
            return ApiResponse.error(ApiError.TOGGLE_INVALID);
        }
        String id = r.id().toLowerCase(Locale.ROOT);
        return switch (r.group().toLowerCase(Locale.ROOT)) {
            case "app", "apps" -> app(apps.get(id), r, ep, source);
            case "service", "services" -> service(services.get(id), r, ep, source);
            default -> ApiResponse.error(ApiError.UNKNOWN_GROUP);
        };
    }

    private ApiResponse app(AppUnit u, ApiRequest r, Endpoint ep, String source) {
        if (u == null) {
            return ApiResponse.error(ApiError.UNKNOWN_APP);
        }
        ApiResponse denied = secretCheck(u, r, ep, source);
        if (denied != null) {
            return denied;
        }
        int keepAlive = u.cfg.keepAlive();
        if (r.ping()) {
            if (!u.cfg.isPingable()) {
                return ApiResponse.error(ApiError.PING_NOT_SUPPORTED);
            }
            if ((ep == Endpoint.HTTP && keepAlive != AppConfig.KEEPALIVE_HTTP)
                    || (ep == Endpoint.UDP && keepAlive != AppConfig.KEEPALIVE_UDP)) {
                return ApiResponse.error(ApiError.INVALID_PING_ENDPOINT);
            }
        }
        if (r.pid() > 0) {
            if (!u.cfg.isPingable()) {
                return ApiResponse.error(ApiError.PID_NOT_SUPPORTED);
            }
            if (!r.ping()) {
                return ApiResponse.error(ApiError.PID_REQUIRES_PING);
            }
        }
        ApiResponse pre = Responses.of(ctx, u, ep, r.history());
        boolean casValid = applyChanges(u, r);
        // Ping and PID are applied whatever the CAS says (spec §5.5).
        if (r.ping()) {
            appSupervision.ping(u, r.pid());
        }
        if (casValid && r.toggle() > 0) {
            appSupervision.react(u);
        }
        return Responses.withCasInvalid(pre, !casValid);
    }

    private ApiResponse service(ServiceUnit u, ApiRequest r, Endpoint ep, String source) {
        if (u == null) {
            return ApiResponse.error(ApiError.UNKNOWN_SERVICE);
        }
        ApiResponse denied = secretCheck(u, r, ep, source);
        if (denied != null) {
            return denied;
        }
        ApiResponse pre = Responses.of(ctx, u, ep, r.history());
        boolean casValid = applyChanges(u, r);
        if (casValid && r.toggle() > 0) {
            serviceSupervision.react(u);
        }
        return Responses.withCasInvalid(pre, !casValid);
    }

    /**
     * A protected object: no secret → read-only answer; a wrong one → error, and too many
     * wrong ones from this source → the throttled error without comparing (issue 12); else null.
     */
    private ApiResponse secretCheck(Unit u, ApiRequest r, Endpoint ep, String source) {
        if (u.secret().isEmpty()) {
            return null;
        }
        if (r.secret().isEmpty()) {
            return Responses.readOnly(ctx, u, ep, r.history());
        }
        return switch (throttle.check(u.secret(), r.secret(), source, ctx.nanos())) {
            case MATCH -> null;
            case WRONG -> ApiResponse.error(ApiError.SECRET_INVALID);
            case THROTTLED -> ApiResponse.error(ApiError.SECRET_THROTTLED);
        };
    }

    /** Key/value then toggle, only with a matching (or absent) CAS; returns cas_valid. */
    private boolean applyChanges(Unit u, ApiRequest r) {
        if (r.cas() != 0 && r.cas() != u.tracked.cas()) {
            return false;
        }
        if (r.keyValueReplace()) {
            u.tracked.force(s -> s.withKeyValue(r.keyValue()));
        } else if (!r.keyValue().isEmpty()) {
            u.tracked.force(s -> s.withKeyValue(KeyValues.merge(s.keyValue(), r.keyValue())));
        }
        if (r.toggle() > 0) {
            u.tracked.update(s -> Toggles.apply(s, (int) r.toggle()));
        }
        return true;
    }
}
