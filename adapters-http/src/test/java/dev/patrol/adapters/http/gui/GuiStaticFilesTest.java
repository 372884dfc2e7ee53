package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Static files from `<cwd>/www/` behind every path no other route takes (spec §6.9 `/`, §8). */
class GuiStaticFilesTest {
    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();
    private Path www;

    @BeforeEach
    void files() throws Exception {
        www = f.www();
        Files.createDirectories(www.resolve("docs/sub"));
        Files.createDirectories(www.resolve("site"));
        Files.writeString(www.resolve("hello.txt"), "hello, world\n");
        Files.writeString(www.resolve("style.css"), "body{}\n");
        Files.writeString(www.resolve("site/index.html"), "<p>site</p>\n");
        Files.writeString(f.root.resolve("secret.txt"), "TOP SECRET\n");
    }

    @Test
    void givenAFile_get_answersItsBytesWithTheTypeOfItsExtension() throws Exception {
        HttpResponse<String> r = assertServed("/hello.txt", "hello, world\n", "text/plain; charset=utf-8");
        assertEquals("13", header(r, "Content-Length"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
        assertEquals("text/css; charset=utf-8", header(f.get("/style.css"), "Content-Type"));
    }

    @Test
    void givenNoOrAnUnknownExtension_get_sniffsTheTypeLikeGo() throws Exception {
        Map<String, String> want = Map.of(
                "page", "text/html; charset=utf-8",
                "data", "application/octet-stream",
                "notes", "text/plain; charset=utf-8",
                "IMAGE.PNG", "image/png",
                "feed.unknown", "text/xml; charset=utf-8",
                "empty", "text/plain; charset=utf-8");
        Files.writeString(www.resolve("page"), " \n<!DOCTYPE html><p>x");
        Files.write(www.resolve("data"), new byte[] {'a', 0, 1, 2});
        Files.writeString(www.resolve("notes"), "plain words\n");
        Files.writeString(www.resolve("IMAGE.PNG"), "not really a png");
        Files.writeString(www.resolve("feed.unknown"), "<?xml version=\"1.0\"?><a/>");
        Files.write(www.resolve("empty"), new byte[0]);
        for (Map.Entry<String, String> e : want.entrySet()) {
            HttpResponse<String> r = f.get("/" + e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), header(r, "Content-Type"), e.getKey());
        }
    }

    @Test
    void givenADirectoryWithoutIndex_get_answersGoListingBytes() throws Exception {
        Files.writeString(www.resolve("docs/b <&>\"'.txt"), "");
        Files.writeString(www.resolve("docs/a:b"), "");
        Files.writeString(www.resolve("docs/a.txt"), "");
        Files.writeString(www.resolve("docs/q?#%.txt"), "");
        HttpResponse<String> r = f.get("/docs/");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=utf-8", header(r, "Content-Type"));
        assertEquals("<pre>\n"
                + "<a href=\"a.txt\">a.txt</a>\n"
                + "<a href=\"./a:b\">a:b</a>\n"
                + "<a href=\"b%20%3C&%3E%22%27.txt\">b &lt;&amp;&gt;&#34;&#39;.txt</a>\n"
                + "<a href=\"q%3F%23%25.txt\">q?#%.txt</a>\n"
                + "<a href=\"sub/\">sub/</a>\n"
                + "</pre>\n", r.body());
    }

    @Test
    void givenADirectoryWithIndex_get_answersTheIndex() throws Exception {
        assertServed("/site/", "<p>site</p>\n", "text/html; charset=utf-8");
    }

    @ParameterizedTest
    @CsvSource({
        "/docs, docs/",
        "/docs?x=1, docs/?x=1",
        "/docs/sub, sub/",
        "/hello.txt/, ../hello.txt",
        "/site/index.html, ./",
        "/index.html?a=b, ./?a=b",
    })
    void givenGoCanonicalPaths_get_redirectsRelativelyWith301(String target, String location) throws Exception {
        HttpResponse<String> r = f.get(target);
        assertEquals(301, r.statusCode(), r.body());
        assertEquals(location, header(r, "Location"));
        assertEquals("", r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.txt", "/docs/missing/", "/app/", "/gui/", "/site/index.htm"})
    void givenNothingThere_get_answersGo404Text(String target) throws Exception {
        HttpResponse<String> r = f.get(target);
        assertEquals(404, r.statusCode());
        assertEquals("404 page not found\n", r.body());
        assertEquals("text/plain; charset=utf-8", header(r, "Content-Type"));
    }

    @Test
    void givenNoWwwDirectory_get_answers404() throws Exception {
        Files.walk(www).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        assertEquals("404 page not found\n", f.get("/hello.txt").body());
    }

    @Test
    void givenTheGuiRoutes_get_winOverFilesOfTheSameName() throws Exception {
        Files.createDirectories(www.resolve("gui"));
        Files.writeString(www.resolve("gui/gui.css"), "shadow\n");
        Files.createDirectories(www.resolve("status"));
        Files.writeString(www.resolve("status/x"), "shadow\n");
        assertFalse(f.get("/gui/gui.css").body().contains("shadow"));
        assertTrue(f.get("/status/x").body().startsWith("{"));
        assertTrue(f.get("/").body().startsWith("<!DOCTYPE html>"));
    }

    /**
     * The mux cleans every path first (301 to the clean form, which is inside the root), and
     * Jetty refuses a path above the root, a NUL or a backslash with 400 before any handler.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/docs/%2E%2E/%2e%2e/secret.txt",
        "/docs/..%2f..%2fsecret.txt", "/%252e%252e/secret.txt", "/hello.txt%00.css", "/docs/..%5csecret.txt"})
    void givenTraversalAttempts_get_neverLeaveTheRoot(String target) throws Exception {
        HttpResponse<String> r = f.get(target);
        String location = header(r, "Location");
        if (r.statusCode() == 301) {
            assertTrue(location.startsWith("/") && !location.contains(".."), location);
            r = f.get(location);
        }
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, target + " -> " + location + ": " + r.statusCode());
        assertFalse(r.body().contains("TOP SECRET"), target);
    }

    @Test
    void givenCleanPathsReachingTheHandler_get_areConfinedToo() throws Exception {
        assertEquals("404 page not found\n", f.get("/secret.txt").body());
        assertEquals("404 page not found\n", f.get("/%252e%252e/secret.txt").body());
        assertEquals("/hello.txt", header(f.get("/docs/%2e%2e/hello.txt"), "Location"));
    }

    @Test
    void givenSymlinks_get_servesThoseInsideAndNeverThoseLeadingOut() throws Exception {
        Files.createSymbolicLink(www.resolve("leak.txt"), f.root.resolve("secret.txt"));
        Files.createSymbolicLink(www.resolve("out"), f.root);
        Files.createSymbolicLink(www.resolve("alias.txt"), www.resolve("hello.txt"));
        assertEquals("404 page not found\n", f.get("/leak.txt").body());
        assertEquals("404 page not found\n", f.get("/out/secret.txt").body());
        assertEquals("404 page not found\n", f.get("/out/").body());
        assertEquals("hello, world\n", f.get("/alias.txt").body());
    }

    @Test
    void givenHead_aFile_answersHeadersWithoutBody() throws Exception {
        HttpResponse<String> r = f.head("/hello.txt");
        assertEquals(200, r.statusCode());
        assertEquals("13", header(r, "Content-Length"));
        assertEquals("text/plain; charset=utf-8", header(r, "Content-Type"));
        assertEquals("", r.body());
    }

    private HttpResponse<String> assertServed(String target, String body, String type) throws Exception {
        HttpResponse<String> r = f.get(target);
        assertEquals(200, r.statusCode(), target);
        assertEquals(body, r.body(), target);
        assertEquals(type, header(r, "Content-Type"), target);
        return r;
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }
}
