package dev.patrol.adapters.process;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.testing.FakeProcessLauncher;

/** Keeps {@link FakeProcessLauncher} honest against the launcher contract. */
class FakeProcessLauncherTest extends ProcessLauncherContract {
    private final FakeProcessLauncher fake = new FakeProcessLauncher();

    @Override
    protected ProcessLauncher launcher() {
        return fake;
    }

    @Override
    protected void end(LaunchedProcess process) {
        fake.exit(process.pid(), ExitStatus.exited(137));
    }

    @Override
    protected LaunchedProcess track(LaunchedProcess process) {
        return process;
    }
}
