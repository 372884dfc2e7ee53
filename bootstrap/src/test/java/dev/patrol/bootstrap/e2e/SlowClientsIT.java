package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 through the packaged daemon: slow and stalled HTTP clients on real sockets must
 * not stall the listener. The bounds are generous (seconds); the benchmark measures latency.
 */
class SlowClientsIT {
    private static final Duration PROMPT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private Path config(int http) throws IOException {
        // About 1 MB/s of log: enough to fill a stalled reader's socket buffers within a second.
        Path script = dir.resolve("noisy.sh");
        Files.writeString(script, "#!/bin/sh\nwhile :; do yes 'noisy line 0123456789 abcdefghijklmnopqrstuvwxyz"
                + " 0123456789 abcdefghijklmnopqrstuvwxyz' | head -n 2500; sleep 0.2; done\n");
        script.toFile().setExecutable(true);
        Path c = dir.resolve("config.json");
        Files.writeString(c, """
                {
                  "http": {"listen": "127.0.0.1:%d"},
                  "udp": {"listen": "127.0.0.1:%d"},
                  "apps": {
                    "noisy": {
                      "name": "Noisy", "keepalive": 1, "working-directory": "%s", "binary": "noisy.sh",
                      "log-directory": "logs", "pid-path": "noisy.pid", "stop-timeout": 2
                    }
                  }
                }
                """.formatted(http, Daemon.freePort(), dir));
        return c;
    }

    private Daemon started() throws IOException {
        int http = Daemon.freePort();
        Daemon d = Daemon.start(dir, config(http), http);
        d.waitUntil("/status/ to list the app with a pid", Duration.ofSeconds(20), () -> {
            HttpResponse<String> r = d.get("/status/");
            return r != null && r.statusCode() == 200 && r.body().contains("\"pid\": ") && !r.body().contains("\"pid\": 0");
        });
        return d;
    }

    @Test
    void issue12_threeHundredSlowFormPosts_leaveStatusApiAndGuiAnswering() throws Exception {
        try (Daemon d = started(); RawClients slow = new RawClients(d.httpPort)) {
            slow.slowFormPosts(300);
            for (int step = 0; step < 8; step++) {
                assertEquals(300, slow.trickle(step), "the slow clients are still connected (within the read limit)");
                for (String path : List.of("/status/", "/api/?group=app&id=noisy", "/")) {
                    HttpResponse<String> r = d.get(path, PROMPT);
                    assertNotNull(r, path + " answers within " + PROMPT + " while 300 slow POSTs are connected");
                    assertEquals(200, r.statusCode(), path + ": " + r.body());
                }
                Thread.sleep(1000); // pacing the trickle (a byte a second), not waiting for a condition
            }
        }
    }

    @Test
    void issue12_trickledHeadersAndBodies_areCutOffAfterTheReadLimit() throws Exception {
        try (Daemon d = started(); RawClients slow = new RawClients(d.httpPort)) {
            slow.slowFormPosts(10);
            slow.slowHeaders(10);
            long t0 = System.nanoTime();
            int step = 0;
            while (slow.closedByServer() < 20) {
                assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(25).toNanos(),
                        "every trickling client is cut off within 10 s (+ a sweep); log:\n" + d.logText());
                slow.trickle(step++);
                Thread.sleep(1000); // pacing the trickle, not waiting for a condition
            }
            assertNotNull(d.get("/status/", PROMPT), "and the listener serves on");
        }
    }

    @Test
    void issue12_aFollowerThatNeverReads_doesNotFreezeAnotherFollower() throws Exception {
        try (Daemon d = started(); RawClients stalled = new RawClients(d.httpPort);
             RawClients stalledEvents = new RawClients(d.httpPort)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + d.httpPort + "/follow/noisy/events?stream=stdout"))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            List<Long> batches = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> readEvents(r.body(), batches), "healthy-follower");
            reader.setDaemon(true);
            reader.start();
            d.waitUntil("the healthy follower to get lines", Duration.ofSeconds(10), () -> !batches.isEmpty());
            stalled.stalledReader("/follow/noisy/events?stream=stdout");
            stalledEvents.stalledReader("/events");
            long from = System.nanoTime();
            long window = Duration.ofSeconds(20).toNanos();
            long last = from;
            // The stalled reader fills its buffers within a second; the healthy one must go on.
            d.waitUntil("20 s of the healthy follower", Duration.ofSeconds(25), () -> System.nanoTime() - from >= window);
            for (long t : batches) {
                if (t > from) {
                    assertTrue(t - last < Duration.ofSeconds(5).toNanos(), "a gap of " + (t - last) / 1_000_000 + " ms");
                    last = t;
                }
            }
            long since = System.nanoTime() - last;
            assertTrue(since < Duration.ofSeconds(5).toNanos(), "lines still arrive: none for " + since / 1_000_000
                    + " ms, " + batches.size() + " batches, reader alive " + reader.isAlive() + "; log:\n" + d.logText());
            assertNotNull(d.get("/status/", PROMPT));
            // Read only now: the daemon dropped it ~10 s after its buffers filled (send timeout).
            assertEquals(1, stalled.closedByServer(), "the stalled follower was dropped");
            r.body().close();
        }
    }

    /** Records when each `lines` event arrives. */
    private static void readEvents(InputStream body, List<Long> batches) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.equals("event: lines")) {
                    batches.add(System.nanoTime());
                } else if (line.startsWith("event: end")) {
                    System.out.println("healthy follower ended: " + in.readLine());
                }
            }
            System.out.println("healthy follower: the stream ended");
        } catch (IOException e) {
            System.out.println("healthy follower: " + e); // the test closed the stream, or the daemon did
        }
    }
}
