package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * F5 on the cgroup v1 pids hierarchy, as a host without usable cgroup v2 has it: every
 * {@link CgroupContainmentTest}, plus what only v1 does (pids.max). Skipped without a writable pids hierarchy.
 */
class CgroupV1ContainmentTest extends CgroupContainmentTest {
    private static final Cgroups V1 = DetectedCgroups.v1PidsOfThisHost();

    @Override
    Cgroups cgroups() {
        return V1;
    }

    @AfterAll
    static void removeItsCgroups() {
        if (V1.enabled()) { // the shutdown hook would too; nothing may pile up under the host's pids hierarchy
            Await.until("the cgroups under " + V1.root() + " removed", () -> AppCgroup.removeTree(V1.root()),
                    Await.DEADLINE);
        }
    }

    @Test
    void givenAKilledApp_nextInstance_canForkAgain() throws Exception {
        LaunchedProcess p = children.launch(setsidGrandchild().id("forks"));
        long grandchild = grandchildPid();
        Path cgroup = placed(p);

        assertTrue(children.processes.signalGroup(p.pid(), Signal.KILL)); // pids.max 0 while it kills
        p.exit().get(10, TimeUnit.SECONDS);
        Await.equal(Liveness.DEAD, () -> children.processes.probe(grandchild));

        assertEquals("max", Files.readString(cgroup.resolve("pids.max")).trim());
        Path out = dir.resolve("next.log");
        children.launch(Spec.of(Children.install("spawns-grandchild.sh", dir), dir).id("forks").stdout(out));
        String forked = Await.until("the forked PID", () -> ProcessBuilderLauncherTest.lines(out),
                lines -> !lines.isEmpty()).get(0);
        assertTrue(forked.matches("[0-9]+"), "want a PID (fork worked), got '" + forked + "'");
        children.alsoKill(Long.parseLong(forked));
    }
}
