package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Signal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With pidfds, children cost no thread each: the one "patrol-reaper" thread sees every exit (issue #3). */
class PidfdReaperTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(new PosixSpawnLauncher());
    @TempDir
    Path dir;

    @Test
    void givenTwentyRunningChildren_launch_startsNoWaiterThreadAndOneReaper() throws Exception {
        List<LaunchedProcess> launched = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            launched.add(children.launch(Spec.of(Children.install("sleeps.sh", dir), dir)));
        }

        for (LaunchedProcess p : launched) {
            assertEquals(0, PosixSpawnExitStatusTest.threadsNamed("patrol-wait-" + p.pid()));
        }
        assertEquals(1, PosixSpawnExitStatusTest.threadsNamed("patrol-reaper"));
    }

    @Test
    void givenAChildKilledBySigkill_reaper_reportsTheSignalNotAnExitCode() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        children.processes.signal(p.pid(), Signal.KILL);

        ExitStatus status = p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(ExitStatus.killedBy(9), status);
        assertEquals(255, status.wireExitCode());
    }

    @Test
    void givenAChildThatExitsBeforeLaunchReturns_reaper_stillReportsItsCode() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/false", dir));

        assertEquals(ExitStatus.exited(1), p.exit().get(10, TimeUnit.SECONDS));
    }
}
