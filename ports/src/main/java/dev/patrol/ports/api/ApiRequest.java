package dev.patrol.ports.api;

import dev.patrol.ports.Copies;
import java.util.Map;

/**
 * An API request (spec §6.1). Every field is optional. `toggle` is wider than the wire's
 * uint8 so that out-of-range values can be rejected instead of truncated (product.md F12);
 * `cas` carries the uint64 bits.
 */
public record ApiRequest(
        String id,
        String group,
        boolean ping,
        long pid,
        long toggle,
        boolean history,
        Map<String, Object> keyValue,
        boolean keyValueReplace,
        String secret,
        long cas) {

    public ApiRequest {
        id = Copies.text(id);
        group = Copies.text(group);
        keyValue = Copies.map(keyValue);
        secret = Copies.text(secret);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder for tests, adapters and embedders. */
    public static final class Builder {
        private String id;
        private String group;
        private boolean ping;
        private long pid;
        private long toggle;
        private boolean history;
        private Map<String, Object> keyValue;
        private boolean keyValueReplace;
        private String secret;
        private long cas;

        public Builder id(String v) { id = v; return this; }
        public Builder group(String v) { group = v; return this; }
        public Builder ping(boolean v) { ping = v; return this; }
        public Builder pid(long v) { pid = v; return this; }
        public Builder toggle(long v) { toggle = v; return this; }
        public Builder history(boolean v) { history = v; return this; }
        public Builder keyValue(Map<String, Object> v) { keyValue = v; return this; }
        public Builder keyValueReplace(boolean v) { keyValueReplace = v; return this; }
        public Builder secret(String v) { secret = v; return this; }
        public Builder cas(long v) { cas = v; return this; }

        public ApiRequest build() {
            return new ApiRequest(id, group, ping, pid, toggle, history, keyValue, keyValueReplace, secret, cas);
        }
    }
}
