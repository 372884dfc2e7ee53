package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.ProcessLauncher;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link ProcessLauncher} must do: run against the fake and the ProcessBuilder one. */
abstract class ProcessLauncherContract {
    @TempDir
    Path dir;

    protected abstract ProcessLauncher launcher();

    /** Ends a launched child from outside (a signal for real ones). */
    protected abstract void end(LaunchedProcess process);

    /** Lets the test clean up what it launched. */
    protected abstract LaunchedProcess track(LaunchedProcess process);

    private LaunchSpec sleeping() {
        return Spec.of("/bin/sleep", dir).args("30").build();
    }

    @Test
    void givenASpec_launch_returnsARunningChildWithAPidAndStartTime() throws Exception {
        LaunchedProcess p = track(launcher().launch(sleeping()));

        assertTrue(p.pid() > 0, "pid " + p.pid());
        assertTrue(p.startTime() > 0, "start time " + p.startTime());
        assertFalse(p.exit().isDone(), "a sleeping child has not exited");
    }

    @Test
    void givenTwoLaunches_launch_returnsDistinctPids() throws Exception {
        LaunchedProcess a = track(launcher().launch(sleeping()));
        LaunchedProcess b = track(launcher().launch(sleeping()));

        assertNotEquals(a.pid(), b.pid());
    }

    @Test
    void givenARunningChild_itEnds_exitFutureCompletes() throws Exception {
        LaunchedProcess p = track(launcher().launch(sleeping()));

        end(p);

        p.exit().get(10, TimeUnit.SECONDS);
    }
}
