package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GUI bodies read before the servlet runs, and the cap on `/events` streams (issue 12). */
class GuiSlowClientTest {
    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();

    @Test
    void givenAChunkedFormInPieces_postDisable_isReadWholeAndApplied() throws Exception {
        String form = "csrf=" + Html.pct(f.csrf()) + "&group=app&id=web&disable=1";
        List<InputStream> pieces = new ArrayList<>();
        for (int i = 0; i < form.length(); i += 7) {
            pieces.add(new ByteArrayInputStream(form.substring(i, Math.min(form.length(), i + 7)).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = f.send(HttpRequest.newBuilder(f.uri("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(pieces)))));
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(f.read("app", "web").disabled());
    }

    @Test
    void givenAFormFarLargerThanWhatIsBuffered_post_isRefusedAsOneJustTooLargeAndTheListenerGoesOn() throws Exception {
        String form = "csrf=" + Html.pct(f.csrf()) + "&group=app&id=web&disable=1&pad=";
        int justTooLarge = f.postRaw("/", form + "x".repeat(Form.MAX_BODY)).statusCode();
        assertEquals(justTooLarge, f.postRaw("/", form + "x".repeat(300 * 1024)).statusCode(),
                "cut at what is buffered, the body is still more than a form may be");
        assertFalse(f.read("app", "web").disabled());
        assertEquals(200, f.get("/").statusCode());
    }

    @Test
    void givenAsManyEventStreamsAsAllowed_oneMore_is503AndAClosedOneMakesRoom() throws Exception {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < LiveEvents.MAX_LISTENERS; i++) {
                Socket s = events();
                assertEquals("HTTP/1.1 200 OK", statusLine(s), "stream " + i);
                open.add(s);
            }
            try (Socket extra = events()) {
                assertEquals("HTTP/1.1 503 Service Unavailable", statusLine(extra));
            }
            open.remove(0).close();
            dev.patrol.ports.testing.Await.until("a freed place to be taken", () -> {
                try (Socket again = events()) {
                    return statusLine(again).equals("HTTP/1.1 200 OK");
                } catch (IOException e) {
                    return false;
                }
            }, () -> "still 503", java.time.Duration.ofSeconds(10));
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    private Socket events() throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", f.uri("/").getPort()), 2000);
        s.setSoTimeout(10_000);
        s.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return s;
    }

    private static String statusLine(Socket s) throws IOException {
        StringBuilder b = new StringBuilder();
        InputStream in = s.getInputStream();
        for (int c; (c = in.read()) >= 0 && c != '\r'; ) {
            b.append((char) c);
        }
        return b.toString();
    }
}
