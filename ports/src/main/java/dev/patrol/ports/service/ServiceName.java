package dev.patrol.ports.service;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A service name safe to pass as one argument to `service` and to join under the init.d
 * directory (product.md F10): 1–63 bytes, not `.`, no `/` or `..`, no leading `-` (it would be
 * read as an option), no whitespace, control or format characters. The one home of the rule:
 * config validation and the service adapter both ask it.
 */
public record ServiceName(String value) {
    public static final int MAX_BYTES = 63;

    /** What is wrong with a name; config validation maps each to the original's error text. */
    public enum Flaw {
        EMPTY,
        TOO_LONG,
        UNSAFE
    }

    public ServiceName {
        Optional<Flaw> flaw = flaw(value);
        if (flaw.isPresent()) {
            throw new IllegalArgumentException("'service' " + value + " is not a safe service name: " + flaw.get());
        }
    }

    /** Empty when `name` is a safe service name. */
    public static Optional<Flaw> flaw(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of(Flaw.EMPTY);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Flaw.TOO_LONG);
        }
        if (name.equals(".") || name.contains("/") || name.contains("..") || name.startsWith("-")
                || name.codePoints().anyMatch(ServiceName::isBlankOrControl)) {
            return Optional.of(Flaw.UNSAFE);
        }
        return Optional.empty();
    }

    private static boolean isBlankOrControl(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
    }

    @Override
    public String toString() {
        return value;
    }
}
