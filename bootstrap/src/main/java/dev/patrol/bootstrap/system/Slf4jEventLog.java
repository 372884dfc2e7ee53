package dev.patrol.bootstrap.system;

import dev.patrol.ports.log.EventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine's state-change lines, written to the `patrol` logger. */
public final class Slf4jEventLog implements EventLog {
    private static final Logger LOG = LoggerFactory.getLogger("patrol");

    @Override
    public void info(String line) {
        LOG.info(line);
    }

    @Override
    public void warn(String line) {
        LOG.warn(line);
    }

    @Override
    public void debug(String line) {
        LOG.debug(line);
    }
}
