package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A burst from one client: replies are counted and reported; no timing is asserted. */
class UdpBurstTest {
    private static final int BURST = 20_000;

    @Test
    void givenABurstOfPings_listener_answersSomeAndStaysAlive() throws Exception {
        try (UdpHarness h = UdpHarness.start()) {
            long kernelDropsBefore = kernelReceiveBufferDrops();
            AtomicLong replies = new AtomicLong();
            AtomicBoolean sending = new AtomicBoolean(true);
            // Counts replies until the sender is done and the line has been quiet for 1 s.
            Thread counter = new Thread(() -> {
                while (h.client.receive(Duration.ofSeconds(1)).map(r -> replies.incrementAndGet()).isPresent()
                        || sending.get()) {
                    // keep counting
                }
            }, "burst-counter");
            counter.start();
            long start = System.nanoTime();
            for (int i = 0; i < BURST; i++) {
                h.client.send("{\"group\":\"app\",\"id\":\"u\",\"ping\":true}");
            }
            long sentNanos = System.nanoTime() - start;
            sending.set(false);
            counter.join(Duration.ofSeconds(60).toMillis());
            UdpStats s = h.server.stats();
            System.out.printf("udp burst: sent %d in %d ms; server read %d, replied %d, dropped over cap %d; "
                    + "client got %d, lost %d; kernel receive-buffer drops (both sockets) %d; receive buffer %d bytes%n",
                    BURST, sentNanos / 1_000_000, s.received(), s.replied(), s.overloaded(), replies.get(),
                    BURST - replies.get(), kernelReceiveBufferDrops() - kernelDropsBefore, h.server.receiveBufferBytes());

            assertTrue(replies.get() > 0, "want some replies, got none");
            assertTrue(h.client.ask(UdpHarness.MARK).contains("\"mark\""), "the listener is alive");
        }
    }

    /** Linux's `Udp: RcvbufErrors` counter from /proc/net/snmp, or -1 where there is none; for the report only. */
    private static long kernelReceiveBufferDrops() {
        try {
            List<String> udp = Files.readAllLines(Path.of("/proc/net/snmp")).stream()
                    .filter(l -> l.startsWith("Udp:")).toList();
            int column = List.of(udp.get(0).split(" ")).indexOf("RcvbufErrors");
            return Long.parseLong(udp.get(1).split(" ")[column]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
