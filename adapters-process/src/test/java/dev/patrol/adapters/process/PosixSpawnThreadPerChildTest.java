package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.Await;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fallback for kernels without pidfd_open: the same exit statuses, from one waiter thread per child. */
class PosixSpawnThreadPerChildTest extends PosixSpawnExitStatusTest {
    @Override
    PosixSpawnLauncher launcher() {
        return new PosixSpawnLauncher(new FilePidFiles(), Cgroups.off(), ExitWatches.Mode.THREAD_PER_CHILD);
    }

    @Test
    void givenARunningChild_launch_startsOneWaiterThreadThatEndsWithIt() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));
        String name = "patrol-wait-" + p.pid();
        assertEquals(1, threadsNamed(name));

        children.processes.signal(p.pid(), Signal.KILL);
        p.exit().get(10, TimeUnit.SECONDS);

        Await.equal(0L, () -> threadsNamed(name));
    }
}
