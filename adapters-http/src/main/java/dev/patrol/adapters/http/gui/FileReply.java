package dev.patrol.adapters.http.gui;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpDateTime;

/**
 * A whole-file answer as Go's http.serveContent gives it (spec §8, §8.2): `Last-Modified`;
 * `If-Match`/`If-Unmodified-Since` → 412; `If-None-Match: *`/`If-Modified-Since` → 304;
 * one `Range` → 206 with `Content-Range` (kept by a matching date in `If-Range`), an
 * unsatisfiable one → 416 `Content-Range: bytes *&#47;size`; `Accept-Ranges: bytes`. The file
 * is streamed, never loaded, and cut at the size it had when the request came (a log may
 * still grow). Files have no ETag here, so an entity tag never matches.
 */
final class FileReply {
    private static final int CHUNK = 64 * 1024;
    /** Go's http.TimeFormat; Jetty's formatter leaves single-digit days unpadded. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private FileReply() {
    }

    /** `type` null: chosen from `name`'s extension or sniffed ({@link ContentTypes}). */
    static void send(Context ctx, Path file, String name, String type) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            send(ctx, ch.size(), ch::read, Files.getLastModifiedTime(file).to(TimeUnit.SECONDS), name, type);
        }
    }

    /** Positional reads of an open file: a FileChannel's, or a log's opened under the no-link rule. */
    interface PositionalRead {
        int read(ByteBuffer into, long position) throws IOException;
    }

    /** Sends an already opened file of `size` bytes; `modified` in epoch seconds. */
    static void send(Context ctx, long size, PositionalRead ch, long modified, String name, String type) throws IOException {
        if (!preconditionsPass(ctx, modified)) {
            return;
        }
        String contentType = type != null ? type : ContentTypes.of(name, head(ch));
        ByteRange.Reading r = ByteRange.read(rangeHeader(ctx, modified), size);
        switch (r.verdict()) {
            case INVALID -> Page.text(ctx, 416, "invalid range");
            case NO_OVERLAP -> {
                ctx.header("Content-Range", "bytes */" + size);
                Page.text(ctx, 416, "invalid range: failed to overlap");
            }
            case PART -> {
                ctx.header("Content-Range", r.range().contentRange(size));
                body(ctx, ch, 206, contentType, r.range());
            }
            case WHOLE -> body(ctx, ch, 200, contentType, new ByteRange(0, size));
        }
    }

    /**
     * Sets Last-Modified and answers 304 or 412 when the request's conditions say so (Go's
     * checkPreconditions); true when the file is to be sent. `modified` is in epoch seconds;
     * 0 (unknown) sends no date and skips the date conditions, as Go does.
     */
    static boolean preconditionsPass(Context ctx, long modified) {
        if (modified > 0) {
            ctx.header("Last-Modified", HTTP_DATE.format(Instant.ofEpochSecond(modified)));
        }
        boolean read = isGetOrHead(ctx);
        String ifMatch = ctx.header("If-Match");
        long unmodifiedSince = parseDate(ctx.header("If-Unmodified-Since"));
        if (ifMatch != null ? !anyStar(ifMatch) : modified > 0 && unmodifiedSince >= 0 && modified > unmodifiedSince) {
            return stopWith(ctx, 412);
        }
        String ifNoneMatch = ctx.header("If-None-Match");
        long modifiedSince = parseDate(ctx.header("If-Modified-Since"));
        if (ifNoneMatch != null ? anyStar(ifNoneMatch) : read && modified > 0 && modifiedSince >= 0 && modified <= modifiedSince) {
            return stopWith(ctx, read ? 304 : 412);
        }
        return true;
    }

    /** A 304 or 412: no type and no body (Go's writeNotModified). Always false. */
    private static boolean stopWith(Context ctx, int status) {
        ctx.status(status);
        ctx.res().setContentType(null);
        return false;
    }

    private static void body(Context ctx, PositionalRead ch, int status, String type, ByteRange part) throws IOException {
        ctx.header("Accept-Ranges", "bytes");
        ctx.status(status).contentType(type);
        ctx.res().setContentLengthLong(part.length());
        if ("HEAD".equals(ctx.req().getMethod())) {
            return;
        }
        OutputStream out = ctx.res().getOutputStream();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, part.length())));
        long at = part.start();
        long end = part.start() + part.length();
        while (at < end) {
            buf.clear().limit((int) Math.min(buf.capacity(), end - at));
            int n = ch.read(buf, at);
            if (n <= 0 || !write(out, buf.array(), n)) {
                return; // truncated under us, or the client went away: nothing more to send
            }
            at += n;
        }
    }

    /** False when the client went away mid-file: nothing to answer, and nothing to log as a failure. */
    private static boolean write(OutputStream out, byte[] buf, int n) {
        try {
            out.write(buf, 0, n);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first {@link ContentTypes#SNIFF_LEN} bytes, for sniffing. */
    private static byte[] head(PositionalRead ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(ContentTypes.SNIFF_LEN);
        while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
            // positional reads leave the channel where it was
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }

    /** The Range header, or null when If-Range (a date; an entity tag never matches) says the file changed. */
    private static String rangeHeader(Context ctx, long modified) {
        String range = ctx.header("Range");
        String ifRange = ctx.header("If-Range");
        if (range == null || ifRange == null || !isGetOrHead(ctx)) {
            return range;
        }
        long date = parseDate(ifRange);
        return modified > 0 && date == modified ? range : null;
    }

    /** An HTTP date (IMF-fixdate, RFC 850 or asctime) in epoch seconds; -1 when absent or not one. */
    private static long parseDate(String s) {
        if (s == null) {
            return -1;
        }
        try {
            long millis = HttpDateTime.parseToEpoch(s.strip());
            return millis < 0 ? -1 : millis / 1000;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static boolean anyStar(String list) {
        return Arrays.stream(list.split(",")).anyMatch(t -> t.strip().equals("*"));
    }

    private static boolean isGetOrHead(Context ctx) {
        String m = ctx.req().getMethod();
        return "GET".equals(m) || "HEAD".equals(m);
    }
}
