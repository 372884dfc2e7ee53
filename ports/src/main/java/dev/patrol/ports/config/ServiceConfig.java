package dev.patrol.ports.config;

import dev.patrol.ports.Copies;
import java.util.List;
import java.util.Map;

/**
 * One entry of `services` (spec §1.4). Ignore lists hold exit codes 0–255 ("treat as
 * success"). Verbs left empty mean the defaults `start`, `status`, `stop`, `restart`.
 */
public record ServiceConfig(
        int management,
        int managementStart,
        int managementStatus,
        int managementStop,
        int managementRestart,
        String managementStartParameter,
        String managementStatusParameter,
        String managementStopParameter,
        String managementRestartParameter,
        String name,
        String service,
        List<Integer> ignoreExitCodesStart,
        List<Integer> ignoreExitCodesStatus,
        List<Integer> ignoreExitCodesStop,
        List<Integer> ignoreExitCodesRestart,
        boolean disabled,
        Map<String, Object> keyValue,
        boolean keyValueClear,
        String secret,
        Object x) implements ObjectConfig {

    public static final int MANAGEMENT_SERVICE = 1;
    public static final int MANAGEMENT_INITD = 2;

    public ServiceConfig {
        managementStartParameter = Copies.text(managementStartParameter);
        managementStatusParameter = Copies.text(managementStatusParameter);
        managementStopParameter = Copies.text(managementStopParameter);
        managementRestartParameter = Copies.text(managementRestartParameter);
        name = Copies.text(name);
        service = Copies.text(service);
        ignoreExitCodesStart = Copies.list(ignoreExitCodesStart);
        ignoreExitCodesStatus = Copies.list(ignoreExitCodesStatus);
        ignoreExitCodesStop = Copies.list(ignoreExitCodesStop);
        ignoreExitCodesRestart = Copies.list(ignoreExitCodesRestart);
        keyValue = Copies.map(keyValue);
        secret = Copies.text(secret);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.management = management;
        b.managementStart = managementStart;
        b.managementStatus = managementStatus;
        b.managementStop = managementStop;
        b.managementRestart = managementRestart;
        b.managementStartParameter = managementStartParameter;
        b.managementStatusParameter = managementStatusParameter;
        b.managementStopParameter = managementStopParameter;
        b.managementRestartParameter = managementRestartParameter;
        b.name = name;
        b.service = service;
        b.ignoreExitCodesStart = ignoreExitCodesStart;
        b.ignoreExitCodesStatus = ignoreExitCodesStatus;
        b.ignoreExitCodesStop = ignoreExitCodesStop;
        b.ignoreExitCodesRestart = ignoreExitCodesRestart;
        b.disabled = disabled;
        b.keyValue = keyValue;
        b.keyValueClear = keyValueClear;
        b.secret = secret;
        b.x = x;
        return b;
    }

    /** Mutable builder for tests, the codec and embedders. */
    public static final class Builder {
        private int management;
        private int managementStart;
        private int managementStatus;
        private int managementStop;
        private int managementRestart;
        private String managementStartParameter;
        private String managementStatusParameter;
        private String managementStopParameter;
        private String managementRestartParameter;
        private String name;
        private String service;
        private List<Integer> ignoreExitCodesStart;
        private List<Integer> ignoreExitCodesStatus;
        private List<Integer> ignoreExitCodesStop;
        private List<Integer> ignoreExitCodesRestart;
        private boolean disabled;
        private Map<String, Object> keyValue;
        private boolean keyValueClear;
        private String secret;
        private Object x;

        public Builder management(int v) { management = v; return this; }
        public Builder managementStart(int v) { managementStart = v; return this; }
        public Builder managementStatus(int v) { managementStatus = v; return this; }
        public Builder managementStop(int v) { managementStop = v; return this; }
        public Builder managementRestart(int v) { managementRestart = v; return this; }
        public Builder managementStartParameter(String v) { managementStartParameter = v; return this; }
        public Builder managementStatusParameter(String v) { managementStatusParameter = v; return this; }
        public Builder managementStopParameter(String v) { managementStopParameter = v; return this; }
        public Builder managementRestartParameter(String v) { managementRestartParameter = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder service(String v) { service = v; return this; }
        public Builder ignoreExitCodesStart(List<Integer> v) { ignoreExitCodesStart = v; return this; }
        public Builder ignoreExitCodesStatus(List<Integer> v) { ignoreExitCodesStatus = v; return this; }
        public Builder ignoreExitCodesStop(List<Integer> v) { ignoreExitCodesStop = v; return this; }
        public Builder ignoreExitCodesRestart(List<Integer> v) { ignoreExitCodesRestart = v; return this; }
        public Builder disabled(boolean v) { disabled = v; return this; }
        public Builder keyValue(Map<String, Object> v) { keyValue = v; return this; }
        public Builder keyValueClear(boolean v) { keyValueClear = v; return this; }
        public Builder secret(String v) { secret = v; return this; }
        public Builder x(Object v) { x = v; return this; }

        public ServiceConfig build() {
            return new ServiceConfig(management, managementStart, managementStatus, managementStop,
                    managementRestart, managementStartParameter, managementStatusParameter,
                    managementStopParameter, managementRestartParameter, name, service,
                    ignoreExitCodesStart, ignoreExitCodesStatus, ignoreExitCodesStop,
                    ignoreExitCodesRestart, disabled, keyValue, keyValueClear, secret, x);
        }
    }
}
