package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** `/stdout/`, `/stderr/` and `/logs/` over HTTP, with real files (spec §8.2–8.3, F11, F16). */
class GuiLogsTest {
    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();

    @BeforeEach
    void log() throws Exception {
        f.writeStdout("web", "one\ntwo\nthree\n");
    }

    @Test
    void givenALaunchedApp_getStdout_streamsTheWholeFileAsPlainText() throws Exception {
        HttpResponse<String> r = f.get("/stdout/?group=app&id=web");
        assertEquals(200, r.statusCode());
        assertEquals("one\ntwo\nthree\n", r.body());
        assertEquals("text/plain; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("14", r.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void givenLast_getStdout_answersTheLastLines() throws Exception {
        assertEquals("two\nthree\n", f.get("/stdout/?group=app&id=WEB&last=2").body());
        assertEquals("", f.get("/stdout/?group=app&id=web&last=0").body());
        assertEquals("one\ntwo\nthree\n", f.get("/stdout/?group=app&id=web&last=10000").body());
    }

    @Test
    void givenABadLast_getStdout_400() throws Exception {
        assertText(400, "?last=INVALID", f.get("/stdout/?group=app&id=web&last=abc"));
        assertText(400, "?last= does not support over 10000 lines", f.get("/stdout/?group=app&id=web&last=10001"));
    }

    @Test
    void givenBadTargets_getStdout_refusesWithStatusAndReason() throws Exception {
        assertText(404, "Unknown App", f.get("/stdout/?group=app&id=nope"));
        assertText(400, "Unknown Group", f.get("/stdout/?group=service&id=ssh"));
        assertText(404, "404 log type doesn't exist", f.get("/stderr/?group=app&id=off"));
        assertText(404, "404 log file doesn't exist", f.get("/stderr/?group=app&id=web"));
    }

    @Test
    void givenAProtectedApp_getStdout_needsTheSecretOutsideTheUrl() throws Exception {
        f.writeStdout("vault", "classified\n");
        assertText(403, "Secret Invalid", f.get("/stdout/?group=app&id=vault"));
        assertText(403, "Secret Invalid", f.get("/stdout/?group=app&id=vault", "X-Patrol-Secret", "guess"));
        assertText(400, LogAccess.SECRET_IN_URL, f.get("/stdout/?group=app&id=vault&secret=" + GuiFixture.SECRET));
        assertEquals("classified\n", f.get("/stdout/?group=app&id=vault", "X-Patrol-Secret", GuiFixture.SECRET).body());
        Map<String, String> form = Map.of("csrf", f.csrf(), "group", "app", "id", "vault", "secret", GuiFixture.SECRET);
        assertEquals("classified\n", f.post("/stdout/", form).body());
        assertEquals(403, f.post("/stdout/", Map.of("group", "app", "id", "vault", "secret", GuiFixture.SECRET)).statusCode());
    }

    @Test
    void givenSlashlessPaths_get_redirectToTheSubtree() throws Exception {
        HttpResponse<String> r = f.get("/logs?group=app&id=web");
        assertEquals(301, r.statusCode());
        assertEquals("/logs/?group=app&id=web", r.headers().firstValue("Location").orElse(""));
        assertEquals(301, f.get("/stdout").statusCode());
    }

    @Test
    void givenTheLogRoot_getLogs_listsItAsAnHtmlPageWithEveryNameEscaped() throws Exception {
        Path root = Path.of(f.logs("web").logRoot());
        Files.writeString(root.resolve("<img src=x onerror=alert(1)>.log"), "x");
        HttpResponse<String> r = f.get("/logs/?group=app&id=web");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;.log</a>"), html);
        assertTrue(html.contains("href=\"/logs/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.log?group=app&amp;id=web\""), html);
        assertFalse(html.contains("<img"));
        String year = Files.list(root).filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
        assertTrue(html.contains(">" + year + "/</a>"));
        assertFalse(html.contains("href=\"../"), "no parent link above the root");
    }

    @Test
    void givenAFileUnderTheRoot_getLogs_servesItAndItsTail() throws Exception {
        Path file = Path.of(f.logs("web").stdout());
        String rel = Path.of(f.logs("web").logRoot()).relativize(file).toString();
        assertEquals("one\ntwo\nthree\n", f.get("/logs/" + rel + "?group=app&id=web").body());
        assertEquals("three\n", f.get("/logs/" + rel + "?group=app&id=web&last=1").body());
        String dir = rel.substring(0, rel.lastIndexOf('/') + 1);
        String listing = f.get("/logs/" + dir + "?group=app&id=web").body();
        assertTrue(listing.contains(file.getFileName() + "</a>"));
        assertTrue(listing.contains(">../</a>"));
    }

    @Test
    void givenTraversalAttempts_getLogs_neverServesAFileOutsideTheRoot() throws Exception {
        Files.writeString(f.root.resolve("web/secret.txt"), "TOP SECRET\n");
        for (String path : new String[] {"/logs/../secret.txt", "/logs/%2e%2e/secret.txt", "/logs/..%2fsecret.txt",
            "/logs/%2E%2E%2Fsecret.txt", "/logs/a/%2e%2e/%2e%2e/secret.txt"}) {
            HttpResponse<String> r = f.get(path + "?group=app&id=web");
            assertNotEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("TOP SECRET"), path);
        }
        assertText(404, "404 page not found", f.get("/logs/%252e%252e/secret.txt?group=app&id=web"));
    }

    @Test
    void givenSymlinksOutOfTheRoot_getLogs_403() throws Exception {
        Path root = Path.of(f.logs("web").logRoot());
        Files.writeString(f.root.resolve("web/secret.txt"), "TOP SECRET\n");
        Files.createSymbolicLink(root.resolve("escape"), f.root);
        Files.createSymbolicLink(root.resolve("leak.log"), f.root.resolve("web/secret.txt"));
        assertText(403, "Outside the Log Directory", f.get("/logs/escape/?group=app&id=web"));
        assertText(403, "Outside the Log Directory", f.get("/logs/escape/web/secret.txt?group=app&id=web"));
        assertText(403, "Outside the Log Directory", f.get("/logs/leak.log?group=app&id=web"));
        String listing = f.get("/logs/?group=app&id=web").body();
        assertTrue(listing.contains(">leak.log</a></td><td class=\"num\">link</td>"), listing);
    }

    @Test
    void givenAProtectedAppOpenedByPost_getLogs_linksCarryATicketAndNeverTheSecret() throws Exception {
        f.writeStdout("vault", "classified\n");
        assertText(403, "Secret Invalid", f.get("/logs/?group=app&id=vault"));
        Map<String, String> form = Map.of("csrf", f.csrf(), "group", "app", "id", "vault", "secret", GuiFixture.SECRET);
        HttpResponse<String> r = f.post("/logs/", form);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(GuiFixture.SECRET));
        Matcher m = Pattern.compile("href=\"(/logs/[^\"]+ticket=[^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        HttpResponse<String> next = f.get(m.group(1).replace("&amp;", "&"));
        assertEquals(200, next.statusCode(), next.body());
        assertText(403, "Ticket expired: open the logs again", f.get("/logs/?group=app&id=vault&ticket=forged"));
    }

    private static void assertText(int status, String message, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), message);
        assertEquals(message + "\n", r.body());
    }
}
