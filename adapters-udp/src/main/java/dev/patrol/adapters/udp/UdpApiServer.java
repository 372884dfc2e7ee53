package dev.patrol.adapters.udp;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.gocompat.GoListenAddress;
import dev.patrol.ports.inbound.PatrolApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UDP API (spec §6.10): one socket, one JSON request per datagram of at most 2048
 * bytes, a compact reply to the sender unless the answer is an error. No input and no
 * socket error stops it; only {@link #stop()} does.
 */
public final class UdpApiServer {
    /** Longest request read; longer datagrams are dropped without a reply. */
    public static final int MAX_REQUEST_BYTES = 2048;
    static final int RECEIVE_BUFFER_ASKED = 8 << 20;
    /**
     * About 650 ms of pings at 50,000/s, on top of the kernel's buffer (about 10,000 pings):
     * measured losses on a busy machine were all at this cap, when a thread lost the CPU for a
     * while. About 300 bytes each at most (request, future, response), and the engine's share
     * of the backlog delays other API callers by well under a second.
     */
    static final int DEFAULT_MAX_IN_FLIGHT = 32_768;
    private static final Logger LOG = LoggerFactory.getLogger(UdpApiServer.class);

    private final PatrolApi api;
    private final ApiJson json;
    private final String listen;
    private final int maxInFlight;
    private final RateLimitedLog readErrors = new RateLimitedLog(LOG, 10, TimeUnit.SECONDS);
    private DatagramChannel channel;
    private ReplyQueue replyQueue;
    private UdpRequestHandler handler;
    private Thread receiver;
    private int port = -1;
    private int receiveBuffer;

    /** `listen` is `host:port` as in the config's `udp.listen`; port 0 picks a free one. */
    public UdpApiServer(PatrolApi api, ApiJson json, String listen) {
        this(api, json, listen, DEFAULT_MAX_IN_FLIGHT);
    }

    UdpApiServer(PatrolApi api, ApiJson json, String listen, int maxInFlight) {
        this.api = Objects.requireNonNull(api, "api");
        this.json = Objects.requireNonNull(json, "json");
        this.listen = Objects.requireNonNull(listen, "listen");
        this.maxInFlight = maxInFlight;
    }

    /**
     * Binds and starts the receiver thread.
     *
     * @throws IOException naming the address when it cannot be bound (F15: never run deaf)
     * @throws IllegalArgumentException when the address is malformed
     */
    public synchronized void start() throws IOException {
        if (channel != null) {
            throw new IllegalStateException("udp listener " + listen + " already started");
        }
        InetSocketAddress address = GoListenAddress.parse("udp", listen).socketAddress();
        if (address.isUnresolved()) {
            throw new IOException("unable to listen on udp " + listen + ": unknown host " + address.getHostString());
        }
        DatagramChannel ch = DatagramChannel.open();
        try {
            ch.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_ASKED);
            ch.bind(address);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw new IOException("unable to listen on udp " + listen + ": " + e.getMessage(), e);
        }
        channel = ch;
        port = ((InetSocketAddress) ch.getLocalAddress()).getPort();
        receiveBuffer = ch.getOption(StandardSocketOptions.SO_RCVBUF);
        replyQueue = new ReplyQueue("patrol-udp-sender");
        handler = new UdpRequestHandler(api, json, ch::send, replyQueue, maxInFlight);
        ReplyQueue replies = replyQueue;
        UdpRequestHandler requests = handler;
        receiver = new Thread(() -> receiveLoop(ch, requests, replies), "patrol-udp-receiver");
        receiver.setDaemon(true);
        replyQueue.start();
        receiver.start();
        LOG.info("udp listening on {} (port {}), receive buffer {} bytes granted, {} asked{}", listen, port,
                receiveBuffer, RECEIVE_BUFFER_ASKED, receiveBuffer < RECEIVE_BUFFER_ASKED
                        ? " (raise net.core.rmem_max for more)" : "");
    }

    /** Closes the socket and ends the threads; replies still pending are dropped. */
    public synchronized void stop() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("udp: closing {} failed: {}", listen, e.toString());
        }
        replyQueue.stop();
        try {
            receiver.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel = null;
        UdpStats s = handler.stats();
        LOG.info("udp stopped listening on {}: {} datagrams received, {} replied; no reply to {} over {} bytes, "
                + "{} invalid, {} over the in-flight cap, {} refused by the API, {} failed sends", listen,
                s.received(), s.replied(), s.oversize(), MAX_REQUEST_BYTES, s.invalid(), s.overloaded(), s.refused(),
                s.sendFailed());
    }

    /** The bound port (useful with port 0); -1 before {@link #start()}. */
    public synchronized int port() {
        return port;
    }

    /** SO_RCVBUF as the kernel reports it after the 8 MiB request (capped by net.core.rmem_max). */
    public synchronized int receiveBufferBytes() {
        return receiveBuffer;
    }

    public synchronized UdpStats stats() {
        return handler == null ? new UdpStats(0, 0, 0, 0, 0, 0, 0) : handler.stats();
    }

    /** `udp 127.0.0.1:1248`, for log lines. */
    public String describe() {
        return "udp " + listen;
    }

    private void receiveLoop(DatagramChannel ch, UdpRequestHandler requests, ReplyQueue replies) {
        // Bigger than any UDP payload, so a datagram over the limit is seen whole and dropped.
        // Direct, so the JDK reads into it without a copy; both buffers serve every datagram.
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        byte[] payload = new byte[MAX_REQUEST_BYTES];
        while (ch.isOpen()) {
            try {
                buffer.clear();
                SocketAddress from = ch.receive(buffer);
                buffer.flip();
                if (from == null) {
                    continue;
                }
                if (buffer.remaining() > MAX_REQUEST_BYTES) {
                    requests.oversize(buffer.remaining(), from);
                    continue;
                }
                int length = buffer.remaining();
                buffer.get(payload, 0, length);
                requests.handle(payload, length, from);
                // Replies waiting behind a busy sender thread go out from here meanwhile.
                replies.help(ReplyQueue.HELP_LIMIT);
            } catch (ClosedChannelException e) {
                break; // stop()
            } catch (IOException | RuntimeException e) {
                readErrors.warn("udp: receive on " + listen + " failed: " + e + " (listener continues)");
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1)); // no hot loop on a stuck error
            }
        }
    }
}
