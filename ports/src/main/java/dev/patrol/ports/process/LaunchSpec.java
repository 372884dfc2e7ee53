package dev.patrol.ports.process;

import dev.patrol.ports.Copies;
import java.util.List;

/**
 * Everything needed to start one app instance. Paths are already cleaned and absolute.
 * `env` is the final `KEY=VALUE` list (duplicates already resolved). `stdoutFile` and
 * `stderrFile` are equal for a merged log; the launcher creates their directory and opens
 * them for append (0644). `pidFile`, when not empty, receives the child's PID (F7).
 */
public record LaunchSpec(
        String appId,
        String executable,
        List<String> argv,
        List<String> env,
        String workingDirectory,
        String stdoutFile,
        String stderrFile,
        boolean ownProcessGroup,
        String pidFile) {

    public LaunchSpec {
        argv = Copies.list(argv);
        env = Copies.list(env);
        pidFile = Copies.text(pidFile);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("'argv' must hold at least argv[0]");
        }
    }

    public boolean merged() {
        return stdoutFile != null && stdoutFile.equals(stderrFile);
    }
}
