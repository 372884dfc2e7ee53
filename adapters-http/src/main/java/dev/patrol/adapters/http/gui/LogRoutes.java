package dev.patrol.adapters.http.gui;

import dev.patrol.ports.inbound.AppLogs;
import dev.patrol.ports.process.LogFiles;
import dev.patrol.ports.process.LogLinkException;
import io.javalin.http.Context;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * `/stdout/`, `/stderr/` (spec §8.2) and `/logs/` (spec §8.3), GET or POST. For a merged
 * app both streams are the same file. Refusals are one plain-text line: 400 bad request or
 * `last`, 403 wrong secret, CSRF token, a path leading out of the log root or a symbolic link
 * below it (issue #12: every file and directory is opened through {@link LogFiles}, which
 * follows the root itself but no link below it), 404 unknown app, missing log or path.
 */
final class LogRoutes {
    private static final String LOGS_PREFIX = "/logs/";
    /** A path out of the log root, or through a symbolic link below it (issue #12). */
    static final String OUTSIDE = "Outside the Log Directory";

    private final LogAccess access;
    private final LogSender sender;
    private final LogFiles files;
    private final LogListing listing;

    LogRoutes(LogAccess access, LogSender sender, LogFiles files, LogListing listing) {
        this.access = access;
        this.sender = sender;
        this.files = files;
        this.listing = listing;
    }

    void stdout(Context ctx) throws Exception {
        std(ctx, false);
    }

    void stderr(Context ctx) throws Exception {
        std(ctx, true);
    }

    private void std(Context ctx, boolean stderr) throws Exception {
        Form form = Form.of(ctx);
        LogAccess.Result r = access.check(ctx, form, form.get("id"), true);
        if (r.granted() == null) {
            Page.text(ctx, r.status(), r.message());
            return;
        }
        AppLogs logs = r.granted().logs();
        String file = stderr ? logs.stderr() : logs.stdout();
        if (file.isEmpty()) {
            Page.text(ctx, 404, "404 log type doesn't exist");
            return;
        }
        sender.send(ctx, form, logs.logRoot(), Path.of(file));
    }

    /** A directory page, or a file of the app's log root; nothing outside it. */
    void logs(Context ctx) throws Exception {
        Form form = Form.of(ctx);
        LogAccess.Result r = access.check(ctx, form, form.get("id"), true);
        if (r.granted() == null) {
            Page.text(ctx, r.status(), r.message());
            return;
        }
        String raw = ctx.req().getRequestURI();
        if (raw == null || !raw.startsWith(LOGS_PREFIX)) {
            Page.text(ctx, 400, "Invalid Path");
            return;
        }
        String root = r.granted().logs().logRoot();
        ConfinedPath.Outcome o = ConfinedPath.lexical(Path.of(root), raw.substring(LOGS_PREFIX.length()));
        switch (o.problem()) {
            case BAD_PATH -> Page.text(ctx, 400, "Invalid Path");
            case OUTSIDE -> Page.text(ctx, 403, OUTSIDE);
            case MISSING -> Page.text(ctx, 404, "404 page not found");
            case NONE -> serve(ctx, form, r.granted(), root, o);
        }
    }

    /** The same no-link rule as `/stdout/` (through {@link LogFiles}): a link below the root is 403. */
    private void serve(Context ctx, Form form, LogAccess.Granted g, String root, ConfinedPath.Outcome o) throws Exception {
        String path = o.path().toString();
        boolean dir;
        try {
            dir = files.isDirectory(root, path);
        } catch (LogLinkException e) {
            Page.text(ctx, 403, OUTSIDE);
            return;
        } catch (NoSuchFileException e) {
            Page.text(ctx, 404, "404 page not found");
            return;
        }
        if (!dir) {
            sender.send(ctx, form, root, o.path());
            return;
        }
        try {
            Page.send(ctx, 200, listing.page(g.appId(), access.ticketFor(g), o.segments(), o.path(), files.list(root, path)));
        } catch (LogLinkException e) {
            Page.text(ctx, 403, OUTSIDE);
        }
    }
}
