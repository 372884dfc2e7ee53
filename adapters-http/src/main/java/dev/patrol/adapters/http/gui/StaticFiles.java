package dev.patrol.adapters.http.gui;

import dev.patrol.gocompat.GoPaths;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Go's `http.FileServer(http.Dir("www"))` behind every GET or HEAD path no other route takes
 * (spec §6.9 `/`, §8): a file with a type from its extension or its first bytes; a directory
 * redirected to its slash form, then its `index.html` or Go's `<pre>` listing; `…/index.html`
 * redirected to `./`; anything else `404 page not found`. Unlike Go, nothing outside the
 * root is served: `..` in any encoding, NUL and symlinks leading out are 404 ({@link ConfinedPath}).
 */
final class StaticFiles {
    private static final String INDEX = "index.html";

    private final Path root;

    /** `root` is the www directory; it may be missing (then every path is 404). */
    StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void serve(Context ctx) throws IOException {
        String raw = ctx.req().getRequestURI();
        String path = raw == null ? null : ConfinedPath.decode(raw);
        if (path == null || !path.startsWith("/")) {
            notFound(ctx);
            return;
        }
        if (path.endsWith("/" + INDEX)) {
            redirect(ctx, "./"); // Go: a URL naming index.html is sent to its directory
            return;
        }
        ConfinedPath.Outcome o = ConfinedPath.resolve(root, raw.substring(1));
        if (o.problem() != ConfinedPath.Problem.NONE) {
            notFound(ctx);
            return;
        }
        String base = o.segments().isEmpty() ? "" : GoPaths.escape(o.segments().get(o.segments().size() - 1));
        boolean slash = path.endsWith("/");
        try {
            if (Files.isDirectory(o.path())) {
                directory(ctx, o.path(), raw, slash, base);
            } else if (!Files.isRegularFile(o.path())) {
                notFound(ctx); // a FIFO or device would block or never end
            } else if (slash) {
                redirect(ctx, "../" + base);
            } else {
                FileReply.send(ctx, o.path(), base, null);
            }
        } catch (AccessDeniedException e) {
            Page.text(ctx, 403, "403 Forbidden");
        }
    }

    private void directory(Context ctx, Path dir, String raw, boolean slash, String base) throws IOException {
        if (!slash) {
            redirect(ctx, base + "/"); // escaped: Go puts the raw name into Location
            return;
        }
        ConfinedPath.Outcome index = ConfinedPath.resolve(root, raw.substring(1) + INDEX);
        if (index.problem() == ConfinedPath.Problem.NONE && Files.isRegularFile(index.path())) {
            FileReply.send(ctx, index.path(), INDEX, null);
        } else if (FileReply.preconditionsPass(ctx, Files.getLastModifiedTime(dir).to(TimeUnit.SECONDS))) {
            ctx.status(200).contentType(Page.HTML).result(listing(dir));
        }
    }

    /**
     * Go's dirList: `<pre>`, one link per entry sorted by name, directories (not symlinks to
     * them) with a trailing `/`, the href path-escaped (`./` before a first segment with a
     * colon), the text HTML-escaped. Go releases after mid-2023 add a doctype and viewport
     * line; the original was built with an earlier Go (spec: 1.19).
     */
    static String listing(Path dir) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).collect(Collectors.toList());
        }
        StringBuilder b = new StringBuilder("<pre>\n");
        for (Path p : entries) {
            String name = p.getFileName() + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "");
            String href = GoPaths.escape(name);
            int slash = href.indexOf('/');
            if (href.substring(0, slash < 0 ? href.length() : slash).contains(":")) {
                href = "./" + href;
            }
            b.append("<a href=\"").append(href).append("\">").append(GoPaths.htmlEscape(name)).append("</a>\n");
        }
        return b.append("</pre>\n").toString();
    }

    /** Go's localRedirect: a relative Location with the query kept, no body. */
    private static void redirect(Context ctx, String location) {
        String query = ctx.req().getQueryString();
        ctx.status(301).header("Location", query == null ? location : location + "?" + query);
        ctx.res().setContentType(null); // Go sends no type and no body
    }

    private static void notFound(Context ctx) {
        Page.text(ctx, 404, "404 page not found");
    }
}
