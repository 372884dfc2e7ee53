package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Range and conditional requests on whole-file answers: static files and `/stdout/` (spec §8, §8.2). */
class GuiRangeRequestsTest {
    /** The files' modification time, with a fraction that Last-Modified drops. */
    private static final Instant MODIFIED = Instant.parse("2021-03-04T05:06:07.900Z");
    private static final String MODIFIED_TEXT = "Thu, 04 Mar 2021 05:06:07 GMT";

    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();

    @BeforeEach
    void files() throws Exception {
        Files.createDirectories(f.www().resolve("dir"));
        Files.writeString(f.www().resolve("digits.txt"), "0123456789");
        Files.write(f.www().resolve("empty.txt"), new byte[0]);
        for (Path p : new Path[] {f.www().resolve("digits.txt"), f.www().resolve("dir"), f.writeStdout("web", "one\ntwo\nthree\n")}) {
            Files.setLastModifiedTime(p, FileTime.from(MODIFIED));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "bytes=2-5, 2345, bytes 2-5/10",
        "bytes=7-, 789, bytes 7-9/10",
        "bytes=-3, 789, bytes 7-9/10",
        "bytes=5-100, 56789, bytes 5-9/10",
        "bytes=-20, 0123456789, bytes 0-9/10",
        "'bytes= 9-9 ,', 9, bytes 9-9/10",
        "'bytes=20-,0-0', 0, bytes 0-0/10",
    })
    void givenOneSatisfiableRange_get_answers206WithThePart(String range, String body, String contentRange) throws Exception {
        HttpResponse<String> r = get("/digits.txt", "Range", range);
        assertEquals(206, r.statusCode());
        assertEquals(body, r.body());
        assertEquals(contentRange, header(r, "Content-Range"));
        assertEquals(String.valueOf(body.length()), header(r, "Content-Length"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
        assertEquals("text/plain; charset=utf-8", header(r, "Content-Type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=10-", "bytes=99-100", "bytes=-0", "bytes=10-,12-13"})
    void givenNoOverlappingRange_get_answers416WithTheSize(String range) throws Exception {
        HttpResponse<String> r = get("/digits.txt", "Range", range);
        assertEquals(416, r.statusCode());
        assertEquals("bytes */10", header(r, "Content-Range"));
        assertEquals("invalid range: failed to overlap\n", r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=5-2", "bytes=x-", "bytes=--1", "bytes=1", "items=0-1", "bytes=-"})
    void givenAMalformedRange_get_answers416LikeGo(String range) throws Exception {
        HttpResponse<String> r = get("/digits.txt", "Range", range);
        assertEquals(416, r.statusCode());
        assertEquals(null, header(r, "Content-Range"));
        assertEquals("invalid range\n", r.body());
    }

    @Test
    void givenSeveralRangesOrAnEmptyFile_get_answersTheWholeFile() throws Exception {
        HttpResponse<String> several = get("/digits.txt", "Range", "bytes=0-1,4-5");
        assertEquals(200, several.statusCode());
        assertEquals("0123456789", several.body());
        HttpResponse<String> empty = get("/empty.txt", "Range", "bytes=0-10");
        assertEquals(200, empty.statusCode());
        assertEquals("", empty.body());
    }

    @Test
    void givenIfRange_get_keepsTheRangeOnlyForTheFileDate() throws Exception {
        assertEquals(206, get("/digits.txt", "Range", "bytes=0-0", "If-Range", MODIFIED_TEXT).statusCode());
        HttpResponse<String> changed = get("/digits.txt", "Range", "bytes=0-0", "If-Range", "Thu, 04 Mar 2021 05:06:06 GMT");
        assertEquals(200, changed.statusCode());
        assertEquals("0123456789", changed.body());
        assertEquals(200, get("/digits.txt", "Range", "bytes=0-0", "If-Range", "\"some-etag\"").statusCode());
    }

    @Test
    void givenAFile_get_sendsLastModifiedInGoFormat() throws Exception {
        assertEquals(MODIFIED_TEXT, header(get("/digits.txt"), "Last-Modified"));
        assertEquals("Thu, 04 Mar 2021 05:06:07 GMT", header(get("/dir/"), "Last-Modified"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/digits.txt", "/dir/", "/stdout/?group=app&id=web"})
    void givenIfModifiedSinceTheFileDate_get_answers304WithoutBody(String target) throws Exception {
        HttpResponse<String> r = get(target, "If-Modified-Since", MODIFIED_TEXT);
        assertEquals(304, r.statusCode());
        assertEquals("", r.body());
        assertEquals(null, header(r, "Content-Type"));
        assertEquals(MODIFIED_TEXT, header(r, "Last-Modified"));
        assertEquals(304, get(target, "If-Modified-Since", "Sun, 06 Nov 2094 08:49:37 GMT").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thu, 04 Mar 2021 05:06:06 GMT", "not a date", "Thursday, 04-Mar-21 05:06:06 GMT"})
    void givenIfModifiedSinceEarlierOrMalformed_get_answers200(String date) throws Exception {
        HttpResponse<String> r = get("/digits.txt", "If-Modified-Since", date);
        assertEquals(200, r.statusCode());
        assertEquals("0123456789", r.body());
    }

    @Test
    void givenOtherPreconditions_get_answersAsGo() throws Exception {
        assertEquals(304, get("/digits.txt", "If-None-Match", "*").statusCode());
        assertEquals(200, get("/digits.txt", "If-None-Match", "\"x\"", "If-Modified-Since", MODIFIED_TEXT).statusCode(),
                "an entity tag list decides alone, and no tag matches a file");
        assertEquals(412, get("/digits.txt", "If-Unmodified-Since", "Thu, 04 Mar 2021 05:06:06 GMT").statusCode());
        assertEquals(200, get("/digits.txt", "If-Unmodified-Since", MODIFIED_TEXT).statusCode());
        assertEquals(412, get("/digits.txt", "If-Match", "\"x\"").statusCode());
        assertEquals(200, get("/digits.txt", "If-Match", "*").statusCode());
    }

    @Test
    void givenARange_getStdout_answers206OfTheLogAsPlainText() throws Exception {
        HttpResponse<String> r = get("/stdout/?group=app&id=web", "Range", "bytes=4-6");
        assertEquals(206, r.statusCode());
        assertEquals("two", r.body());
        assertEquals("bytes 4-6/14", header(r, "Content-Range"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
        assertEquals("text/plain; charset=utf-8", header(r, "Content-Type"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("three\n", get("/stdout/?group=app&id=web", "Range", "bytes=-6").body());
        HttpResponse<String> beyond = get("/stdout/?group=app&id=web", "Range", "bytes=14-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */14", header(beyond, "Content-Range"));
    }

    @Test
    void givenHead_stdoutAndStaticFiles_answerHeadersWithoutBody() throws Exception {
        for (String target : new String[] {"/stdout/?group=app&id=web", "/digits.txt"}) {
            HttpResponse<String> r = f.head(target);
            assertEquals(200, r.statusCode(), target);
            assertEquals("", r.body(), target);
            assertEquals(target.startsWith("/stdout") ? "14" : "10", header(r, "Content-Length"), target);
            assertEquals(MODIFIED_TEXT, header(r, "Last-Modified"), target);
        }
        HttpResponse<String> missing = f.head("/nothing");
        assertEquals(404, missing.statusCode());
        HttpResponse<String> index = f.head("/");
        assertEquals(200, index.statusCode());
        assertEquals("text/html; charset=utf-8", header(index, "Content-Type"), "the GUI's own GET handler answers HEAD /");
        assertEquals("", index.body());
    }

    private HttpResponse<String> get(String target, String... headers) throws Exception {
        return f.get(target, headers);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }
}
