package dev.patrol.codec.json;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * A Go time layout (`json-timestamp`, spec §6.8) that formats and parses like Go's
 * Time.Format and time.Parse, with English names whatever the JVM locale.
 */
public final class GoTimeLayout {
    /** Go's time.RFC3339, the layout used when `json-timestamp` is empty. */
    public static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
    /** Go's time.RFC1123Z, which the daemon always uses. */
    public static final String RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700";
    /** Go's time.UnixDate (checklist item 3). */
    public static final String UNIX_DATE = "Mon Jan _2 15:04:05 MST 2006";

    private final String layout;
    private final List<GoLayoutChunk> chunks;

    private GoTimeLayout(String layout) {
        this.layout = layout;
        this.chunks = GoLayoutChunk.tokenize(layout);
    }

    /** The layout for a `json-timestamp` value; null or empty means RFC3339. */
    public static GoTimeLayout of(String layout) {
        return new GoTimeLayout(layout == null || layout.isEmpty() ? RFC3339 : layout);
    }

    public static GoTimeLayout rfc3339() {
        return of(RFC3339);
    }

    public static GoTimeLayout rfc1123z() {
        return of(RFC1123Z);
    }

    public String layout() {
        return layout;
    }

    /** The instant as Go would print it in `zone`. */
    public String format(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        return GoTimeFormatter.format(chunks, instant, zone);
    }

    /**
     * Parses like Go's time.Parse with `local` as Go's Local (it only resolves zone
     * abbreviations). "" and "null" give null, Go's zero time.
     *
     * @throws DateTimeParseException with Go's message when the text does not fit the layout
     */
    public Instant parse(String text, ZoneId local) {
        if (text == null || text.isEmpty() || text.equals("null")) {
            return null;
        }
        return GoTimeParser.parse(chunks, layout, text, local);
    }

    /** As {@link #parse(String, ZoneId)} with the JVM's default zone as Go's Local. */
    public Instant parse(String text) {
        return parse(text, ZoneId.systemDefault());
    }

    /** The layout text of one element, for error messages ("cannot parse ... as "2006""). */
    static String elementText(GoLayoutChunk chunk) {
        if (chunk.isLiteral()) {
            return chunk.literal();
        }
        if (chunk.std().isFraction()) {
            char d = chunk.std() == GoStd.FRAC_ZEROS ? '0' : '9';
            return chunk.separator() + String.valueOf(d).repeat(chunk.digits());
        }
        return ELEMENT_TEXT[chunk.std().ordinal()];
    }

    // Indexed by GoStd ordinal.
    private static final String[] ELEMENT_TEXT = {"January", "Jan", "1", "01", "Monday", "Mon",
        "2", "_2", "02", "15", "3", "03", "4", "04", "5", "05", "2006", "06", "PM", "pm", "MST",
        "Z0700", "Z070000", "Z07", "Z07:00", "Z07:00:00",
        "-0700", "-070000", "-07", "-07:00", "-07:00:00", "", ""};

    @Override
    public boolean equals(Object o) {
        return o instanceof GoTimeLayout && ((GoTimeLayout) o).layout.equals(layout);
    }

    @Override
    public int hashCode() {
        return layout.hashCode();
    }

    @Override
    public String toString() {
        return layout;
    }
}
