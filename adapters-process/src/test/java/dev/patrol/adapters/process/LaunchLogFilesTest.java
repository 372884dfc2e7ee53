package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.ProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Stdout and stderr go to append-mode 0644 files, merged or split, in directories made on demand. */
class LaunchLogFilesTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(launcher());
    @TempDir
    Path dir;

    /** The launcher under test; subclasses run these tests against another one. */
    ProcessLauncher launcher() {
        return new ProcessBuilderLauncher();
    }

    @Test
    void givenAMergedLog_launchTwice_bothStreamsOfBothRunsAreAppended() throws Exception {
        Path child = Children.install("prints-both.sh", dir);
        Path merged = dir.resolve("logs/2018/july/18/1.stdmerge.log");

        run(Spec.of(child, dir).args("1").merged(merged));
        run(Spec.of(child, dir).args("2").merged(merged));

        assertEquals(List.of("out 1", "err 1", "out 2", "err 2"), Files.readAllLines(merged));
    }

    @Test
    void givenSplitLogs_launchTwice_eachStreamGoesToItsOwnFileAndIsAppended() throws Exception {
        Path child = Children.install("prints-both.sh", dir);
        Path out = dir.resolve("logs/1.stdout.log");
        Path err = dir.resolve("logs/1.stderr.log");

        run(Spec.of(child, dir).args("1").stdout(out).stderr(err));
        run(Spec.of(child, dir).args("2").stdout(out).stderr(err));

        assertEquals(List.of("out 1", "out 2"), Files.readAllLines(out));
        assertEquals(List.of("err 1", "err 2"), Files.readAllLines(err));
    }

    @Test
    void givenNewLogFiles_launch_createsThemWithMode0644() throws Exception {
        Path out = dir.resolve("new/a.stdout.log");
        Path err = dir.resolve("new/a.stderr.log");

        run(Spec.of(Children.install("prints-both.sh", dir), dir).stdout(out).stderr(err));

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(err)));
    }

    @Test
    void givenAnExistingLogWithOtherMode_launch_keepsItsModeAndContent() throws Exception {
        Path out = dir.resolve("kept.log");
        Files.writeString(out, "before\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));

        run(Spec.of(Children.install("prints-both.sh", dir), dir).args("x").stdout(out));

        assertEquals(List.of("before", "out x"), Files.readAllLines(out));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void givenNoLogFiles_launch_discardsOutputAndCreatesNothing() throws Exception {
        Path child = Children.install("prints-both.sh", dir);

        run(Spec.of(child, dir).args("gone"));

        try (var files = Files.list(dir)) {
            assertEquals(List.of(child), files.toList());
        }
    }

    @Test
    void issue12_aSymlinkedDayDirectory_launch_failsAndWritesNothingThere() throws Exception {
        Path child = Children.install("prints-both.sh", dir);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path month = Files.createDirectories(dir.resolve("logs/2026/december"));
        Files.createSymbolicLink(month.resolve("3"), elsewhere);

        LaunchException e = assertThrows(LaunchException.class,
                () -> children.launch(Spec.of(child, dir).merged(month.resolve("3/1.stdmerge.log"))));

        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        try (var files = Files.list(elsewhere)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void issue12_aSymlinkPlantedAsTheLogFile_launch_failsAndLeavesTheTargetAlone() throws Exception {
        Path child = Children.install("prints-both.sh", dir);
        Path target = Files.writeString(dir.resolve("config.json"), "{}");
        Path day = Files.createDirectories(dir.resolve("logs/2026/december/3"));
        Path link = Files.createSymbolicLink(day.resolve("1.stdout.log"), target);

        assertThrows(LaunchException.class, () -> children.launch(Spec.of(child, dir).args("x").stdout(link)));

        assertEquals("{}", Files.readString(target));
    }

    private void run(Spec spec) throws Exception {
        assertEquals(ExitStatus.exited(0), children.launch(spec).exit().get(10, TimeUnit.SECONDS));
    }
}
