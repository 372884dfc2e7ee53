package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CPU and memory from `GET /resources/`, which no daemon serves yet: a loopback stub answers
 * `/status/` as the daemon does and `/resources/` in the shape the later change will add.
 */
class ResourcesTest {
    private static final String STATUS = "{\n\t\"instance-id\": \"i\",\n\t\"apps\": {\n\t\t\"web\": {\n\t\t\t\"name\": \"web\",\n"
            + "\t\t\t\"pid\": 42,\n\t\t\t\"started\": \"Wed, 18 Jul 2018 18:43:44 -0700\",\n\t\t\t\"cas\": 3\n\t\t}\n\t},\n"
            + "\t\"service\": {\n\t\t\"db\": {\n\t\t\t\"name\": \"db\",\n\t\t\t\"cas\": 4\n\t\t}\n\t}\n}\n";
    private static final String RESOURCES = "{\"apps\":{\"web\":{\"cpu-seconds\":1.5,\"memory-bytes\":1258291}},\"services\":{}}";

    private HttpServer server;
    private String resources = RESOURCES;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/status/", ex -> reply(ex, 200, STATUS));
        server.createContext("/resources/", ex -> {
            if (resources == null) {
                reply(ex, 404, "404 page not found\n");
            } else {
                reply(ex, 200, resources);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void givenResourcesAnswer200_status_showsCpuAndMemory() {
        Ctl.Run r = Ctl.run("--url", url(), "status");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Ctl.row(r.out(), "web").matches("web\\s+running\\s+42\\s+\\S+\\s+0\\s+1\\.5s\\s+1\\.2M\\s+-"), r.out());
        assertTrue(Ctl.row(r.out(), "service/db").matches("service/db\\s+stopped\\s+-\\s+-\\s+0\\s+-\\s+-\\s+-"), r.out());
        Ctl.Run json = Ctl.run("--url", url(), "status", "--json");
        assertTrue(json.out().contains("\"cpu-seconds\": 1.5") && json.out().contains("\"memory-bytes\": 1258291"), json.out());
    }

    @Test
    void givenNoResourcesEndpoint_status_showsDashes() {
        resources = null;
        Ctl.Run r = Ctl.run("--url", url(), "status");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Ctl.row(r.out(), "web").matches("web\\s+running\\s+42\\s+\\S+\\s+0\\s+-\\s+-\\s+-"), r.out());
        resources = "<html>a static page named resources</html>";
        assertEquals(0, Ctl.run("--url", url(), "status").code(), "a 200 that is not JSON counts as absent");
    }
}
