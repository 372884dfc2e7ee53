package dev.patrol.codec.json;

/**
 * Decodes bytes as Go reads JSON text: every byte that does not start a valid UTF-8
 * sequence becomes one U+FFFD (inside strings Go keeps going; elsewhere it is a syntax error).
 */
final class GoUtf8 {
    private GoUtf8() {
    }

    static String decode(byte[] in, int length) {
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b0 = in[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int size = sequenceLength(in, i, length);
            if (size == 0) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            int cp = b0 & (0xFF >> (size + 1));
            for (int k = 1; k < size; k++) {
                cp = (cp << 6) | (in[i + k] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += size;
        }
        return out.toString();
    }

    /** The length of the valid sequence at i, or 0 (Go's acceptRanges: no overlongs, no surrogates). */
    private static int sequenceLength(byte[] in, int i, int length) {
        int b0 = in[i] & 0xFF;
        int size;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            size = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            size = 3;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
            hi = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            size = 4;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + size > length) {
            return 0;
        }
        int b1 = in[i + 1] & 0xFF;
        if (b1 < lo || b1 > hi) {
            return 0;
        }
        for (int k = 2; k < size; k++) {
            int b = in[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return size;
    }

    /** Go turns lone surrogates from \\u escapes into U+FFFD; Java would keep them. */
    static String repairSurrogates(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
