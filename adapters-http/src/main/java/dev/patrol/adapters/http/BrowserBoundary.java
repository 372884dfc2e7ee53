package dev.patrol.adapters.http;

import dev.patrol.gocompat.GoQuery;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The browser boundary in front of every endpoint (issue 12, finding 7). A request whose
 * `Host` is not allowed ({@link AllowedHosts}) gets 421 on any path: that is what defeats DNS
 * rebinding. A state-changing request (any method but GET and HEAD; a GET of `/api/` with a
 * `toggle`) that a browser marks as coming from another site — `Sec-Fetch-Site: cross-site` or
 * `same-site`, or, without that header, an `Origin` that is `null`, not allowed, or not the Host
 * it was sent to — gets 403 and reaches nothing. Clients that send neither header (curl, the original's Go client,
 * scripts) pass exactly as before; so do read-only GETs from anywhere.
 */
final class BrowserBoundary {
    static final int HOST_REFUSED = 421;
    static final int CROSS_SITE_REFUSED = 403;
    static final String HOST_TEXT = "Misdirected Request: this server does not answer to that Host name"
            + " (add it to http-allowed-hosts in the config to allow it)\n";
    static final String CROSS_SITE_TEXT = "Cross-Site Request Refused: a change must come from this server's"
            + " own pages, or from a client that is not a web page\n";

    private final AllowedHosts hosts;

    BrowserBoundary(AllowedHosts hosts) {
        this.hosts = hosts;
    }

    /**
     * Answers and returns true when the request is refused; false to serve it. Never blocks
     * (no name lookups): it runs on Jetty's selector thread.
     */
    boolean refuse(Request request, Response response, Callback callback) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        SocketAddress local = request.getConnectionMetaData().getLocalSocketAddress();
        HttpURI uri = request.getHttpURI();
        boolean hostOk = hosts.allows(host, local)
                && (host != null || uri.getHost() == null || hosts.allows(uri.getAuthority(), local));
        if (!hostOk) {
            send(response, callback, HOST_REFUSED, HOST_TEXT);
            return true;
        }
        if (changesState(request) && crossSite(request, host, local)) {
            send(response, callback, CROSS_SITE_REFUSED, CROSS_SITE_TEXT);
            return true;
        }
        return false;
    }

    /** Every method but GET and HEAD may change something; a GET changes state only as an API toggle. */
    static boolean changesState(Request request) {
        String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            return true;
        }
        String path = request.getHttpURI().getPath();
        String query = request.getHttpURI().getQuery();
        return path != null && path.startsWith(ApiHandler.API) && query != null && !query.isEmpty()
                && !GoQuery.parse(query).get("toggle").isEmpty();
    }

    /**
     * What a browser says of where the request comes from. `Sec-Fetch-Site`, which no page can
     * forge, decides when it is known: `same-site` is refused too (on localhost every other
     * port, any local dev server, is the same site), and `same-origin` or `none` (typed, a
     * bookmark) passes even with `Origin: null`, which a no-referrer page may send. Without
     * it (older browsers), the Origin decides.
     */
    private boolean crossSite(Request request, String host, SocketAddress local) {
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            String s = site.trim().toLowerCase(Locale.ROOT);
            if (s.equals("cross-site") || s.equals("same-site")) {
                return true;
            }
            if (s.equals("same-origin") || s.equals("none")) {
                return false;
            }
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        return origin != null && !sameOrigin(origin.trim(), host, local);
    }

    /** `origin` names an allowed host, and the very one the request was sent to when Host says. */
    private boolean sameOrigin(String origin, String host, SocketAddress local) {
        int scheme = origin.indexOf("://");
        if (scheme <= 0) {
            return false; // "null" (sandboxed frames, file: pages) or garbage
        }
        String authority = origin.substring(scheme + 3);
        if (authority.isEmpty() || authority.contains("/") || authority.contains("@")) {
            return false;
        }
        AllowedHosts.HostPort from = AllowedHosts.parse(authority);
        if (from == null || !hosts.allowsParsed(from, local)) {
            return false;
        }
        if (host == null) {
            return true;
        }
        AllowedHosts.HostPort to = AllowedHosts.parse(host);
        if (to == null || !to.name().equals(from.name())) {
            return false;
        }
        // Ports only when the Host names one (a proxy may drop it); a missing one is the scheme's default.
        int fromPort = from.port() >= 0 ? from.port() : origin.regionMatches(true, 0, "https", 0, 5) ? 443 : 80;
        return to.port() < 0 || to.port() == fromPort;
    }

    private static void send(Response response, Callback callback, int status, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
