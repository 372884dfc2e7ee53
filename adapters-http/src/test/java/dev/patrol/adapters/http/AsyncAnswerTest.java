package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiServerFixture.errorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API answered asynchronously on Jetty's core: many clients, one connection reused, bodies in pieces. */
class AsyncAnswerTest {
    @RegisterExtension
    final ApiServerFixture f = new ApiServerFixture();

    @Test
    void givenManyClientsAtOnce_api_answersEachWithItsOwnApp() throws Exception {
        List<String> ids = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = List.of("u", "web", "h").get(i % 3);
            ids.add(id);
            answers.add(f.client.sendAsync(HttpRequest.newBuilder(f.uri("/api/?group=app&id=" + id))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> r = answers.get(i).get(30, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(ids.get(i), f.json.decodeResponse(r.body().getBytes(StandardCharsets.UTF_8)).id());
        }
    }

    @Test
    void givenAChangeBetweenTwoPolls_status_showsTheNewState() throws Exception {
        String before = f.get("/status/").text();
        long cas = f.read("u").cas();
        assertEquals(200, f.get("/api/?group=app&id=u&toggle=1&cas=" + cas).status());
        String after = f.get("/status/").text();
        byte[] expected = f.json.encode(f.engine.status().get(5, TimeUnit.SECONDS), JsonStyle.PRETTY);
        assertEquals(new String(expected, StandardCharsets.UTF_8), after);
        assertFalse(before.equals(after), "the toggle shows at once");
        assertEquals(after, f.get("/status/x").text(), "an unchanged status answers the same bytes");
    }

    @Test
    void givenHead_api_answers405HeadersWithoutBody() throws Exception {
        RawHttp.Reply r = RawHttp.request(f.server.port(), "HEAD", "/api/?group=app&id=u");
        assertEquals(405, r.status());
        assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
        assertEquals(String.valueOf(errorBody("Invalid Method").length()), r.header("Content-Length"));
        assertEquals(0, r.body().length);
    }

    @Test
    void givenExpectContinue_post_answers100ThenTheAnswerAsGoDoes() throws Exception {
        String body = "{\"group\":\"app\",\"id\":\"u\"}";
        String head = "POST /api/ HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\nContent-Length: "
                + body.length() + "\r\n\r\n";
        RawHttp.Reply r = RawHttp.exchange(f.server.port(), (head + body).getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(100, r.status());
        assertTrue(r.text().startsWith("HTTP/1.1 200 OK\r\n"), r.text());
        assertTrue(r.text().contains("\"id\": \"u\""), r.text());
    }

    @Test
    void givenPipelinedRequests_oneConnection_answersThemInOrder() throws Exception {
        String wire = "GET /status/ HTTP/1.1\r\nHost: x\r\n\r\n"
                + "POST /api/ HTTP/1.1\r\nHost: x\r\nContent-Length: 24\r\n\r\n{\"group\":\"app\",\"id\":\"h\"}"
                + "PUT /api/ HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /api/?group=app&id=u HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        String all = new String(exchange(wire.getBytes(StandardCharsets.ISO_8859_1)), StandardCharsets.UTF_8);
        String[] answers = all.split("(?=HTTP/1\\.1 )");
        assertEquals(4, answers.length, all);
        assertTrue(answers[0].startsWith("HTTP/1.1 200 OK") && answers[0].contains("\"instance-id\""), answers[0]);
        assertTrue(answers[1].contains("\"id\": \"h\""), answers[1]);
        assertTrue(answers[2].startsWith("HTTP/1.1 405 ") && answers[2].endsWith(errorBody("Invalid Method")), answers[2]);
        assertTrue(answers[3].contains("\"id\": \"u\""), answers[3]);
    }

    @Test
    void givenABodyThatArrivesInPieces_post_readsItWhole() throws Exception {
        byte[] body = "{\"group\":\"app\",\"id\":\"web\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", f.server.port()), 5000);
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, 5);
            out.flush();
            InputStream in = s.getInputStream();
            assertEquals(0, in.available(), "no answer before the body is complete");
            out.write(body, 5, body.length - 5);
            out.flush();
            RawHttp.Reply r = RawHttp.parse(in.readAllBytes());
            assertEquals(200, r.status(), r.text());
            ApiResponse web = f.json.decodeResponse(r.body());
            assertEquals("web", web.id());
        }
    }

    /** Sends the bytes, keeps the connection open for writing, reads until the server closes. */
    private byte[] exchange(byte[] bytes) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", f.server.port()), 5000);
            s.setSoTimeout(20_000);
            s.getOutputStream().write(bytes);
            s.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            s.getInputStream().transferTo(all);
            return all.toByteArray();
        }
    }
}
