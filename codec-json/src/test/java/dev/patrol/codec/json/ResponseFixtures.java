package dev.patrol.codec.json;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.LaunchError;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures: a fluent builder for ApiResponse and a fully populated response. */
final class ResponseFixtures {
    static final Instant STARTED = Instant.parse("2018-07-19T01:43:44Z");
    static final Instant LAST_SEEN = Instant.parse("2018-07-19T01:44:14Z");
    static final Instant STOPPED = Instant.parse("2018-07-19T01:45:00Z");

    private ResponseFixtures() {
    }

    static Builder response() {
        return new Builder();
    }

    /** Every field of the response and of its history record set (checklist 1). */
    static ApiResponse everyFieldSet() {
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("a", List.of(1.0, 2.5));
        kv.put("b", null);
        kv.put("c", Map.of("nested", "<&>"));
        kv.put("d", true);
        kv.put("e", 1e21);
        HistoryRecord h = new HistoryRecord("5f7b1c2e-0000-4000-8000-000000000001", 1254, STARTED,
                LAST_SEEN, STOPPED, true, true, true, true, 10, Map.of("k", "v"), 9, "ping-expired");
        return response().id("web").instanceId("5f7b1c2e-0000-4000-8000-000000000002").group("app")
                .name("Web \"server\"").pid(4321).started(STARTED).lastSeen(LAST_SEEN).disabled(true)
                .restart(true).runOnce(true).shutdown(true).history(List.of(h, h)).keyValue(kv)
                .secret(true).errors(List.of("one", "two")).cas(93156).casInvalid(true).build();
    }

    /** Fluent builder; fields default to Go's zero values. */
    static final class Builder {
        private String id;
        private String instanceId;
        private String group;
        private String name;
        private long pid;
        private Instant started;
        private Instant lastSeen;
        private boolean disabled;
        private boolean restart;
        private boolean runOnce;
        private boolean shutdown;
        private List<HistoryRecord> history;
        private Map<String, Object> keyValue;
        private boolean secret;
        private List<String> errors;
        private long cas;
        private boolean casInvalid;
        private LaunchError launchError;

        Builder id(String v) { id = v; return this; }
        Builder instanceId(String v) { instanceId = v; return this; }
        Builder group(String v) { group = v; return this; }
        Builder name(String v) { name = v; return this; }
        Builder pid(long v) { pid = v; return this; }
        Builder started(Instant v) { started = v; return this; }
        Builder lastSeen(Instant v) { lastSeen = v; return this; }
        Builder disabled(boolean v) { disabled = v; return this; }
        Builder restart(boolean v) { restart = v; return this; }
        Builder runOnce(boolean v) { runOnce = v; return this; }
        Builder shutdown(boolean v) { shutdown = v; return this; }
        Builder history(List<HistoryRecord> v) { history = v; return this; }
        Builder keyValue(Map<String, Object> v) { keyValue = v; return this; }
        Builder secret(boolean v) { secret = v; return this; }
        Builder errors(List<String> v) { errors = v; return this; }
        Builder cas(long v) { cas = v; return this; }
        Builder casInvalid(boolean v) { casInvalid = v; return this; }
        Builder launchError(LaunchError v) { launchError = v; return this; }

        ApiResponse build() {
            return new ApiResponse(id, instanceId, group, name, pid, started, lastSeen, disabled,
                    restart, runOnce, shutdown, history, keyValue, secret, errors, cas, casInvalid, launchError);
        }
    }
}
