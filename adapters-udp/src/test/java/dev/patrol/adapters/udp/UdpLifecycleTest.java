package dev.patrol.adapters.udp;

import dev.patrol.ports.testing.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.inbound.PatrolApi;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Binding, stopping and the reported receive buffer. */
class UdpLifecycleTest {
    private static final ApiJson JSON = new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC);

    /** Answers every request with a fixed read-only response, without an engine. */
    private static final PatrolApi ECHO = new PatrolApi() {
        @Override
        public CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint) {
            return CompletableFuture.completedFuture(new ApiResponse(request.id(), null, "app", "Echo", 0, null, null,
                    false, false, false, false, null, null, false, null, 1, false));
        }

        @Override
        public CompletableFuture<ApiStatus> status() {
            return new CompletableFuture<>();
        }
    };

    @Test
    void givenAPortInUse_start_failsNamingTheAddress() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            String listen = "127.0.0.1:" + taken.getLocalPort();
            UdpApiServer server = new UdpApiServer(ECHO, JSON, listen);

            IOException e = assertThrows(IOException.class, server::start);

            assertTrue(e.getMessage().startsWith("unable to listen on udp " + listen + ": "), e.getMessage());
            assertEquals(-1, server.port());
        }
    }

    @Test
    void givenAnUnknownHost_start_failsNamingIt() {
        UdpApiServer server = new UdpApiServer(ECHO, JSON, "no-such-host.invalid:1248");
        IOException e = assertThrows(IOException.class, server::start);
        assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
    }

    @Test
    void givenAStartedServer_stop_freesThePortAndEndsTheReceiver() throws Exception {
        UdpApiServer server = new UdpApiServer(ECHO, JSON, "127.0.0.1:0");
        server.start();
        int port = server.port();
        assertTrue(port > 0);
        try (UdpClient client = new UdpClient(port)) {
            assertEquals("{\"id\":\"x\",\"group\":\"app\",\"name\":\"Echo\",\"cas\":1}", client.ask("{\"id\":\"x\"}"));
        }

        server.stop();
        server.stop(); // idempotent

        Await.until("no udp receiver thread", () -> !receiverRunning(), UdpLifecycleTest::receiverRunning,
                Duration.ofSeconds(5));
        try (DatagramSocket again = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }

    @Test
    void givenAStartedServer_receiveBuffer_isReportedAndLarge() throws Exception {
        UdpApiServer server = new UdpApiServer(ECHO, JSON, "127.0.0.1:0");
        server.start();
        try {
            int granted = server.receiveBufferBytes();
            System.out.println("udp receive buffer granted: " + granted + " bytes (asked "
                    + UdpApiServer.RECEIVE_BUFFER_ASKED + ")");
            assertTrue(granted >= 64 * 1024, "granted " + granted);
            assertThrows(IllegalStateException.class, server::start);
        } finally {
            server.stop();
        }
    }

    private static boolean receiverRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("patrol-udp-receiver") && t.isAlive());
    }
}
