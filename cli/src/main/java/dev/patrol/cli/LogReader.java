package dev.patrol.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An app's current stdout or stderr log through the GUI endpoints (spec §8.2): its last lines
 * by `last=N` where the daemon supports it, else by HTTP `Range`, which both daemons serve.
 */
final class LogReader {
    /** Bytes fetched to find the last lines when `last=N` is not served. */
    static final int TAIL_BYTES = 256 * 1024;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (?:(\\d+)-(\\d+)|\\*)/(\\d+)");

    /** Bytes read, and the file's size then (-1 when unknown); `missing` when there is no log yet. */
    record Chunk(byte[] data, long size, boolean missing) {
    }

    private final Http http;
    private final String path;

    LogReader(Http http, Target app, boolean stderr) {
        this.http = http;
        this.path = (stderr ? "/stderr/?" : "/stdout/?") + app.query();
    }

    /** The last `n` lines: `last=N` (Patrol), or the end of the file by Range (the original). */
    String lastLines(int n) {
        Http.Reply r = http.get(path + "&last=" + n);
        if (r.status() == 200) {
            return r.text();
        }
        if (r.status() != 405 && !r.firstLine().startsWith("?last=")) {
            throw refusal(r);
        }
        Chunk c = range("bytes=-" + TAIL_BYTES);
        return Lines.last(c.data(), n, c.size() > c.data().length);
    }

    /** One `Range` request: 206 a piece, 200 the whole file, 416 nothing new, 404 no log yet. */
    Chunk range(String spec) {
        Http.Reply r = http.get(path, Map.of("Range", spec));
        switch (r.status()) {
            case 200:
                return new Chunk(r.body(), r.body().length, false);
            case 206:
                return new Chunk(r.body(), total(r.header("Content-Range")), false);
            case 416:
                return new Chunk(new byte[0], total(r.header("Content-Range")), false);
            case 404:
                return new Chunk(new byte[0], 0, true);
            default:
                throw refusal(r);
        }
    }

    private static long total(String contentRange) {
        if (contentRange == null) {
            return -1;
        }
        Matcher m = CONTENT_RANGE.matcher(contentRange);
        return m.find() ? Long.parseLong(m.group(3)) : -1;
    }

    private Failure refusal(Http.Reply r) {
        String what = path.startsWith("/stderr/") ? "stderr" : "stdout";
        return Failure.refused(what + " of " + path.substring(path.indexOf("id=") + 3) + ": " + r.firstLine()
                + " (HTTP " + r.status() + ")");
    }
}
