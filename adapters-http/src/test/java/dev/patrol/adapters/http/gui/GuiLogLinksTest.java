package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #12, finding 6: no log view follows a symbolic link below the log root, whether it
 * stands for the current log file or for a day directory; all answer 403 like `/logs/`.
 */
class GuiLogLinksTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String SECRET_TEXT = "\"secret\": \"TOP SECRET\"";

    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();
    private Path secret;
    private Path log;

    @BeforeEach
    void plant() throws Exception {
        log = f.writeStdout("web", "one\n");
        secret = Files.writeString(f.root.resolve("config.json"), "{" + SECRET_TEXT + "}\n");
    }

    @Test
    void issue12_aSymlinkAsTheCurrentLog_stdoutAndItsTail_403WithoutContent() throws Exception {
        Files.delete(log);
        Files.createSymbolicLink(log, secret);

        assertRefused(f.get("/stdout/?group=app&id=web"));
        assertRefused(f.get("/stdout/?group=app&id=web&last=5"));
        assertRefused(f.get("/logs/" + relative(log) + "?group=app&id=web&last=5"));
    }

    @Test
    void issue12_aSymlinkAsTheCurrentLog_followPageAndStream_refuseWithoutContent() throws Exception {
        Files.delete(log);
        Files.createSymbolicLink(log, secret);

        HttpResponse<String> page = f.get("/follow/web");
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("TOP SECRET"));
        try (SseReader follow = new SseReader(f.client, f.uri("/follow/web/events"))) {
            SseReader.Event end = follow.await("the end", e -> e.name().equals("end") || e.data().contains("TOP SECRET"), WITHIN);
            assertEquals(LogFollower.REFUSED, end.data());
        }
    }

    @Test
    void issue12_aSymlinkedDayDirectory_stdoutAndLogs_403WithoutContent() throws Exception {
        Path day = log.getParent();
        Path elsewhere = Files.createDirectories(f.root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(log.getFileName().toString()), SECRET_TEXT + "\n");
        Files.delete(log);
        Files.delete(day);
        Files.createSymbolicLink(day, elsewhere);

        assertRefused(f.get("/stdout/?group=app&id=web"));
        assertRefused(f.get("/logs/" + relative(day) + "/?group=app&id=web"));
        assertRefused(f.get("/logs/" + relative(log) + "?group=app&id=web"));
    }

    @Test
    void issue12_aSymlinkedLogRoot_stdout_isFollowedAtTheRootOnly() throws Exception {
        Path root = Path.of(f.logs("web").logRoot());
        Path moved = f.root.resolve("moved-logs");
        Files.move(root, moved);
        Files.createSymbolicLink(root, moved);

        HttpResponse<String> r = f.get("/stdout/?group=app&id=web");

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("one\n", r.body());
    }

    private String relative(Path p) throws Exception {
        return Path.of(f.logs("web").logRoot()).relativize(p).toString();
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(LogRoutes.OUTSIDE + "\n", r.body());
    }
}
