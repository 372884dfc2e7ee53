package dev.patrol.gocompat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path rules of Go's net/http ServeMux and net/url: unescape a request path, clean it
 * (cleanPath: path.Clean keeping a trailing slash) and escape it again for a Location.
 */
public final class GoPaths {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private GoPaths() {
    }

    /** Go's url.PathUnescape; null for a malformed %-escape (Go answers 400 then). */
    public static String unescape(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        byte[] bytes = unescapeBytes(raw);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The bytes a %-escaped path stands for (`+` stays `+`); null for a malformed escape. */
    public static byte[] unescapeBytes(String raw) {
        byte[] in = raw.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '%') {
                out.write(in[i]);
                continue;
            }
            int hi = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(in[i + 2], 16) : -1;
            if (lo < 0) {
                return null;
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    /** Go's ServeMux cleanPath: rooted, no `.`/`..`/empty segments, trailing slash kept. */
    public static String clean(String p) {
        if (p.isEmpty()) {
            return "/";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String s : p.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                segments.pollLast(); // a rooted path cannot climb above "/"
            } else {
                segments.addLast(s);
            }
        }
        String np = "/" + String.join("/", segments);
        return p.endsWith("/") && !np.equals("/") ? np + "/" : np;
    }

    /**
     * True when `p` has no %-escape and {@link #clean} would return it unchanged: rooted, no
     * empty, `.` or `..` segment. Lets every ordinary request skip the copy that clean makes.
     */
    public static boolean isPlainClean(String p) {
        int n = p.length();
        if (n == 0 || p.charAt(0) != '/') {
            return false;
        }
        int segment = 1; // start of the current segment
        for (int i = 1; i <= n; i++) {
            char c = i < n ? p.charAt(i) : '/';
            if (c == '%') {
                return false;
            }
            if (c != '/') {
                continue;
            }
            int len = i - segment;
            boolean dots = (len == 1 && p.charAt(segment) == '.')
                    || (len == 2 && p.charAt(segment) == '.' && p.charAt(segment + 1) == '.');
            if (dots || (len == 0 && i < n)) {
                return false;
            }
            segment = i + 1;
        }
        return true;
    }

    /** Go's url escape(s, encodePath): everything but unreserved and `$&+,/:;=@` is %XX. */
    public static String escape(String path) {
        StringBuilder b = new StringBuilder(path.length());
        for (byte by : path.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (keep(c)) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return b.toString();
    }

    /** Go's hexEscapeNonASCII for the Location header. */
    public static String hexEscapeNonAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) {
            int c = by & 0xff;
            if (c >= 0x80) {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    /** Go's htmlReplacer (`& < > " '`), as its redirect bodies and directory listings escape text. */
    public static String htmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#34;").replace("'", "&#39;");
    }

    private static boolean keep(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-_.~$&+,/:;=@".indexOf(c) >= 0;
    }
}
