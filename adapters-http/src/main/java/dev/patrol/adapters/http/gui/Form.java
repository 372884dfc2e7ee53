package dev.patrol.adapters.http.gui;

import dev.patrol.gocompat.GoQuery;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Parameters of a GUI request: the query string, overlaid by an
 * `application/x-www-form-urlencoded` POST body. First value of a key wins. A body that is
 * too large, malformed or of another type makes the whole form {@link #bad()}.
 */
final class Form {
    /** The largest form body read; GUI forms are a few hundred bytes. */
    static final int MAX_BODY = 16 * 1024;

    private final Map<String, String> query;
    private final Map<String, String> body;
    private final boolean bad;

    private Form(Map<String, String> query, Map<String, String> body, boolean bad) {
        this.query = query;
        this.body = body;
        this.bad = bad;
    }

    /** Reads the query, and the body of a POST. */
    static Form of(Context ctx) {
        Map<String, String> query = parse(ctx.req().getQueryString());
        if (!"POST".equals(ctx.method().name())) {
            return new Form(query == null ? Map.of() : query, Map.of(), query == null);
        }
        String type = ctx.req().getContentType();
        Map<String, String> body = null;
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            body = parse(readBody(ctx));
        }
        return new Form(query == null ? Map.of() : query, body == null ? Map.of() : body, query == null || body == null);
    }

    /** True when the query or body could not be read (too large, malformed, wrong type). */
    boolean bad() {
        return bad;
    }

    /** The body's value, else the query's, else "". */
    String get(String key) {
        String v = body.get(key);
        return v != null ? v : query.getOrDefault(key, "");
    }

    /** The value from the POST body only ("" if absent): where a secret may come from. */
    String body(String key) {
        return body.getOrDefault(key, "");
    }

    /** Whether the body or the query names `key`, even with an empty value. */
    boolean has(String key) {
        return body.containsKey(key) || query.containsKey(key);
    }

    /** Whether the query string names `key` (to refuse secrets sent in a URL). */
    boolean inQuery(String key) {
        return query.containsKey(key);
    }

    private static String readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** `a=1&b=2` decoded by Go's ParseQuery rules (the one parser, go-compat); null when malformed. */
    static Map<String, String> parse(String raw) {
        GoQuery q = GoQuery.parse(raw);
        return q.malformed() ? null : q.asMap();
    }
}
