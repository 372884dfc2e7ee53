package dev.patrol.adapters.http.gui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Content-Type of a static file as Go's file server picks it: Go's built-in extension
 * table (mime.TypeByExtension, without the host's mime.types), else a subset of
 * http.DetectContentType's sniffing of the first 512 bytes.
 */
final class ContentTypes {
    /** How many leading bytes sniffing looks at. */
    static final int SNIFF_LEN = 512;
    static final String OCTET_STREAM = "application/octet-stream";

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry(".avif", "image/avif"), Map.entry(".css", "text/css; charset=utf-8"),
            Map.entry(".gif", "image/gif"), Map.entry(".htm", HTML), Map.entry(".html", HTML),
            Map.entry(".jpeg", "image/jpeg"), Map.entry(".jpg", "image/jpeg"),
            Map.entry(".js", "text/javascript; charset=utf-8"), Map.entry(".json", "application/json"),
            Map.entry(".mjs", "text/javascript; charset=utf-8"), Map.entry(".pdf", "application/pdf"),
            Map.entry(".png", "image/png"), Map.entry(".svg", "image/svg+xml"), Map.entry(".wasm", "application/wasm"),
            Map.entry(".webp", "image/webp"), Map.entry(".xml", "text/xml; charset=utf-8"),
            // Not in Go's built-in table, but in every mime.types it also reads:
            Map.entry(".txt", TEXT), Map.entry(".ico", "image/vnd.microsoft.icon"),
            Map.entry(".woff", "font/woff"), Map.entry(".woff2", "font/woff2"));
    /** Tags whose opening (after whitespace, any case, then a space or `>`) means HTML. */
    private static final List<String> HTML_TAGS = List.of("<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME",
            "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--");
    /** Exact leading bytes and their types. */
    private static final Map<String, String> MAGIC = Map.of(
            "%PDF-", "application/pdf", "%!PS-Adobe-", "application/postscript",
            "GIF87a", "image/gif", "GIF89a", "image/gif", "\u0089PNG\r\n\u001a\n", "image/png",
            "\u00ff\u00d8\u00ff", "image/jpeg", "PK\u0003\u0004", "application/zip",
            "\u001f\u008b\u0008", "application/x-gzip", "\u0000asm", "application/wasm");

    private ContentTypes() {
    }

    /** By the extension of `name` (case-insensitive), else sniffed from `head`. */
    static String of(String name, byte[] head) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot).toLowerCase(Locale.ROOT));
        return type != null ? type : sniff(head);
    }

    /** Go's DetectContentType for the common cases; anything with a binary byte is octet-stream. */
    static String sniff(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, SNIFF_LEN), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00fe\u00ff")) {
            return "text/plain; charset=utf-16be";
        }
        if (s.startsWith("\u00ff\u00fe")) {
            return "text/plain; charset=utf-16le";
        }
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            return TEXT;
        }
        int ws = 0;
        while (ws < s.length() && "\t\n\f\r ".indexOf(s.charAt(ws)) >= 0) {
            ws++;
        }
        String trimmed = s.substring(ws).toUpperCase(Locale.ROOT);
        for (String tag : HTML_TAGS) {
            if (trimmed.startsWith(tag) && trimmed.length() > tag.length()
                    && (trimmed.charAt(tag.length()) == ' ' || trimmed.charAt(tag.length()) == '>')) {
                return HTML;
            }
        }
        if (trimmed.startsWith("<?XML")) {
            return "text/xml; charset=utf-8";
        }
        for (Map.Entry<String, String> m : MAGIC.entrySet()) {
            if (s.startsWith(m.getKey())) {
                return m.getValue();
            }
        }
        if (s.startsWith("RIFF") && s.startsWith("WEBPVP", 8)) {
            return "image/webp";
        }
        return s.chars().anyMatch(ContentTypes::binary) ? OCTET_STREAM : TEXT;
    }

    /** Go's isBinary table: control bytes other than TAB, LF, FF, CR and ESC. */
    private static boolean binary(int c) {
        return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F);
    }
}
