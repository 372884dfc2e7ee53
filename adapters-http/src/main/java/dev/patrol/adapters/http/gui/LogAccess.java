package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiError;
import dev.patrol.ports.inbound.AppLogs;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.inbound.LogsAnswer;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The checks in front of every log view (spec §8.2, with F11 and F16): group `app`, a known
 * app, and for a protected app its secret — from a POST body, the `X-Patrol-Secret` header or
 * a read ticket, never from the query string. Status codes are 400 for a bad request, 403 for
 * a wrong secret or CSRF token, 404 for an unknown app (the original answered 405 for all).
 */
final class LogAccess {
    /** Header a script may use to send the secret (F11). */
    static final String SECRET_HEADER = "X-Patrol-Secret";
    static final String SECRET_IN_URL = "The secret must not be sent in the URL: POST it, or send the X-Patrol-Secret header";

    /** Access granted: the app's logs, and the secret and ticket that got it. */
    record Granted(String appId, String secret, String ticket, AppLogs logs) {
    }

    /** Either a grant, or the status and message to refuse with. */
    record Result(Granted granted, int status, String message) {
        static Result refused(int status, String message) {
            return new Result(null, status, message);
        }
    }

    private final AppLogsQuery query;
    private final LogTickets tickets;
    private final CsrfTokens csrf;

    LogAccess(AppLogsQuery query, LogTickets tickets, CsrfTokens csrf) {
        this.query = query;
        this.tickets = tickets;
        this.csrf = csrf;
    }

    /** Checks a request for app `id`'s logs; `group` is checked unless the route implies it. */
    Result check(Context ctx, Form form, String id, boolean checkGroup) throws Exception {
        if (form.bad()) {
            return Result.refused(400, "Bad Request");
        }
        if ("POST".equals(ctx.method().name()) && !csrf.matches(ctx, form.body(CsrfTokens.FIELD))) {
            return Result.refused(403, ToggleRoute.CSRF_REFUSED);
        }
        if (form.inQuery("secret")) {
            return Result.refused(400, SECRET_IN_URL);
        }
        String group = form.get("group").toLowerCase(Locale.ROOT);
        if (checkGroup && !group.equals("app") && !group.equals("apps")) {
            return Result.refused(400, "Unknown Group");
        }
        String ticket = null;
        String secret = form.body("secret");
        if (secret.isEmpty()) {
            String header = ctx.header(SECRET_HEADER);
            secret = header == null ? "" : header;
        }
        if (secret.isEmpty() && !form.get(LogTickets.PARAM).isEmpty()) {
            ticket = form.get(LogTickets.PARAM);
            secret = tickets.secretFor(ticket, id).orElse("");
        }
        LogsAnswer answer = Guarded.await(query.appLogs(id, secret, ctx.req().getRemoteAddr()));
        return switch (answer.status()) {
            case UNKNOWN_APP -> Result.refused(404, ApiError.UNKNOWN_APP.text());
            case SECRET_THROTTLED -> Result.refused(429, ApiError.SECRET_THROTTLED.text());
            case SECRET_INVALID -> Result.refused(403, ticket != null ? "Ticket expired: open the logs again" : ApiError.SECRET_INVALID.text());
            case OK -> new Result(new Granted(id.toLowerCase(Locale.ROOT), secret, ticket, answer.logs()), 200, "");
        };
    }

    /** The ticket links from this grant should carry: the one used, a new one for a secret, or null. */
    String ticketFor(Granted g) {
        if (g.ticket() != null) {
            return g.ticket();
        }
        return g.secret().isEmpty() ? null : tickets.issue(g.appId(), g.secret());
    }

    /** The secret a ticket holds for `appId` ("" if none): follow streams re-check with it. */
    String secretOf(String ticket, String appId) {
        return tickets.secretFor(ticket, appId).orElse("");
    }
}
