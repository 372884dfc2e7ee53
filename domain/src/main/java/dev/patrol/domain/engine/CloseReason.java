package dev.patrol.domain.engine;

/** Why an instance closed (or a stop began), as the history record's `reason` says it on the wire. */
enum CloseReason {
    NONE(""),
    PING_EXPIRED("ping-expired"),
    PID_FILE("pid-file"),
    PID_DEAD("pid-dead"),
    PID_REUSED("pid-reused"),
    PID_VERIFY("pid-verify"),
    PID_UNPROVEN("pid-unproven"),
    PID_FILE_INVALID("pid-file-invalid"),
    EXECUTE_TIMEOUT("execute-timeout"),
    RELOAD("reload"),
    REMOVED("removed"),
    ORPHANED("orphaned"),
    START_LIMIT("start-limit");

    private final String wire;

    CloseReason(String wire) {
        this.wire = wire;
    }

    /** The exact string of the history record and the log lines. */
    String wire() {
        return wire;
    }
}
