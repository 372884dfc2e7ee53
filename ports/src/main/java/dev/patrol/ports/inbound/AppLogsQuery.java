package dev.patrol.ports.inbound;

import java.util.concurrent.CompletableFuture;

/** Finds an app's log files for the GUI; a protected app needs its secret. */
public interface AppLogsQuery {
    CompletableFuture<LogsAnswer> appLogs(String appId, String secret);
}
