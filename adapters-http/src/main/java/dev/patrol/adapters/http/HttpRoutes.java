package dev.patrol.adapters.http;

import io.javalin.config.JavalinConfig;
import java.util.List;

/**
 * A group of routes added to the HTTP server: the JSON API here, the HTML GUI later. Each
 * is registered once, in order, inside Javalin's config lambda; the first match wins.
 */
@FunctionalInterface
public interface HttpRoutes {
    /** Adds endpoints, before/after handlers or static files to the server being built. */
    void register(JavalinConfig config);

    /**
     * Subtree patterns ending in `/` (e.g. `/logs/`) that, like Go's ServeMux, answer a
     * request for the slash-less path with a 301 to the slash form.
     */
    default List<String> subtrees() {
        return List.of();
    }
}
