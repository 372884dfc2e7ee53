package dev.patrol.adapters.udp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** A plain UDP client on loopback, like an app's pinger. */
final class UdpClient implements AutoCloseable {
    private final DatagramSocket socket;
    private final InetSocketAddress server;

    UdpClient(int port) throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setReceiveBufferSize(4 << 20);
        server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    void send(String json) {
        send(json.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] payload) {
        try {
            socket.send(new DatagramPacket(payload, payload.length, server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next datagram, or empty when none arrives within `timeout`. */
    Optional<byte[]> receive(Duration timeout) {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            socket.receive(packet);
            return Optional.of(Arrays.copyOf(buffer, packet.getLength()));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends and returns the reply; fails when none comes within 5 s. */
    String ask(String json) {
        send(json);
        return receive(Duration.ofSeconds(5)).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("want a reply to " + json + ", got none after 5 s"));
    }

    @Override
    public void close() {
        socket.close();
    }
}
