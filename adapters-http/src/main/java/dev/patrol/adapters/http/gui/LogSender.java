package dev.patrol.adapters.http.gui;

import dev.patrol.ports.process.LogFiles;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** Answers with the file, or its last lines when the form has `last`; 400 for a bad `last`. */
    void send(Context ctx, Form form, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            Page.text(ctx, 404, "404 log file doesn't exist");
            return;
        }
        if (!form.has("last")) {
            Page.headers(ctx);
            FileReply.send(ctx, file, file.getFileName().toString(), Page.TEXT);
            return;
        }
        int n = parseLast(form.get("last"));
        if (n == -1) {
            Page.text(ctx, 400, "?last=INVALID");
        } else if (n == -2) {
            Page.text(ctx, 400, "?last= does not support over " + MAX_LAST + " lines");
        } else {
            List<String> lines = n == 0 ? List.of() : files.tail(file.toString(), n);
            StringBuilder b = new StringBuilder();
            lines.forEach(l -> b.append(l).append('\n'));
            Page.headers(ctx);
            ctx.status(200).contentType(Page.TEXT).result(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
