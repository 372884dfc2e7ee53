package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.PidReading;
import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
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

/** What a child started by {@link PosixSpawnLauncher} sees: environment, argv, cwd, stdio, signals. */
class PosixSpawnLauncherTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(launcher());
    @TempDir
    Path dir;

    /** The launcher under test; {@link CgroupBirthPosixSpawnLauncherTest} spawns into cgroups. */
    PosixSpawnLauncher launcher() {
        return new PosixSpawnLauncher();
    }

    @Test
    void givenAnEnvList_launch_childSeesExactlyThoseVariables() throws Exception {
        Path out = dir.resolve("env.log");
        LaunchedProcess p = children.launch(Spec.of("/usr/bin/env", dir).stdout(out)
                .env("A=1", "B=two words", "C=", "D=x=y", "NOEQUALS", "=nokey", "A=last wins", "E=\u00e9t\u00e9"));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        Map<String, String> seen = Children.envDump(out);
        assertEquals(Map.of("A", "last wins", "B", "two words", "C", "", "D", "x=y", "E", "\u00e9t\u00e9"), seen);
    }

    @Test
    void givenAnyArgv0_launch_childSeesTheExecutablePathAsArgv0() throws Exception {
        Path sleep = dir.resolve("my sleep");
        Files.copy(Path.of("/bin/sleep"), sleep);
        sleep.toFile().setExecutable(true);

        LaunchedProcess p = children.launch(Spec.of(sleep, dir).args("30"));

        // posix_spawn returns once the exec has replaced the memory, which can be just before the
        // kernel records where argv lies: /proc may show an empty cmdline for a moment.
        Await.equal(List.of(sleep.toString(), "30"), () -> cmdline(p.pid()));
    }

    @Test
    void givenAWorkingDirectory_launch_childRunsThere() throws Exception {
        Path wd = Files.createDirectories(dir.resolve("work dir"));
        Path out = dir.resolve("pwd.log");
        LaunchedProcess p = children.launch(Spec.of("/bin/pwd", wd).args("-P").stdout(out));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        assertEquals(List.of(wd.toRealPath().toString()), Files.readAllLines(out));
    }

    @Test
    void givenCatReadingStdin_launch_exitsAtOnceBecauseStdinIsDevNull() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/cat", dir));

        assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
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
    void givenAnOpenFileInTheJvm_launch_childInheritsOnlyStdio() throws Exception {
        Path out = dir.resolve("fds.log");
        try (RandomAccessFile held = new RandomAccessFile(dir.resolve("held").toFile(), "rw")) {
            held.write('x'); // an open, written descriptor the child must not inherit
            // ls itself opens /proc/self/fd as the lowest free descriptor, 3.
            LaunchedProcess p = children.launch(Spec.of("/bin/ls", dir).args("/proc/self/fd").stdout(out));

            assertEquals(ExitStatus.exited(0), p.exit().get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("0", "1", "2", "3"), Files.readAllLines(out));
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
            throw new UncheckedIOException(e);
        }
    }
}
