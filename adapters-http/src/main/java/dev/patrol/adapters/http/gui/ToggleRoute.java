package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiError;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.api.Toggle;
import dev.patrol.ports.inbound.PatrolApi;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * POST `/`: a toggle button of the GUI (spec §8.1 with F16). The CSRF token must match;
 * the toggle is applied through the API without a CAS check, with the form's secret, IDs
 * case-insensitive. Success is a 303 back to the page the form came from; a refusal shows
 * that page with the reason in a red box and a matching status code.
 */
final class ToggleRoute {
    /** Submit-button names in the original's priority order, then toggles 6 and 7. */
    static final Map<String, Integer> BUTTONS = new LinkedHashMap<>();

    static {
        BUTTONS.put("disable", Toggle.DISABLE);
        BUTTONS.put("enable", Toggle.ENABLE);
        BUTTONS.put("restart", Toggle.RESTART);
        BUTTONS.put("runonce-enable", Toggle.RUNONCE_ENABLE);
        BUTTONS.put("runonce-disable", Toggle.RUNONCE_DISABLE);
        BUTTONS.put("enable-runonce-enable", Toggle.ENABLE_RUNONCE_ENABLE);
        BUTTONS.put("enable-runonce-disable", Toggle.ENABLE_RUNONCE_DISABLE);
    }

    static final String CSRF_REFUSED = "CSRF token missing or invalid: reload the page and try again";

    private final PatrolApi api;
    private final CsrfTokens csrf;
    private final PageRoutes pages;

    ToggleRoute(PatrolApi api, CsrfTokens csrf, PageRoutes pages) {
        this.api = api;
        this.csrf = csrf;
        this.pages = pages;
    }

    void handle(Context ctx) throws Exception {
        Form form = Form.of(ctx);
        String back = form.get("back");
        if (form.bad()) {
            pages.refused(ctx, 400, "Bad POST", back);
            return;
        }
        if (!csrf.matches(ctx, form.body(CsrfTokens.FIELD))) {
            pages.refused(ctx, 403, CSRF_REFUSED, back);
            return;
        }
        int toggle = toggle(form);
        if (toggle == Toggle.NONE) {
            pages.refused(ctx, 400, ApiError.TOGGLE_INVALID.text(), back);
            return;
        }
        ApiRequest request = ApiRequest.builder().id(form.body("id")).group(form.body("group"))
                .toggle(toggle).secret(form.body("secret")).build();
        ApiResponse r = Guarded.await(api.api(request, Endpoint.NONE, ctx.req().getRemoteAddr()));
        if (r.hasErrors() || r.casInvalid()) {
            // No CAS is sent, so cas-invalid can only mean "protected and no secret given" (spec §6.2).
            Optional<ApiError> failed = r.hasErrors() ? r.apiError() : Optional.of(ApiError.SECRET_INVALID);
            pages.refused(ctx, status(failed), r.hasErrors() ? r.errors().get(0) : ApiError.SECRET_INVALID.text(), back);
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.status(303).header("Location", PageRoutes.safeBack(back));
    }

    /** The first pressed button in priority order; 0 when none. */
    static int toggle(Form form) {
        for (Map.Entry<String, Integer> e : BUTTONS.entrySet()) {
            if (!form.body(e.getKey()).isEmpty()) {
                return e.getValue();
            }
        }
        return Toggle.NONE;
    }

    /** Not found is 404, a wrong secret 403, too many of them 429; other refusals are the client's fault (400). */
    static int status(Optional<ApiError> error) {
        return error.map(e -> switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case THROTTLED -> 429;
            case INVALID -> 400;
        }).orElse(400);
    }
}
