package dev.patrol.adapters.service;

import java.util.Optional;

/**
 * Refuses service names that could leave the init.d directory or be read as something else.
 * Config validation already rejects them (product.md F10); this is the adapter's own guard.
 */
final class ServiceNames {
    private ServiceNames() {
    }

    /** Why `service` must not be run, or empty when it is safe to pass as one argument. */
    static Optional<String> refusal(String service) {
        if (service == null || service.isEmpty()) {
            return Optional.of("the service name is empty");
        }
        String reason = null;
        if (service.contains("/")) {
            reason = "contains '/'";
        } else if (service.contains("..")) {
            reason = "contains '..'";
        } else if (service.startsWith("-")) {
            reason = "starts with '-' and would be read as an option";
        } else if (service.codePoints().anyMatch(ServiceNames::isBlankOrControl)) {
            reason = "contains whitespace or control characters";
        }
        return Optional.ofNullable(reason)
                .map(r -> "service name '" + Printable.of(service) + "' " + r);
    }

    private static boolean isBlankOrControl(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
