package dev.patrol.adapters.process;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.Signal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts apps with glibc posix_spawn (via jnr-ffi) and reaps each with waitpid(pid), so a
 * death by signal N is reported as {@link ExitStatus#killedBy(int)}, unlike
 * {@link ProcessBuilderLauncher}'s exit value 128+N. All children are watched by one thread
 * through pidfds ({@link PidfdExits}); on kernels before 5.3 each child gets its own waiter
 * thread ({@link ExitWaiter}). With {@link Cgroups} on, each app also runs in a cgroup of its own,
 * which it is born in or enters before the app runs ({@link CgroupSpawn}), kept for its next instance.
 *
 * <p>The child gets its own process group in the spawn itself (no `setsid` binary, so the
 * group exists when launch returns), an empty signal mask and default dispositions, stdin
 * /dev/null, append-mode logs, its working directory (posix_spawn_file_actions_addchdir_np)
 * and no descriptor of the JVM beyond 0–2 (addclosefrom_np). Needs glibc 2.34 or later.
 */
public final class PosixSpawnLauncher implements ProcessLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(PosixSpawnLauncher.class);

    private final PidFiles pidFiles;
    private final NativeSpawn spawner;
    private final POSIX posix;
    private final ExitWatch exits;
    private final Cgroups cgroups;
    private final CgroupSpawn contained;
    private final LeftoverGroups groups;

    /** Writes PID files with {@link FilePidFiles}. Throws IllegalStateException without glibc 2.34+. */
    public PosixSpawnLauncher() {
        this(new FilePidFiles());
    }

    /** Without cgroup containment. Throws IllegalStateException when this libc cannot spawn with chdir and closefrom. */
    public PosixSpawnLauncher(PidFiles pidFiles) {
        this(pidFiles, Cgroups.off());
    }

    /** `cgroups` must be the instance the {@link JnrPosixProcesses} signaller uses. */
    public PosixSpawnLauncher(PidFiles pidFiles, Cgroups cgroups) {
        this(pidFiles, cgroups, ExitWatches.Mode.PIDFD);
    }

    /** `reaping` lets tests force the thread-per-child fallback. */
    PosixSpawnLauncher(PidFiles pidFiles, Cgroups cgroups, ExitWatches.Mode reaping) {
        this(pidFiles, cgroups, reaping, null);
    }

    /** `mayClone` false lets tests force entering cgroups the old way; null: as `-Dpatrol.cgroups.clone3` says. */
    PosixSpawnLauncher(PidFiles pidFiles, Cgroups cgroups, ExitWatches.Mode reaping, Boolean mayClone) {
        this.pidFiles = pidFiles;
        this.cgroups = cgroups;
        this.spawner = NativeSpawn.shared();
        this.posix = LazyPosix.get();
        this.exits = ExitWatches.choose(reaping, posix);
        this.contained = mayClone == null ? new CgroupSpawn(spawner, cgroups) : new CgroupSpawn(spawner, cgroups, mayClone);
        this.groups = new LeftoverGroups(posix);
    }

    /** True when this host's libc offers what this launcher needs (glibc 2.34 or later). */
    public static boolean supported() {
        try {
            NativeSpawn.shared();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Override
    public LaunchedProcess launch(LaunchSpec spec) throws LaunchException {
        Path exe = LaunchChecks.executable(spec).toAbsolutePath();
        String stdout = logFile(spec.stdoutFile());
        String stderr = spec.merged() ? stdout : logFile(spec.stderrFile());
        NativeSpawn.Request request = new NativeSpawn.Request(exe.toString(), argv(spec), environment(spec.env()),
                stdout, stderr, spec.merged(), spec.workingDirectory(), spec.ownProcessGroup());
        boolean byGroup = spec.ownProcessGroup() && !cgroups.enabled(); // else its cgroup holds the leftovers
        if (byGroup) {
            groups.killBeforeLaunch(spec.appId());
        }
        int pid = contained.spawn(request, spec.appId());
        long startTime = ProcStat.startTime(pid); // our unreaped child: /proc/PID stays until we wait
        // Derived, so whoever waits on the exit sees the cgroup updated first.
        CompletableFuture<ExitStatus> exit = watch(pid, spec.appId()).whenComplete((s, e) -> cgroups.leaderReaped(pid));
        if (byGroup) {
            groups.launched(spec.appId(), pid);
        }
        LOG.debug("launched app {} as PID {} ({})", spec.appId(), pid, spec.executable());
        PidFileWrites.record(pidFiles, spec, pid);
        return new LaunchedProcess(pid, startTime, exit);
    }

    /** argv[0] is the executable path, as ProcessBuilderLauncher and the original do. */
    private static List<String> argv(LaunchSpec spec) {
        List<String> argv = new ArrayList<>(spec.argv().size());
        argv.add(spec.executable());
        argv.addAll(spec.argv().subList(1, spec.argv().size()));
        return argv;
    }

    /** Exactly `env`, cleaned as ProcessBuilderLauncher does (last duplicate wins, nameless entries skipped). */
    private static List<String> environment(List<String> env) {
        Map<String, String> vars = new LinkedHashMap<>();
        ProcessBuilderLauncher.environment(vars, env);
        List<String> out = new ArrayList<>(vars.size());
        vars.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    private static String logFile(String file) throws LaunchException {
        return file == null ? null : LogTargets.prepare(file).getAbsolutePath();
    }

    /** Without a watch nobody would reap the child: kill it rather than leave it untracked. */
    private CompletableFuture<ExitStatus> watch(int pid, String appId) throws LaunchException {
        try {
            return exits.watch(pid, appId);
        } catch (OutOfMemoryError e) { // "unable to create native thread"
            posix.kill(pid, Signal.KILL.number());
            posix.waitpid(pid, new int[1], 0);
            throw new LaunchException("unable to watch app " + appId + " PID " + pid + ": " + e.getMessage()
                    + " (the child was killed)", e);
        }
    }
}
