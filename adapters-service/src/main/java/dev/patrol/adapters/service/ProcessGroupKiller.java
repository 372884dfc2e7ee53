package dev.patrol.adapters.service;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGKILLs a command started through `setsid` together with everything it started: the
 * whole process group (`kill -KILL -- -PGID`, which reaches grandchildren already orphaned
 * to init) and every live descendant (which reaches those that left the group).
 */
final class ProcessGroupKiller {
    private static final Logger log = LoggerFactory.getLogger(ProcessGroupKiller.class);
    private static final long KILL_COMMAND_WAIT_SECONDS = 5;

    private ProcessGroupKiller() {
    }

    /** Kills `process`, its group and its descendants; `label` names it in log lines. */
    static void killAll(Process process, String label) {
        // Snapshot first: once the command dies its children are reparented and lost to us.
        List<ProcessHandle> descendants = process.descendants().toList();
        // setsid execs in place (the JDK child is no group leader), so the PGID is the PID.
        long pgid = process.pid();
        killGroup(pgid, label, descendants.size());
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private static void killGroup(long pgid, String label, int descendants) {
        try {
            Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pgid)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(KILL_COMMAND_WAIT_SECONDS, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                log.warn("kill of process group {} of {} did not finish in {}s; killing the command"
                        + " and its {} descendants directly", pgid, label, KILL_COMMAND_WAIT_SECONDS,
                        descendants);
            } else if (kill.exitValue() != 0) {
                // Typically the group is already gone or setsid had not run yet.
                log.debug("kill of process group {} of {} exited {}; killing the command and its {}"
                        + " descendants directly", pgid, label, kill.exitValue(), descendants);
            }
        } catch (IOException e) {
            log.warn("unable to run kill for process group {} of {}: {}; killing the command and its"
                    + " {} descendants directly", pgid, label, e.getMessage(), descendants);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("interrupted while killing process group {} of {}; killing the command and its"
                    + " {} descendants directly", pgid, label, descendants);
        }
    }
}
