package dev.patrol.domain.config;

/** Every config validation error text, byte-exact with the original (spec §1.6, §1.7) plus our additions. */
public final class ConfigErrors {
    // Config (spec §1.6)
    public static final String CONFIG_NIL = "Config was NIL";
    public static final String PATROL_EMPTY = "Patrol Apps and Servers were both empty";
    public static final String APP_KEY_EMPTY = "App Key was empty";
    public static final String APP_KEY_INVALID = "App Key was invalid";
    public static final String APP_NIL = "App was nil";
    public static final String APP_DUPLICATE = "Duplicate App Label";
    public static final String LISTEN_HTTP_EMPTY = "HTTP Listeners were empty, we required one to exist!";
    public static final String LISTEN_UDP_EMPTY = "UDP Listeners were empty, we required one to exist!";
    public static final String SERVICE_KEY_EMPTY = "Service Key was empty";
    public static final String SERVICE_KEY_INVALID = "Service Key was invalid";
    public static final String SERVICE_NIL = "Service was nil";
    public static final String SERVICE_DUPLICATE = "Duplicate Service Label";

    // App (spec §1.7)
    public static final String APP_KEEPALIVE_INVALID = "App KeepAlive was invalid, please select a keep alive method!";
    public static final String APP_NAME_EMPTY = "App Name was empty";
    public static final String APP_NAME_TOO_LONG = "App Name was longer than 255 bytes";
    public static final String APP_WD_EMPTY = "App WorkingDirectory was empty";
    public static final String APP_WD_RELATIVE = "App WorkingDirectory was relative";
    public static final String APP_WD_UNCLEAN = "App WorkingDirectory was unclean";
    public static final String APP_BINARY_EMPTY = "App Binary was empty";
    public static final String APP_BINARY_UNCLEAN = "App Binary was unclean";
    public static final String APP_LOG_DIRECTORY_EMPTY = "App Log Directory was empty";
    public static final String APP_LOG_DIRECTORY_UNCLEAN = "App Log Directory was unclean";
    public static final String APP_PID_PATH_EMPTY = "App PIDPATH was empty";
    public static final String APP_PID_PATH_UNCLEAN = "App PIDPath was unclean";
    public static final String SECRET_TOO_LONG = "Secret Longer than 128 bytes";
    /** The typo "Excute" is part of the original's wire text. */
    public static final String APP_EXECUTE_TIMEOUT_NEGATIVE = "App Excute Timeout < 0";

    // App additions (product.md A1, A2, A7)
    public static final String APP_RESTART_INVALID =
            "App Restart was invalid, please select always, on-failure or never";
    public static final String APP_RESTART_DELAY_NEGATIVE = "App Restart Delay < 0";
    public static final String APP_BACKOFF_MAX_NEGATIVE = "App Backoff Max < 0";
    public static final String APP_START_SECONDS_NEGATIVE = "App Start Seconds < 0";
    public static final String APP_START_LIMIT_NEGATIVE = "App Start Limit < 0";
    public static final String APP_STOP_TIMEOUT_NEGATIVE = "App Stop Timeout < 0";
    public static final String APP_LOG_MAX_BYTES_NEGATIVE = "App Log Max Bytes < 0";
    public static final String APP_LOG_RETENTION_DAYS_NEGATIVE = "App Log Retention Days < 0";

    // Service (spec §1.7)
    public static final String SERVICE_MANAGEMENT_INVALID = "Service Management was invalid, please select a method!";
    public static final String SERVICE_MANAGEMENT_START_INVALID =
            "Service Management Start was invalid, please select a method!";
    public static final String SERVICE_MANAGEMENT_STATUS_INVALID =
            "Service Management Status was invalid, please select a method!";
    public static final String SERVICE_MANAGEMENT_STOP_INVALID =
            "Service Management Stop was invalid, please select a method!";
    public static final String SERVICE_MANAGEMENT_RESTART_INVALID =
            "Service Management Restart was invalid, please select a method!";
    public static final String SERVICE_EMPTY = "Service was empty";
    public static final String SERVICE_TOO_LONG = "Service was longer than 63 bytes";
    /** Ours (product.md F10): the name becomes a path under init.d, so it must not traverse. */
    public static final String SERVICE_INVALID =
            "Service was invalid, it must not contain '/', '..', whitespace or control characters";
    public static final String SERVICE_NAME_EMPTY = "Service Name was empty";
    public static final String SERVICE_NAME_TOO_LONG = "Service Name was longer than 255 bytes";
    public static final String SERVICE_EXIT_CODE_INVALID = "Service contained an Invalid Exit Code";
    public static final String SERVICE_EXIT_CODE_DUPLICATE = "Service contained a Duplicate Exit Code";

    // Config additions (issue 12)
    /** An entry of `http-allowed-hosts` that is no Host value. */
    public static final String HTTP_ALLOWED_HOST_INVALID =
            "HTTP Allowed Host was invalid, it must be '*', a host name or address, or host:port";

    private ConfigErrors() {
    }
}
