package dev.patrol.ports.log;

/**
 * The daemon's log as the domain sees it: one stable line per state change
 * (product.md F17), e.g. `app web started pid=123 instance=...`.
 */
public interface EventLog {
    void info(String line);

    void warn(String line);

    /** A repeat not worth an operator's attention (e.g. the same launch failure again); dropped by default. */
    default void debug(String line) {
    }

    /** Discards everything; for embedders and tests that do not care. */
    EventLog SILENT = new EventLog() {
        @Override
        public void info(String line) {
        }

        @Override
        public void warn(String line) {
        }
    };
}
