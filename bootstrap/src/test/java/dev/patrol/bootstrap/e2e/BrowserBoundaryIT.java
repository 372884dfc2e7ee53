package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, findings 7 and 8, through the packaged daemon: the browser boundary (Host allow-list,
 * cross-site changes refused, per-client CSRF cookies) and throttled secrets on HTTP and UDP.
 * App `idle` is disabled, so a toggle 4 (run once) shows in its `run-once` without launching it.
 */
class BrowserBoundaryIT {
    private static final String SECRET = "s3cret";
    private static final String TOGGLE = "/api/?group=app&id=idle&toggle=4";

    @TempDir
    Path dir;
    private Daemon daemon;
    private int http;
    private int udp;

    /** A raw answer: status code and body. */
    private record Raw(int status, String body) {
    }

    @BeforeEach
    void start() throws Exception {
        http = Daemon.freePort();
        udp = Daemon.freePort();
        String json = """
                {
                  "http": {"listen": "127.0.0.1:%d"},
                  "udp": {"listen": "127.0.0.1:%d"},
                  "apps": {
                    "idle": {"name": "Idle", "keepalive": 1, "disabled": true, "working-directory": "%s",
                             "binary": "/bin/true", "log-directory": "logs", "pid-path": "idle.pid"},
                    "vault": {"name": "Vault", "keepalive": 1, "disabled": true, "secret": "%s",
                              "working-directory": "%s", "binary": "/bin/true", "log-directory": "logs",
                              "pid-path": "vault.pid"}
                  }
                }
                """.formatted(http, udp, dir, SECRET, dir);
        Path config = dir.resolve("config.json");
        Files.writeString(config, json);
        daemon = Daemon.start(dir, config, http);
        daemon.waitUntil("the daemon to answer /status/", Duration.ofSeconds(20), () -> {
            HttpResponse<String> r = daemon.get("/status/");
            return r != null && r.statusCode() == 200;
        });
    }

    @AfterEach
    void stop() throws InterruptedException {
        daemon.close();
    }

    /** One HTTP/1.1 exchange over a socket bound to `from`, so Host and the source address are ours to pick. */
    private Raw raw(String from, String method, String target, String body, String... headers) throws IOException {
        StringBuilder b = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        b.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n").append(body);
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress("127.0.0.1", http), 5000);
            s.setSoTimeout(20_000);
            s.getOutputStream().write(b.toString().getBytes(StandardCharsets.UTF_8));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(all.substring(9, 12)), end < 0 ? "" : all.substring(end + 4));
        }
    }

    private Raw get(String target, String... headers) throws IOException {
        return raw("127.0.0.1", "GET", target, "", headers);
    }

    private String host() {
        return "Host: 127.0.0.1:" + http;
    }

    private String idle() throws IOException {
        Raw r = get("/api/?group=app&id=idle", host());
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private boolean runOnce() throws IOException {
        return idle().contains("\"run-once\": true");
    }

    @Test
    void issue12_anImgStyleCrossSiteToggle_isRefusedAndChangesNothing() throws Exception {
        assertEquals(403, get(TOGGLE, host(), "Sec-Fetch-Site: cross-site").status());
        assertEquals(403, get(TOGGLE, host(), "Origin: http://evil.example").status());
        assertFalse(runOnce());
    }

    @Test
    void issue12_aTextPlainPostWithAForeignOrigin_isRefusedAndChangesNothing() throws Exception {
        Raw r = raw("127.0.0.1", "POST", "/api/", "{\"group\":\"app\",\"id\":\"idle\",\"keyvalue\":{\"a\":1}}",
                host(), "Content-Type: text/plain", "Origin: http://evil.example");
        assertEquals(403, r.status(), r.body());
        assertFalse(idle().contains("\"a\""), idle());
    }

    @Test
    void issue12_aForeignHost_isRefusedOnTheGuiTheApiAndStatus() throws Exception {
        for (String target : new String[] {"/", TOGGLE, "/status/"}) {
            Raw r = get(target, "Host: attacker.example:" + http);
            assertEquals(421, r.status(), target + ": " + r.body());
            assertTrue(r.body().startsWith("Misdirected Request"), r.body());
        }
        assertFalse(runOnce());
    }

    @Test
    void issue12_aPlainClientWithoutOrigin_stillTogglesAndSetsKeyValue() throws Exception {
        assertEquals(200, get(TOGGLE, host()).status());
        assertTrue(runOnce());
        Raw kv = raw("127.0.0.1", "POST", "/api/", "{\"group\":\"app\",\"id\":\"idle\",\"keyvalue\":{\"a\":1}}", host());
        assertEquals(200, kv.status(), kv.body());
        assertTrue(idle().contains("\"a\": 1"), idle());
    }

    @Test
    void issue12_twoGuiClients_getDifferentTokens_andOnesTokenFailsWithTheOthersCookie() throws Exception {
        HttpClient a = browser();
        HttpClient b = browser();
        String ta = token(a);
        String tb = token(b);
        assertNotEquals(ta, tb);
        assertEquals(403, runOnceByGui(b, ta));
        assertFalse(runOnce());
        assertEquals(303, runOnceByGui(a, ta));
        assertTrue(runOnce());
    }

    @Test
    void issue12_rapidWrongSecretsAreThrottled_whileTheRightSecretWorksAtOnce() throws Exception {
        String wrong = "/api/?group=app&id=vault&toggle=4&secret=guess";
        for (int i = 0; i < 10; i++) {
            Raw r = raw("127.0.0.2", "GET", wrong + i, "", host());
            assertEquals(400, r.status(), r.body());
            assertTrue(r.body().contains("\"Secret Invalid\""), r.body());
        }
        Raw throttled = raw("127.0.0.2", "GET", wrong, "", host());
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.body().contains("Too Many Wrong Secrets"), throttled.body());
        Raw right = get("/api/?group=app&id=vault&toggle=4&secret=" + SECRET, host());
        assertEquals(200, right.status(), right.body());
        assertTrue(right.body().contains("\"id\": \"vault\""), right.body());
    }

    @Test
    void issue12_rapidWrongUdpSecretsAreThrottled_whileTheRightSecretFromElsewhereIsAnswered() throws Exception {
        try (DatagramSocket guesser = udpFrom("127.0.0.3"); DatagramSocket owner = udpFrom("127.0.0.4")) {
            // Sent back to back: errors get no reply, and waiting for each would let the budget refill.
            for (int i = 0; i < 10; i++) {
                send(guesser, "guess" + i);
            }
            assertEquals(null, udp(guesser, SECRET), "a throttled source's secrets are not checked");
            String reply = udp(owner, SECRET);
            assertTrue(reply != null && reply.contains("\"id\":\"vault\""), String.valueOf(reply));
        }
    }

    private static DatagramSocket udpFrom(String address) throws IOException {
        DatagramSocket s = new DatagramSocket(new InetSocketAddress(address, 0));
        s.setSoTimeout(1500);
        return s;
    }

    private void send(DatagramSocket s, String secret) throws IOException {
        byte[] req = ("{\"id\":\"vault\",\"group\":\"app\",\"secret\":\"" + secret + "\"}").getBytes(StandardCharsets.UTF_8);
        s.send(new DatagramPacket(req, req.length, InetAddress.getByName("127.0.0.1"), udp));
    }

    /** Sends a read of `vault` with `secret`; the reply, or null when none comes (an error, as in the original). */
    private String udp(DatagramSocket s, String secret) throws IOException {
        send(s, secret);
        byte[] buf = new byte[65536];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            s.receive(p);
            return new String(buf, 0, p.getLength(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private String token(HttpClient c) throws Exception {
        String page = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    private int runOnceByGui(HttpClient c, String token) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + token + "&group=app&id=idle&runonce-enable=1")).build();
        return c.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
