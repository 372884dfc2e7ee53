package dev.patrol.ports.config;

import dev.patrol.ports.Copies;
import java.util.List;
import java.util.Map;

/**
 * One entry of `apps` (spec §1.3) plus the added restart, stop and log keys (product.md A1,
 * A2, A7). Original keys use Go zero values for "absent"; added keys use null.
 */
public record AppConfig(
        int keepAlive,
        String name,
        String binary,
        String workingDirectory,
        String logDirectory,
        String pidPath,
        boolean pidVerify,
        boolean disabled,
        Map<String, Object> keyValue,
        boolean keyValueClear,
        String secret,
        int executeTimeout,
        List<String> args,
        List<String> env,
        boolean envParent,
        boolean stdMerge,
        Object x,
        // additions
        String restart,
        Long restartDelayMs,
        Long backoffMaxMs,
        Double startSeconds,
        Integer startLimit,
        Integer stopTimeout,
        Long logMaxBytes,
        Integer logRetentionDays) implements ObjectConfig {

    public static final int KEEPALIVE_PID_PATROL = 1;
    public static final int KEEPALIVE_PID_APP = 2;
    public static final int KEEPALIVE_HTTP = 3;
    public static final int KEEPALIVE_UDP = 4;

    public AppConfig {
        name = Copies.text(name);
        binary = Copies.text(binary);
        workingDirectory = Copies.text(workingDirectory);
        logDirectory = Copies.text(logDirectory);
        pidPath = Copies.text(pidPath);
        keyValue = Copies.map(keyValue);
        secret = Copies.text(secret);
        args = Copies.list(args);
        env = Copies.list(env);
    }

    /** True for keepalive 3 and 4, the apps that must ping. */
    public boolean isPingable() {
        return keepAlive == KEEPALIVE_HTTP || keepAlive == KEEPALIVE_UDP;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.keepAlive = keepAlive;
        b.name = name;
        b.binary = binary;
        b.workingDirectory = workingDirectory;
        b.logDirectory = logDirectory;
        b.pidPath = pidPath;
        b.pidVerify = pidVerify;
        b.disabled = disabled;
        b.keyValue = keyValue;
        b.keyValueClear = keyValueClear;
        b.secret = secret;
        b.executeTimeout = executeTimeout;
        b.args = args;
        b.env = env;
        b.envParent = envParent;
        b.stdMerge = stdMerge;
        b.x = x;
        b.restart = restart;
        b.restartDelayMs = restartDelayMs;
        b.backoffMaxMs = backoffMaxMs;
        b.startSeconds = startSeconds;
        b.startLimit = startLimit;
        b.stopTimeout = stopTimeout;
        b.logMaxBytes = logMaxBytes;
        b.logRetentionDays = logRetentionDays;
        return b;
    }

    /** Mutable builder for tests, the codec and embedders. */
    public static final class Builder {
        private int keepAlive;
        private String name;
        private String binary;
        private String workingDirectory;
        private String logDirectory;
        private String pidPath;
        private boolean pidVerify;
        private boolean disabled;
        private Map<String, Object> keyValue;
        private boolean keyValueClear;
        private String secret;
        private int executeTimeout;
        private List<String> args;
        private List<String> env;
        private boolean envParent;
        private boolean stdMerge;
        private Object x;
        private String restart;
        private Long restartDelayMs;
        private Long backoffMaxMs;
        private Double startSeconds;
        private Integer startLimit;
        private Integer stopTimeout;
        private Long logMaxBytes;
        private Integer logRetentionDays;

        public Builder keepAlive(int v) { keepAlive = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder binary(String v) { binary = v; return this; }
        public Builder workingDirectory(String v) { workingDirectory = v; return this; }
        public Builder logDirectory(String v) { logDirectory = v; return this; }
        public Builder pidPath(String v) { pidPath = v; return this; }
        public Builder pidVerify(boolean v) { pidVerify = v; return this; }
        public Builder disabled(boolean v) { disabled = v; return this; }
        public Builder keyValue(Map<String, Object> v) { keyValue = v; return this; }
        public Builder keyValueClear(boolean v) { keyValueClear = v; return this; }
        public Builder secret(String v) { secret = v; return this; }
        public Builder executeTimeout(int v) { executeTimeout = v; return this; }
        public Builder args(List<String> v) { args = v; return this; }
        public Builder env(List<String> v) { env = v; return this; }
        public Builder envParent(boolean v) { envParent = v; return this; }
        public Builder stdMerge(boolean v) { stdMerge = v; return this; }
        public Builder x(Object v) { x = v; return this; }
        public Builder restart(String v) { restart = v; return this; }
        public Builder restartDelayMs(Long v) { restartDelayMs = v; return this; }
        public Builder backoffMaxMs(Long v) { backoffMaxMs = v; return this; }
        public Builder startSeconds(Double v) { startSeconds = v; return this; }
        public Builder startLimit(Integer v) { startLimit = v; return this; }
        public Builder stopTimeout(Integer v) { stopTimeout = v; return this; }
        public Builder logMaxBytes(Long v) { logMaxBytes = v; return this; }
        public Builder logRetentionDays(Integer v) { logRetentionDays = v; return this; }

        public AppConfig build() {
            return new AppConfig(keepAlive, name, binary, workingDirectory, logDirectory, pidPath,
                    pidVerify, disabled, keyValue, keyValueClear, secret, executeTimeout, args, env,
                    envParent, stdMerge, x, restart, restartDelayMs, backoffMaxMs, startSeconds,
                    startLimit, stopTimeout, logMaxBytes, logRetentionDays);
        }
    }
}
