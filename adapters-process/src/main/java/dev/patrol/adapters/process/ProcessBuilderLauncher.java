package dev.patrol.adapters.process;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.ProcessLauncher;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts apps with {@link ProcessBuilder}; util-linux `setsid` gives a child its own process
 * group without a fork, so its PID is unchanged.
 *
 * <p>Exit statuses: the JDK reports a death by signal N as exit value 128+N and reaps the
 * child itself, so a signal cannot be told from a real `exit(128+N)`. Every value is
 * therefore recorded as {@link ExitStatus#exited(int)}: a SIGKILLed child is `exited(137)`,
 * never `killedBy(9)`.
 */
public final class ProcessBuilderLauncher implements ProcessLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessBuilderLauncher.class);
    private static final File DEV_NULL = new File("/dev/null");
    private static final Duration GROUP_WAIT = Duration.ofSeconds(2);
    private static final long GROUP_POLL_NANOS = 100_000;

    private final PidFiles pidFiles;
    private final String setsid;
    private final LeftoverGroups groups = new LeftoverGroups();

    /** Writes PID files with {@link FilePidFiles} and finds `setsid` on this JVM's PATH. */
    public ProcessBuilderLauncher() {
        this(new FilePidFiles(), LaunchChecks.findOnPath("setsid", System.getenv("PATH")));
    }

    /** `setsid` is the path of util-linux setsid, or null when the host has none. */
    public ProcessBuilderLauncher(PidFiles pidFiles, String setsid) {
        this.pidFiles = pidFiles;
        this.setsid = setsid;
        if (setsid == null) {
            LOG.warn("setsid not found on PATH: launches that need their own process group will fail");
        }
    }

    @Override
    public LaunchedProcess launch(LaunchSpec spec) throws LaunchException {
        Path exe = LaunchChecks.executable(spec);
        ProcessBuilder pb = new ProcessBuilder(command(spec));
        environment(pb.environment(), spec.env());
        if (spec.workingDirectory() != null && !spec.workingDirectory().isEmpty()) {
            pb.directory(new File(spec.workingDirectory()));
        }
        redirect(pb, spec);
        if (spec.ownProcessGroup()) {
            groups.killBeforeLaunch(spec.appId());
        }
        Process process;
        try {
            process = pb.start();
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("unable to start " + exe + " for app " + spec.appId() + ": " + e.getMessage(), e);
        }
        long pid = process.pid();
        long startTime = ProcStat.startTime(pid); // fixed at fork: valid even before setsid execs
        if (spec.ownProcessGroup()) {
            awaitOwnGroup(process, spec.appId());
        }
        LOG.debug("launched app {} as PID {} ({})", spec.appId(), pid, spec.executable());
        PidFileWrites.record(pidFiles, spec, pid);
        if (spec.ownProcessGroup()) {
            groups.launched(spec.appId(), pid);
        }
        return new LaunchedProcess(pid, startTime, exitOf(process, spec.appId()));
    }

    private List<String> command(LaunchSpec spec) throws LaunchException {
        List<String> cmd = new ArrayList<>();
        if (spec.ownProcessGroup()) {
            if (setsid == null) {
                throw new LaunchException("unable to start app " + spec.appId()
                        + " in its own process group: setsid not found on PATH");
            }
            cmd.add(setsid);
        }
        cmd.add(spec.executable()); // argv[0] seen by the child is the executable path
        cmd.addAll(spec.argv().subList(1, spec.argv().size()));
        return cmd;
    }

    /** Exactly `env`: entries without '=' (or with an empty key, or a NUL) are skipped. */
    static void environment(Map<String, String> target, List<String> env) {
        target.clear();
        for (String entry : env) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.indexOf('\0') >= 0) {
                LOG.debug("skipping an environment entry without a name or with a NUL byte (value not logged)");
                continue;
            }
            target.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
    }

    private static void redirect(ProcessBuilder pb, LaunchSpec spec) throws LaunchException {
        pb.redirectInput(Redirect.from(DEV_NULL));
        if (spec.merged()) {
            pb.redirectErrorStream(true);
            pb.redirectOutput(Redirect.appendTo(LogTargets.prepare(spec.stdoutFile())));
            return;
        }
        pb.redirectOutput(target(spec.stdoutFile()));
        pb.redirectError(target(spec.stderrFile()));
    }

    private static Redirect target(String file) throws LaunchException {
        return file == null ? Redirect.DISCARD : Redirect.appendTo(LogTargets.prepare(file));
    }

    /**
     * Waits (briefly) until setsid has made the child its group leader, so that a group signal
     * sent right after launch reaches it instead of failing with ESRCH.
     */
    private static void awaitOwnGroup(Process process, String appId) {
        long deadline = System.nanoTime() + GROUP_WAIT.toNanos();
        while (ProcStat.processGroup(process.pid()) != process.pid()) {
            if (!process.isAlive()) {
                return; // exited already: nothing left to signal
            }
            if (System.nanoTime() > deadline) {
                LOG.warn("app {} PID {} did not lead its own process group within {} ms (continuing; group signals may miss it)",
                        appId, process.pid(), GROUP_WAIT.toMillis());
                return;
            }
            LockSupport.parkNanos(GROUP_POLL_NANOS);
        }
    }

    private static CompletableFuture<ExitStatus> exitOf(Process process, String appId) {
        CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
        process.onExit().whenComplete((p, failure) -> {
            if (failure != null) {
                LOG.warn("lost the exit status of app {} PID {}: {} (recording 255)", appId, process.pid(), failure.toString());
                exit.complete(ExitStatus.exited(255));
                return;
            }
            int value = p.exitValue();
            LOG.debug("app {} PID {} exited with value {}", appId, p.pid(), value);
            exit.complete(ExitStatus.exited(value & 0xFF));
        });
        return exit;
    }
}
