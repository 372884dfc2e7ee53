package dev.patrol.adapters.http.gui;

import dev.patrol.ports.process.LogFiles;
import dev.patrol.ports.process.LogLinkException;
import dev.patrol.ports.process.OpenLogFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sends a log file as plain text (never sniffed as HTML): whole through {@link FileReply}
 * (Range and conditional requests as Go's file server, spec §8.2; streamed, cut at the size
 * it had when the request came), or its last N lines through {@link LogFiles#tail} (F16:
 * `last=N`, N ≤ 10000).
 */
final class LogSender {
    /** The most lines `last` may ask for. */
    static final int MAX_LAST = 10_000;

    private final LogFiles files;

    LogSender(LogFiles files) {
        this.files = files;
    }

    /**
     * `last=N`: an unsigned decimal up to {@link #MAX_LAST}; -1 when malformed, -2 when too
     * many (the original refused every `last` with 405: spec §12.50).
     */
    static int parseLast(String s) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int n = Integer.parseInt(s);
        return n > MAX_LAST ? -2 : n;
    }

    /**
     * Answers with the file, or its last lines when the form has `last`; 400 for a bad `last`.
     * The file is opened once, under the no-link rule of {@link LogFiles}: a link as the file
     * or as a directory below `root` is 403 (as `/logs/` answers a path out of the root).
     */
    void send(Context ctx, Form form, String root, Path file) throws IOException {
        try (OpenLogFile log = files.open(root, file.toString())) {
            if (!form.has("last")) {
                long modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).to(TimeUnit.SECONDS);
                Page.headers(ctx);
                FileReply.send(ctx, log.size(), log::read, modified, file.getFileName().toString(), Page.TEXT);
                return;
            }
            int n = parseLast(form.get("last"));
            if (n < 0) {
                Page.text(ctx, 400, n == -1 ? "?last=INVALID" : "?last= does not support over " + MAX_LAST + " lines");
                return;
            }
            List<String> lines = n == 0 ? List.of() : files.tail(log, n);
            StringBuilder b = new StringBuilder();
            lines.forEach(l -> b.append(l).append('\n'));
            Page.headers(ctx);
            ctx.status(200).contentType(Page.TEXT).result(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (LogLinkException e) {
            Page.text(ctx, 403, LogRoutes.OUTSIDE);
        } catch (NoSuchFileException e) {
            Page.text(ctx, 404, "404 log file doesn't exist");
        }
    }
}
