package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Launches children for a test and SIGKILLs their groups (and any extra PIDs) afterwards. */
final class LaunchedChildren implements AfterEachCallback {
    final ProcessLauncher launcher;
    final JnrPosixProcesses processes;
    private final List<LaunchedProcess> launched = new ArrayList<>();
    private final List<Long> extraPids = new ArrayList<>();

    LaunchedChildren() {
        this(new ProcessBuilderLauncher());
    }

    LaunchedChildren(ProcessLauncher launcher) {
        this(launcher, new JnrPosixProcesses());
    }

    /** `processes` signals and cleans up; it shares the launcher's {@link Cgroups}. */
    LaunchedChildren(ProcessLauncher launcher, JnrPosixProcesses processes) {
        this.launcher = launcher;
        this.processes = processes;
    }

    /** posix_spawn with `cgroups`, and a signaller sharing them (F5). */
    static LaunchedChildren contained(Cgroups cgroups) {
        return contained(cgroups, true);
    }

    /** As {@link #contained(Cgroups)}; `mayClone` false enters cgroups the old way (CgroupTrampoline). */
    static LaunchedChildren contained(Cgroups cgroups, boolean mayClone) {
        return new LaunchedChildren(new PosixSpawnLauncher(new FilePidFiles(), cgroups, ExitWatches.Mode.PIDFD, mayClone),
                new JnrPosixProcesses(cgroups));
    }

    LaunchedProcess launch(Spec spec) throws LaunchException {
        LaunchedProcess p = launcher.launch(spec.build());
        launched.add(p);
        return p;
    }

    void alsoKill(long pid) {
        extraPids.add(pid);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (long pid : extraPids) {
            processes.signal(pid, Signal.KILL);
        }
        for (LaunchedProcess p : launched) {
            processes.signalGroup(p.pid(), Signal.KILL); // grandchildren may outlive the child
            if (!p.exit().isDone()) {
                processes.signal(p.pid(), Signal.KILL);
            }
            p.exit().get(10, TimeUnit.SECONDS);
        }
        launched.clear();
        extraPids.clear();
    }
}
