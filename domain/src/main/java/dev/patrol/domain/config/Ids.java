package dev.patrol.domain.config;

/** The app/service ID rule (spec §1.5): a hostname-label-like key of 1–63 ASCII characters. */
public final class Ids {
    public static final int MAX_LENGTH = 63;

    private Ids() {
    }

    /** True for 1–63 characters of {@code [0-9A-Za-z-]} that neither start nor end with `-`. */
    public static boolean isAppServiceId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        if (id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-';
            if (!ok) {
                return false;
            }
        }
        // Only ASCII got this far, so the char count is the byte count.
        return true;
    }
}
