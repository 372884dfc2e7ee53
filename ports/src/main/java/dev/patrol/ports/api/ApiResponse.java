package dev.patrol.ports.api;

import dev.patrol.ports.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An API answer (spec §6.4), always showing the state from before the request. Fields that
 * are null, zero, false or empty are omitted on the wire; the domain leaves out what an
 * endpoint must not show. An error response carries only `errors`. `launchError` (our
 * addition, written after every original key) is null unless the app's latest launch failed.
 */
public record ApiResponse(
        String id,
        String instanceId,
        String group,
        String name,
        long pid,
        Instant started,
        Instant lastSeen,
        boolean disabled,
        boolean restart,
        boolean runOnce,
        boolean shutdown,
        List<HistoryRecord> history,
        Map<String, Object> keyValue,
        boolean secret,
        List<String> errors,
        long cas,
        boolean casInvalid,
        LaunchError launchError) {

    public ApiResponse {
        id = Copies.text(id);
        instanceId = Copies.text(instanceId);
        group = Copies.text(group);
        name = Copies.text(name);
        history = Copies.list(history);
        keyValue = Copies.map(keyValue);
        errors = Copies.list(errors);
    }

    /** The original's fields only: no launch error. */
    public ApiResponse(String id, String instanceId, String group, String name, long pid, Instant started,
            Instant lastSeen, boolean disabled, boolean restart, boolean runOnce, boolean shutdown,
            List<HistoryRecord> history, Map<String, Object> keyValue, boolean secret, List<String> errors,
            long cas, boolean casInvalid) {
        this(id, instanceId, group, name, pid, started, lastSeen, disabled, restart, runOnce, shutdown, history,
                keyValue, secret, errors, cas, casInvalid, null);
    }

    /** An error-only response for `e`, its wire text the one message. */
    public static ApiResponse error(ApiError e) {
        return error(e.text());
    }

    /** What the first error is, when it is one of the API's own. */
    public java.util.Optional<ApiError> apiError() {
        return errors.isEmpty() ? java.util.Optional.empty() : ApiError.of(errors.get(0));
    }

    /** An error-only response with exactly one message. */
    public static ApiResponse error(String message) {
        return new ApiResponse(null, null, null, null, 0, null, null, false, false, false, false,
                null, null, false, List.of(message), 0, false);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
