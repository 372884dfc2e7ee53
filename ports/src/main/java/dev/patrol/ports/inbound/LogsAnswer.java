package dev.patrol.ports.inbound;

/** The answer to a log query: the logs, or why they are not shown. */
public record LogsAnswer(Status status, AppLogs logs) {
    /** Outcomes, in the order the original checks them (spec §8.2); throttling is ours (issue 12). */
    public enum Status { OK, UNKNOWN_APP, SECRET_INVALID, SECRET_THROTTLED }

    public static LogsAnswer ok(AppLogs logs) {
        return new LogsAnswer(Status.OK, logs);
    }

    public static LogsAnswer refused(Status status) {
        return new LogsAnswer(status, null);
    }
}
