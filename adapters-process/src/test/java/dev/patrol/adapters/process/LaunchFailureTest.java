package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.ProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Launches that cannot produce a process fail with a LaunchException naming the path. */
class LaunchFailureTest {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren(launcher());
    @TempDir
    Path dir;

    /** The launcher under test; subclasses run these tests against another one. */
    ProcessLauncher launcher() {
        return new ProcessBuilderLauncher();
    }

    @Test
    void givenAMissingBinary_launch_failsNamingIt() {
        Path missing = dir.resolve("no-such-binary");

        assertFailsMentioning(Spec.of(missing, dir), missing + " not found");
    }

    @Test
    void givenANonExecutableFile_launch_failsNamingIt() throws Exception {
        Path script = dir.resolve("plain.sh");
        Files.writeString(script, "#!/bin/sh\nexit 0\n");

        assertFailsMentioning(Spec.of(script, dir), script + " is not executable");
    }

    @Test
    void givenADirectoryAsBinary_launch_failsNamingIt() {
        assertFailsMentioning(Spec.of(dir, dir), dir + " is not executable");
    }

    @Test
    void givenALogPathThatIsADirectory_launch_failsNamingIt() throws Exception {
        Path logDir = Files.createDirectory(dir.resolve("a.stdout.log"));

        assertFailsMentioning(Spec.of(Children.install("sleeps.sh", dir), dir).stdout(logDir),
                logDir + ": " + LogTargets.DIRECTORY);
    }

    @Test
    void givenALogDirectoryThatCannotBeCreated_launch_failsNamingTheLog() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "not a directory");
        Path log = blocker.resolve("2018/july/18/1.stdout.log");

        assertFailsMentioning(Spec.of(Children.install("sleeps.sh", dir), dir).stdout(log), log.toString());
    }

    @Test
    void givenALogPathCleaningToTheCurrentDirectory_launch_fails() {
        assertFailsMentioning(Spec.of(Children.install("sleeps.sh", dir), dir).stdout(Path.of("a/..")),
                LogTargets.CURRENT_OR_PARENT);
    }

    @Test
    void givenAMissingWorkingDirectory_launch_failsNamingIt() {
        Path gone = dir.resolve("gone");

        assertFailsMentioning(Spec.of(Path.of("/bin/true"), gone), gone + " is not a directory");
    }

    private void assertFailsMentioning(Spec spec, String text) {
        LaunchException e = assertThrows(LaunchException.class, () -> children.launch(spec));
        assertTrue(e.getMessage().contains(text), "want a message containing '" + text + "', got '" + e.getMessage() + "'");
    }
}
