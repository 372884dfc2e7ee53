package dev.patrol.adapters.http.gui;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The GUI's stylesheet, script and icon, read once from the classpath and served by the daemon itself. */
final class Assets {
    private record Asset(String type, byte[] bytes) {
    }

    private final Map<String, Asset> assets;

    Assets() {
        assets = Map.of(
                "gui.css", load("gui.css", "text/css; charset=utf-8"),
                "gui.js", load("gui.js", "text/javascript; charset=utf-8"),
                "icon.svg", load("icon.svg", "image/svg+xml"));
    }

    /** GET `/gui/{name}`: 404 for anything not shipped. */
    void serve(Context ctx) {
        Asset a = assets.get(ctx.pathParam("name"));
        if (a == null) {
            Page.text(ctx, 404, "404 page not found");
            return;
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType(a.type()).result(a.bytes());
    }

    private static Asset load(String name, String type) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("GUI resource " + name + " missing from the classpath");
            }
            return new Asset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GUI resource " + name, e);
        }
    }
}
