package dev.patrol.domain.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of an `http-allowed-hosts` entry (issue 12): `*`, a name or IPv4 address, an IPv6
 * address in brackets, each optionally with `:port`. Anything else (a URL, a path, spaces)
 * would never match a Host and is refused at load, so the mistake is seen.
 */
final class AllowedHostRules {
    private static final Pattern ENTRY = Pattern.compile(
            "(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_.])?|\\[[0-9A-Fa-f:.]{2,45}(?:%[A-Za-z0-9_.-]+)?\\])"
                    + "(?::[0-9]{1,5})?");

    private AllowedHostRules() {
    }

    static Optional<String> firstInvalid(List<String> entries) {
        for (String e : entries) {
            if (!e.equals("*") && !(ENTRY.matcher(e).matches() && port(e) <= 65535)) {
                return Optional.of(ConfigErrors.HTTP_ALLOWED_HOST_INVALID);
            }
        }
        return Optional.empty();
    }

    private static int port(String e) {
        int colon = e.lastIndexOf(':');
        return colon < 0 || colon < e.lastIndexOf(']') ? 0 : Integer.parseInt(e.substring(colon + 1));
    }
}
