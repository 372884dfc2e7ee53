package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bin/patrolctl` as a user runs it: the packaged jar, its archive, piped output, exit codes. */
class LauncherIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("patrolctl.bin"));
        List<String> cmd = new java.util.ArrayList<>(List.of(bin.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/patrolctl finished");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void givenTheScript_versionAndStatus_runThePackagedClient() throws Exception {
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("patrolctl.jar"))), "the client jar is packaged");
        Result v = run("version");
        assertEquals(0, v.code(), v.toString());
        assertTrue(v.out().matches("patrolctl \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), v.out());

        int port = TestDaemon.freePort();
        try (TestDaemon d = TestDaemon.patrol(dir, TestApps.config(dir, port, TestDaemon.freePort(), false), port)) {
            Result s = run("status", "--url", d.url);
            assertEquals(0, s.code(), s.toString());
            assertTrue(s.out().startsWith("ID "), s.out());
            assertTrue(s.out().contains("\nweb "), s.out());
            assertFalse(s.out().contains("\u001b["), "plain when piped");
        }
        Result dead = run("--url", "http://127.0.0.1:" + TestDaemon.freePort(), "status");
        assertEquals(3, dead.code(), dead.toString());
        assertEquals(1, dead.err().lines().count(), dead.err());
        Result usage = run("bogus");
        assertEquals(2, usage.code(), usage.toString());
    }
}
