package dev.patrol.adapters.process;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.PidReading;
import dev.patrol.ports.process.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a launched child sees (environment, argv, cwd, stdin) and how its exit is recorded. */
class ProcessBuilderLauncherTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren();
    @TempDir
    Path dir;

    @Test
    void givenAnEnvList_launch_childSeesExactlyThoseVariables() throws Exception {
        Path out = dir.resolve("env.log");
        LaunchedProcess p = children.launch(Spec.of("/usr/bin/env", dir).stdout(out)
                .env("A=1", "B=two words", "C=", "D=x=y", "NOEQUALS", "=nokey", "A=last wins"));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        Map<String, String> seen = Children.envDump(out);
        assertEquals(Map.of("A", "last wins", "B", "two words", "C", "", "D", "x=y"), seen);
    }

    @Test
    void givenAnyArgv0_launch_childSeesTheExecutablePathAsArgv0() throws Exception {
        Path sleep = dir.resolve("my-sleep");
        Files.copy(Path.of("/bin/sleep"), sleep);
        sleep.toFile().setExecutable(true);
        LaunchedProcess p = children.launch(Spec.of(sleep, dir).args("30"));

        // Until setsid has exec-ed the child, cmdline still shows setsid.
        List<String> argv = Await.until("argv [" + sleep + ", 30]", () -> cmdline(p.pid()),
                got -> !got.isEmpty() && got.get(0).equals(sleep.toString()));
        assertEquals(List.of(sleep.toString(), "30"), argv);
    }

    @Test
    void givenAWorkingDirectory_launch_childRunsThere() throws Exception {
        Path out = dir.resolve("pwd.log");
        LaunchedProcess p = children.launch(Spec.of("/bin/pwd", dir).args("-P").stdout(out));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        assertEquals(List.of(dir.toRealPath().toString()), Files.readAllLines(out));
    }

    @Test
    void givenCatReadingStdin_launch_exitsAtOnceBecauseStdinIsDevNull() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/cat", dir));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenExitCodes0And3_launch_recordsThem() throws Exception {
        Path child = Children.install("exits-with.sh", dir);

        assertEquals(ExitStatus.exited(0), children.launch(Spec.of(child, dir).args("0")).exit().get(10, TimeUnit.SECONDS));
        assertEquals(ExitStatus.exited(3), children.launch(Spec.of(child, dir).args("3")).exit().get(10, TimeUnit.SECONDS));
    }

    @Test
    void givenAChildIgnoringTerm_sigkill_isRecordedAsExit137() throws Exception {
        Path out = dir.resolve("out.log");
        LaunchedProcess p = children.launch(Spec.of(Children.install("ignores-term.sh", dir), dir).stdout(out));
        Await.equal(List.of("ready"), () -> lines(out));

        assertTrue(children.processes.signal(p.pid(), Signal.TERM)); // ignored: only KILL ends it
        assertTrue(children.processes.signal(p.pid(), Signal.KILL));

        // The JDK reports death by signal N as 128+N; see ProcessBuilderLauncher's Javadoc.
        ExitStatus status = p.exit().get(10, TimeUnit.SECONDS);
        assertEquals(ExitStatus.exited(128 + 9), status);
        assertFalse(status.bySignal());
    }

    @Test
    void givenAPidFile_launch_writesTheChildsPid() throws Exception {
        Path pidFile = dir.resolve("run/app.pid");
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir).pidFile(pidFile));

        assertEquals(PidReading.found(p.pid()), new FilePidFiles().read(pidFile.toString()));
        assertEquals(p.pid() + "\n", Files.readString(pidFile));
    }

    @Test
    void givenALaunch_launch_reportsThePidsStartTime() throws Exception {
        LaunchedProcess p = children.launch(Spec.of(Children.install("sleeps.sh", dir), dir));

        assertTrue(p.startTime() > 0, "start time " + p.startTime());
        assertEquals(p.startTime(), children.processes.startTime(p.pid()));
    }

    private static List<String> cmdline(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
