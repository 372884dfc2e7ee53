package dev.patrol.domain.config;

/** Byte lengths as Go's {@code len(string)} sees them. */
final class Utf8 {
    private Utf8() {
    }

    /** The UTF-8 byte count; a lone surrogate counts as U+FFFD, as Go's JSON decoder would store it. */
    static int length(String s) {
        if (s == null) {
            return 0;
        }
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                bytes += 1;
            } else if (cp < 0x800) {
                bytes += 2;
            } else if (cp < 0x10000) {
                bytes += 3;
            } else {
                bytes += 4;
            }
        }
        return bytes;
    }
}
