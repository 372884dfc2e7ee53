package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An app that enters its cgroup through {@link CgroupTrampoline} sees what a directly spawned one sees. */
class CgroupTrampolineTest extends ContainedChildren {
    @Override
    boolean mayClone() {
        return false;
    }

    @BeforeAll
    static void needsTheTrampoline() {
        assumeTrue(CgroupTrampoline.available(), "/bin/sh and /usr/bin/env");
    }

    @Test
    void givenAnEnvList_launch_childSeesExactlyThoseVariables() throws Exception {
        Path out = dir.resolve("env.log");
        LaunchedProcess p = children.launch(Spec.of("/usr/bin/env", dir).stdout(out)
                .env("A=1", "B=two words", "C=", "D=x=y", "-E=dash", "A=last wins"));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        Map<String, String> seen = Children.envDump(out);
        assertEquals(Map.of("A", "last wins", "B", "two words", "C", "", "D", "x=y", "-E", "dash"), seen);
    }

    @Test
    void givenArgs_launch_childSeesTheAbsolutePathAndItsArgs() throws Exception {
        Path sleep = dir.resolve("my sleep");
        Files.copy(Path.of("/bin/sleep"), sleep);
        sleep.toFile().setExecutable(true);

        LaunchedProcess p = children.launch(Spec.of(sleep, dir).args("30", "0"));

        Await.equal(List.of(sleep.toString(), "30", "0"), () -> cmdline(p.pid()));
    }

    @Test
    void givenArgsAShellWouldExpand_launch_passesThemVerbatim() throws Exception {
        Path out = dir.resolve("echo.log");
        LaunchedProcess p = children.launch(Spec.of("/bin/echo", dir).args("$HOME", "a  b", "*", "'\"", "-n").stdout(out));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        assertEquals(List.of("$HOME a  b * '\" -n"), Files.readAllLines(out));
    }

    @Test
    void givenTheJvmsSignalState_launch_childStartsWithNothingBlockedOrIgnored() throws Exception {
        Path out = dir.resolve("status.log");
        LaunchedProcess p = children.launch(Spec.of("/bin/grep", dir).args("-E", "^Sig(Blk|Ign):", "/proc/self/status")
                .stdout(out));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        assertEquals(List.of("SigBlk:\t0000000000000000", "SigIgn:\t0000000000000000"), Files.readAllLines(out));
    }

    @Test
    void givenExitCodeAndSignal_exit_areTheAppsOwn() throws Exception {
        LaunchedProcess exits = children.launch(Spec.of(Children.install("exits-with.sh", dir), dir).args("3"));
        LaunchedProcess killed = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));
        Await.equal(List.of("/bin/sleep", "30"), () -> cmdline(killed.pid())); // the PID is the app's own

        children.processes.signal(killed.pid(), Signal.KILL);

        assertEquals(ExitStatus.exited(3), exits.exit().get(10, TimeUnit.SECONDS));
        assertEquals(ExitStatus.killedBy(9), killed.exit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenAPathWithAnEqualsSign_launch_movesTheChildInAfterItStarts() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("a=b"));
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", odd), odd));

        Path cgroup = CGROUPS.of(p.pid()).dir();
        Await.until("PID " + p.pid() + " in " + cgroup, () -> pidsIn(cgroup).contains(String.valueOf(p.pid())),
                Await.DEADLINE);
    }

    private static List<String> pidsIn(Path cgroup) {
        try {
            return Files.readAllLines(cgroup.resolve("cgroup.procs"));
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
