package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/** {@link ProcessBuilderLauncher} against the launcher contract, with real children. */
class ProcessBuilderLauncherContractTest extends ProcessLauncherContract {
    private final ProcessLauncher launcher = newLauncher();
    private final JnrPosixProcesses processes = new JnrPosixProcesses();
    private final List<LaunchedProcess> launched = new ArrayList<>();

    /** The launcher under test; {@link PosixSpawnLauncherContractTest} swaps it. */
    ProcessLauncher newLauncher() {
        return new ProcessBuilderLauncher();
    }

    @Override
    protected ProcessLauncher launcher() {
        return launcher;
    }

    @Override
    protected void end(LaunchedProcess process) {
        processes.signal(process.pid(), Signal.KILL);
    }

    @Override
    protected LaunchedProcess track(LaunchedProcess process) {
        launched.add(process);
        return process;
    }

    @AfterEach
    void killLaunched() throws Exception {
        for (LaunchedProcess p : launched) {
            if (!p.exit().isDone()) {
                processes.signalGroup(p.pid(), Signal.KILL);
            }
            p.exit().get(10, TimeUnit.SECONDS);
        }
    }
}
