package dev.patrol.codec.json;

/** A JSON number kept as its literal text, so each target type can apply Go's own rules. */
record JsonNumber(String text) {
    /** True for a literal without fraction or exponent (what Go's ParseInt/ParseUint accept). */
    boolean isInteger() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }
}
