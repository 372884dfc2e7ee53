package dev.patrol.adapters.http;

import dev.patrol.gocompat.GoPaths;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The redirects of Go's ServeMux, done in front of Javalin (spec §6.9): an unclean path
 * (`//api/`, `/api/../status/`, `/x/%2e%2e/api/`) gets a 301 to its clean form, and a
 * registered subtree asked for without its slash (`/api`) gets a 301 to `/api/`. Both keep
 * the query string, as current Go does. `/api/` and `/status/` are answered here by the
 * {@link ApiHandler}, without Javalin; for the rest it writes Content-Type as Go does.
 * Before all of it, the {@link BrowserBoundary} (issue 12) on every path.
 */
final class GoMuxFront extends Handler.Wrapper {
    /**
     * Jetty's default refuses ambiguous paths with a 400 before any handler runs; Go cleans
     * and redirects them instead, so they must reach this handler.
     */
    static final UriCompliance URI_COMPLIANCE = UriCompliance.DEFAULT.with("PATROL_GO_MUX",
            UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT, UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING);

    private final Set<String> subtrees;
    private final ApiHandler api;
    private final BrowserBoundary boundary;
    private final ServletGate gate = new ServletGate(this::servlet);

    /**
     * `subtrees` are patterns ending in `/`, such as `/api/`; `api` serves its own two;
     * `boundary` refuses foreign Hosts and cross-site changes before anything else runs.
     */
    GoMuxFront(Set<String> subtrees, ApiHandler api, BrowserBoundary boundary) {
        this.subtrees = Set.copyOf(subtrees);
        this.api = api;
        this.boundary = boundary;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (boundary.refuse(request, response, callback)) {
            return true;
        }
        String target = redirectTarget(request);
        if (target != null) {
            redirect(request, response, callback, target);
            return true;
        }
        if (api.handle(request, response, callback)) {
            return true;
        }
        // Javalin's servlets block; they run on a pool thread, never on the selector, and only
        // once their body is in (ServletGate).
        gate.admit(request, response, callback);
        return true;
    }

    /**
     * Non-blocking, so that Jetty parses and answers API requests on its selector threads
     * instead of handing each to a pool thread first (a thread switch per request that cost
     * more than the request on 2 cores). True because the API only queues work for the
     * engine and writes without waiting, and everything else is dispatched above.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    private void servlet(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, new GoContentType(request, response), callback)) {
                Response.writeError(request, response, callback, 404);
            }
        } catch (Throwable x) {
            callback.failed(x);
        }
    }

    /** Where Go's ServeMux would send this request, or null to serve it. */
    private String redirectTarget(Request request) {
        HttpURI uri = request.getHttpURI();
        String raw = uri.getPath();
        if (raw == null || HttpMethod.CONNECT.is(request.getMethod())) {
            return null; // Go does not canonicalise CONNECT either
        }
        if (GoPaths.isPlainClean(raw) && raw.endsWith("/")) {
            return null; // the common case, decided without copying the path
        }
        String path = GoPaths.unescape(raw);
        if (path == null) {
            return null;
        }
        String clean = GoPaths.clean(path);
        String to = !clean.equals(path) ? clean : subtrees.contains(path + "/") ? path + "/" : null;
        if (to == null) {
            return null;
        }
        String query = uri.getQuery();
        return GoPaths.escape(to) + (query == null ? "" : "?" + query);
    }

    /** Go's http.Redirect: HTML type for GET and HEAD, the short link body for GET only. */
    private static void redirect(Request request, Response response, Callback callback, String url) {
        String location = GoPaths.hexEscapeNonAscii(url);
        response.setStatus(301);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        String method = request.getMethod();
        boolean get = HttpMethod.GET.is(method);
        if (get || HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        }
        byte[] body = get
                ? ("<a href=\"" + GoPaths.htmlEscape(url) + "\">Moved Permanently</a>.\n\n").getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Jetty's servlet layer rewrites `application/json; charset=utf-8` without the space;
     * clients of the original may compare the header, so put Go's spelling back at commit.
     */
    private static final class GoContentType extends Response.Wrapper {
        GoContentType(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!isCommitted()) {
                String type = getHeaders().get(HttpHeader.CONTENT_TYPE);
                if (type != null && type.contains(";charset=")) {
                    getHeaders().put(HttpHeader.CONTENT_TYPE, type.replace(";charset=", "; charset="));
                }
            }
            super.write(last, content, callback);
        }
    }
}
