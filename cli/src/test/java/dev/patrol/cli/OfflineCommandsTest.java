package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What needs no daemon: `validate`, `version`, and usage errors (exit 2, one line). */
class OfflineCommandsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private String app(String keepalive) {
        return """
                {"apps": {"web": {"name": "Web", "keepalive": %s, "working-directory": "%s",
                 "binary": "run.sh", "log-directory": "logs", "pid-path": "web.pid"}}}""".formatted(keepalive, dir);
    }

    @Test
    void givenAGoodConfig_validate_saysOkAndExits0() throws IOException {
        Ctl.Run r = Ctl.run("validate", write("good.json", app("1")).toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("config OK: 1 apps, 0 services\n", r.out());
    }

    @Test
    void givenAnInvalidConfig_validate_printsTheOriginalsErrorAndExits255() throws IOException {
        Path f = write("bad.json", app("9"));
        Ctl.Run r = Ctl.run("validate", f.toString());
        assertEquals(255, r.code(), r.toString());
        assertEquals("patrolctl: invalid config " + f + ": App KeepAlive was invalid, please select a keep alive method!\n",
                r.err());
    }

    @Test
    void givenAnUnreadableOrUndecodableConfig_validate_exits254() throws IOException {
        Ctl.Run missing = Ctl.run("validate", dir.resolve("missing.json").toString());
        assertEquals(254, missing.code(), missing.toString());
        assertTrue(missing.err().startsWith("patrolctl: unable to read config "), missing.err());
        Ctl.Run broken = Ctl.run("validate", write("broken.json", "{\"apps\": ").toString());
        assertEquals(254, broken.code(), broken.toString());
        assertTrue(broken.err().startsWith("patrolctl: unable to decode config "), broken.err());
        assertEquals(1, broken.err().lines().count(), broken.err());
    }

    @Test
    void givenVersion_run_printsTheClientVersion() {
        Ctl.Run r = Ctl.run("version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("patrolctl \\S+\n"), r.out());
    }

    @Test
    void givenBadUsage_run_exits2WithOneLine() {
        String[][] cases = {
            {}, {"frobnicate"}, {"enable"}, {"status", "--bogus"}, {"enable", "web", "--secret", "x"},
            {"--url", "ftp://host", "status"}, {"tail", "service/ssh"}, {"enable", "group/x"},
            {"--url", "http://127.0.0.1:1", "--url", "http://127.0.0.1:2", "enable", "web"},
            {"--secret-file", "/nonexistent/secret", "status"}, {"tail", "web", "-n", "x"},
        };
        for (String[] args : cases) {
            Ctl.Run r = Ctl.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r);
            assertEquals(1, r.err().lines().count(), String.join(" ", args) + ": " + r);
            assertTrue(r.err().startsWith("patrolctl: "), r.err());
        }
    }

    @Test
    void givenHelp_run_listsTheCommandsAndExitCodesAndExits0() {
        Ctl.Run r = Ctl.run("--help");
        assertEquals(0, r.code(), r.toString());
        for (String command : new String[] {"status", "enable", "disable", "restart", "run-once", "history", "tail", "validate", "version"}) {
            assertTrue(r.out().contains(command), command + " in\n" + r.out());
        }
        assertTrue(r.out().contains("3 unreachable"), r.out());
        assertTrue(!r.out().contains("cds-training"), r.out());
    }
}
