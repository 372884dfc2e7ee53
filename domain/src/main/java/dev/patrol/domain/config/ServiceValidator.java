package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigErrors.*;

import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.service.ServiceName;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One service's rules (spec §1.7 with the fixes of product.md F10); the first failure wins. */
public final class ServiceValidator {
    public static final int NAME_MAX_BYTES = 255;

    private ServiceValidator() {
    }

    /** Empty when the service is valid. */
    public static Optional<String> validate(ServiceConfig service) {
        String error = management(service);
        if (error == null) {
            error = serviceName(service.service());
        }
        if (error == null) {
            error = rest(service);
        }
        return Optional.ofNullable(error);
    }

    /**
     * True when the per-operation methods apply: `management` unset and any of the four set.
     * The original ignored `management-restart` here (spec §12.23); we honour it (F10).
     */
    public static boolean usesPerOperationManagement(ServiceConfig s) {
        return s.management() == 0 && (s.managementStart() > 0 || s.managementStatus() > 0
                || s.managementStop() > 0 || s.managementRestart() > 0);
    }

    private static String management(ServiceConfig s) {
        if (!usesPerOperationManagement(s)) {
            return isMethod(s.management()) ? null : SERVICE_MANAGEMENT_INVALID;
        }
        if (!isMethod(s.managementStart())) {
            return SERVICE_MANAGEMENT_START_INVALID;
        }
        if (!isMethod(s.managementStatus())) {
            return SERVICE_MANAGEMENT_STATUS_INVALID;
        }
        if (!isMethod(s.managementStop())) {
            return SERVICE_MANAGEMENT_STOP_INVALID;
        }
        if (!isMethod(s.managementRestart())) {
            return SERVICE_MANAGEMENT_RESTART_INVALID;
        }
        return null;
    }

    private static boolean isMethod(int method) {
        return method == ServiceConfig.MANAGEMENT_SERVICE || method == ServiceConfig.MANAGEMENT_INITD;
    }

    /** The name becomes `/etc/init.d/<name>` and an argv entry: no traversal, no splitting (§12.22). */
    private static String serviceName(String service) {
        return ServiceName.flaw(service).map(f -> switch (f) {
            case EMPTY -> SERVICE_EMPTY;
            case TOO_LONG -> SERVICE_TOO_LONG;
            case UNSAFE -> SERVICE_INVALID;
        }).orElse(null);
    }

    private static String rest(ServiceConfig s) {
        if (s.name().isEmpty()) {
            return SERVICE_NAME_EMPTY;
        }
        if (Utf8.length(s.name()) > NAME_MAX_BYTES) {
            return SERVICE_NAME_TOO_LONG;
        }
        if (Utf8.length(s.secret()) > AppValidator.SECRET_MAX_BYTES) {
            return SECRET_TOO_LONG;
        }
        for (List<Integer> codes : List.of(s.ignoreExitCodesStart(), s.ignoreExitCodesStatus(),
                s.ignoreExitCodesStop(), s.ignoreExitCodesRestart())) {
            String error = exitCodes(codes);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    // Element by element, as the original: in [1, 1, 0] the duplicate is reported first.
    private static String exitCodes(List<Integer> codes) {
        Set<Integer> seen = new HashSet<>();
        for (Integer code : codes) {
            if (code == 0) {
                return SERVICE_EXIT_CODE_INVALID;
            }
            if (!seen.add(code)) {
                return SERVICE_EXIT_CODE_DUPLICATE;
            }
        }
        return null;
    }
}
