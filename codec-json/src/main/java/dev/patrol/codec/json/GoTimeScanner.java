package dev.patrol.codec.json;

/** A cursor over the text being parsed, with Go's small number readers (getnum, atoi). */
final class GoTimeScanner {
    private final String text;
    private int pos;

    GoTimeScanner(String text) {
        this.text = text;
    }

    String rest() {
        return text.substring(pos);
    }

    int remaining() {
        return text.length() - pos;
    }

    char at(int i) {
        return pos + i < text.length() ? text.charAt(pos + i) : '\0';
    }

    boolean digitAt(int i) {
        return GoLayoutChunk.isDigit(at(i));
    }

    String take(int n) {
        String s = text.substring(pos, pos + n);
        pos += n;
        return s;
    }

    void advance(int n) {
        pos += n;
    }

    /** Go's getnum: one or two digits (exactly two when fixed); -1 if there are none. */
    int number(boolean fixed) {
        if (!digitAt(0)) {
            return -1;
        }
        if (!digitAt(1)) {
            if (fixed) {
                return -1;
            }
            return text.charAt(pos++) - '0';
        }
        int v = (text.charAt(pos) - '0') * 10 + text.charAt(pos + 1) - '0';
        pos += 2;
        return v;
    }

    /** Case-insensitive match of one of `names` (Go's lookup); its index or -1. */
    int lookup(String[] names) {
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            if (remaining() >= name.length() && text.regionMatches(true, pos, name, 0, name.length())) {
                pos += name.length();
                return i;
            }
        }
        return -1;
    }

    /** Go's atoi: optional sign, then only digits; null if anything else is present. */
    static Long atoi(String s) {
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        long x = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!GoLayoutChunk.isDigit(c) || x > (Long.MAX_VALUE - 9) / 10) {
                return null;
            }
            x = x * 10 + (c - '0');
        }
        return negative ? -x : x;
    }

    /** Go's parseNanoseconds over `n` characters: a separator, then up to nine digits. */
    static int nanoseconds(String s, int n) {
        if (s.charAt(0) != '.' && s.charAt(0) != ',') {
            return -1;
        }
        if (n > 10) {
            n = 10;
        }
        Long ns = atoi(s.substring(1, n));
        if (ns == null || ns < 0) {
            return -1;
        }
        long v = ns;
        for (int i = 0; i < 10 - n; i++) {
            v *= 10;
        }
        return (int) v;
    }
}
