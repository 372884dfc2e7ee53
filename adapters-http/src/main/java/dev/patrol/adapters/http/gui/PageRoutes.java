package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiError;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Group;
import dev.patrol.ports.inbound.PatrolApi;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GET `/` and GET `/app/{id}`, `/service/{id}` (IDs case-insensitive), each as a whole page
 * or, with `?fragment=1`, as the part the page script swaps in on a live update.
 */
final class PageRoutes {
    /** Pages a toggle may return to: an object's page; anything else goes back to `/`. */
    private static final Pattern BACK = Pattern.compile("/(app|service)/[A-Za-z0-9-]{1,63}");

    private final PatrolApi api;
    private final IndexPage index;
    private final DetailPage detail;
    private final CsrfTokens csrf;

    PageRoutes(PatrolApi api, IndexPage index, DetailPage detail, CsrfTokens csrf) {
        this.api = api;
        this.index = index;
        this.detail = detail;
        this.csrf = csrf;
    }

    void index(Context ctx) throws Exception {
        ApiStatus s = Guarded.await(api.status());
        Instant now = Instant.now();
        boolean fragment = "1".equals(ctx.queryParam("fragment"));
        String token = csrf.tokenFor(ctx);
        Page.send(ctx, 200, fragment ? index.fragment(s, now, "", token) : index.page(s, now, "", token));
    }

    void app(Context ctx) throws Exception {
        object(ctx, Group.APP);
    }

    void service(Context ctx) throws Exception {
        object(ctx, Group.SERVICE);
    }

    private void object(Context ctx, Group g) throws Exception {
        String id = ctx.pathParam("id").toLowerCase(Locale.ROOT);
        ApiStatus s = Guarded.await(api.status());
        ObjectView o = find(s, g, id);
        if (o == null) {
            Page.send(ctx, 404, index.page(s, Instant.now(), (g == Group.APP ? ApiError.UNKNOWN_APP : ApiError.UNKNOWN_SERVICE).text(),
                    csrf.tokenFor(ctx)));
            return;
        }
        boolean fragment = "1".equals(ctx.queryParam("fragment"));
        String version = StateVersion.of(s);
        String token = csrf.tokenFor(ctx);
        Page.send(ctx, 200, fragment ? detail.fragment(o, version, Instant.now(), "", token)
                : detail.page(o, version, Instant.now(), "", token));
    }

    /**
     * Answers a refused toggle: the page the form came from (`back`), or the overview, with
     * `warning` in the red box and the given status.
     */
    void refused(Context ctx, int status, String warning, String back) throws Exception {
        ApiStatus s = Guarded.await(api.status());
        Instant now = Instant.now();
        String safe = safeBack(back);
        if (!safe.equals("/")) {
            String[] parts = safe.substring(1).split("/");
            ObjectView o = find(s, parts[0].equals("app") ? Group.APP : Group.SERVICE, parts[1].toLowerCase(Locale.ROOT));
            if (o != null) {
                Page.send(ctx, status, detail.page(o, StateVersion.of(s), now, warning, csrf.tokenFor(ctx)));
                return;
            }
        }
        Page.send(ctx, status, index.page(s, now, warning, csrf.tokenFor(ctx)));
    }

    /** `back` when it names an object's page, else `/`: never a redirect off this server. */
    static String safeBack(String back) {
        return back != null && BACK.matcher(back).matches() ? back : "/";
    }

    private static ObjectView find(ApiStatus s, Group g, String id) {
        Map<String, ApiResponse> m = g == Group.APP ? s.apps() : s.services();
        ApiResponse r = m.get(id);
        return r == null ? null : new ObjectView(g, id, r);
    }
}
