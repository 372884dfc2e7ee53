package dev.patrol.ports.inbound;

import java.util.concurrent.CompletableFuture;

/** Finds an app's log files for the GUI; a protected app needs its secret. */
public interface AppLogsQuery {
    CompletableFuture<LogsAnswer> appLogs(String appId, String secret);

    /** As {@link #appLogs(String, String)}, from `source` (an IP): wrong secrets are throttled per source. */
    default CompletableFuture<LogsAnswer> appLogs(String appId, String secret, String source) {
        return appLogs(appId, secret);
    }
}
