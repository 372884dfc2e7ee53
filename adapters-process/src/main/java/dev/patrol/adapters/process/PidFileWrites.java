package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.PidFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a launched child's PID file (F7); a failure is logged, the launch still counts. */
final class PidFileWrites {
    private static final Logger LOG = LoggerFactory.getLogger(PidFileWrites.class);

    private PidFileWrites() {
    }

    static void record(PidFiles pidFiles, LaunchSpec spec, long pid) {
        if (spec.pidFile().isEmpty()) {
            return;
        }
        String err = pidFiles.write(spec.pidFile(), pid);
        if (!err.isEmpty()) {
            LOG.warn("app {} runs as PID {} but its PID file was not written: {}", spec.appId(), pid, err);
        }
    }
}
