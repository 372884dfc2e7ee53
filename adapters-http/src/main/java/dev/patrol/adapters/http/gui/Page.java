package dev.patrol.adapters.http.gui;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The frame of every GUI page and the headers every GUI answer carries. Pages use only the
 * daemon's own stylesheet and script (no inline code, no external resources), which the
 * Content-Security-Policy enforces; framing is refused so no other site can overlay the
 * toggle buttons (clickjacking).
 */
final class Page {
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Page() {
    }

    /**
     * A whole page. `live` is the URL of this page's live fragment (null for a static page);
     * `content` is the fragment itself, which starts with {@link #snapshot}.
     */
    static String render(String title, String live, String content) {
        StringBuilder b = new StringBuilder(content.length() + 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append(" · Patrol</title>")
                .append("<link rel=\"icon\" href=\"/gui/icon.svg\" type=\"image/svg+xml\">")
                .append("<link rel=\"stylesheet\" href=\"/gui/gui.css\">")
                .append("<script src=\"/gui/gui.js\" defer></script></head>\n<body");
        if (live != null) {
            b.append(" data-events=\"/events\" data-fragment=\"").append(Html.esc(live)).append('"');
        }
        b.append(">\n<header class=\"top\"><a class=\"brand\" href=\"/\">Patrol</a><nav>")
                .append("<a href=\"/\">Overview</a><a href=\"/status/\">GET /status/</a>")
                .append("<a href=\"/api/?group=app&amp;id=\">GET /api/</a></nav>");
        if (live != null) {
            b.append("<span id=\"live-indicator\" class=\"live off\" title=\"Live updates\">connecting</span>");
        }
        b.append("</header>\n<main><div id=\"live\">").append(content).append("</div></main>\n")
                .append("<footer>Patrol · operator console</footer>\n</body></html>\n");
        return b.toString();
    }

    /** The hidden element the page script reads after each update: version and server time. */
    static String snapshot(String version, Instant now) {
        return "<div id=\"snapshot\" hidden data-version=\"" + Html.esc(version) + "\" data-now=\""
                + now.toEpochMilli() + "\"></div>";
    }

    /** A red message box; `text` is escaped. */
    static String warning(String text) {
        return text == null || text.isEmpty() ? ""
                : "<div class=\"warning\" role=\"alert\">" + Html.esc(text) + "</div>";
    }

    /** Sends `html` with the GUI's headers. */
    static void send(Context ctx, int status, String html) {
        headers(ctx);
        ctx.status(status).contentType(HTML).result(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a one-line plain-text answer (log endpoints), newline-terminated as the original's. */
    static void text(Context ctx, int status, String message) {
        headers(ctx);
        ctx.status(status).contentType(TEXT).result((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Headers for every GUI answer: no caching, no sniffing, no framing, no referrer to other sites. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        // Nothing to other sites; same-origin keeps the GUI's own POSTs' Origin a real one, not "null".
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
