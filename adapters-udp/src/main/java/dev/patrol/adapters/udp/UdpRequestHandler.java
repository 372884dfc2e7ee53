package dev.patrol.adapters.udp;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.ApiRequestJson;
import dev.patrol.codec.json.JsonDecodeException;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.inbound.PatrolApi;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One datagram in, at most one reply out (spec §6.10): decode, submit with endpoint UDP,
 * and answer only a response without errors. Never blocks the caller on the engine: the
 * reply goes through the {@link ReplyQueue} when the future completes. At most `maxInFlight`
 * requests are submitted or waiting for their reply; past that, datagrams are dropped
 * before they are decoded, so a flood costs no parsing.
 */
final class UdpRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UdpRequestHandler.class);
    private static final int CACHE_SLOTS = 256;

    /** Where replies go; the server's socket. */
    interface Replies {
        void send(ByteBuffer reply, SocketAddress to) throws IOException;
    }

    private final PatrolApi api;
    private final ApiJson json;
    private final Replies replies;
    private final ReplyQueue queue;
    private final int maxInFlight;
    private final RateLimitedLog overloadLog;
    private final RequestCache cache = new RequestCache(CACHE_SLOTS);
    /** Reused for every reply: replies run one at a time (ReplyQueue's turn). */
    private final ByteBuffer out = ByteBuffer.allocateDirect(8 * 1024);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder received = new LongAdder();
    private final LongAdder replied = new LongAdder();
    private final LongAdder oversize = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder overloaded = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder sendFailed = new LongAdder();
    private final RateLimitedLog failureLog = new RateLimitedLog(LOG, 10, TimeUnit.SECONDS);

    UdpRequestHandler(PatrolApi api, ApiJson json, Replies replies, ReplyQueue queue, int maxInFlight) {
        this(api, json, replies, queue, maxInFlight, new RateLimitedLog(LOG, 10, TimeUnit.SECONDS));
    }

    /** With the warning for drops over the cap going to `overloadLog` (for tests). */
    UdpRequestHandler(PatrolApi api, ApiJson json, Replies replies, ReplyQueue queue, int maxInFlight,
            RateLimitedLog overloadLog) {
        this.api = api;
        this.json = json;
        this.replies = replies;
        this.queue = queue;
        this.maxInFlight = maxInFlight;
        this.overloadLog = overloadLog;
    }

    /** A datagram longer than the limit: dropped unread, like the original's short read. */
    void oversize(int length, SocketAddress from) {
        received.increment();
        oversize.increment();
        LOG.debug("udp: dropped a {}-byte datagram from {} (limit {} bytes, no reply)", length, from,
                UdpApiServer.MAX_REQUEST_BYTES);
    }

    /**
     * Handles the payload `buffer[0, length)`, at most {@link UdpApiServer#MAX_REQUEST_BYTES};
     * never throws. Called by the receiver thread only, which is what makes the cap's
     * check-then-increment safe: other threads only decrement.
     */
    void handle(byte[] buffer, int length, SocketAddress from) {
        received.increment();
        if (inFlight.get() >= maxInFlight) {
            overloaded.increment();
            overloadLog.warn("udp: " + maxInFlight + " requests in flight, dropped one from " + from
                    + " (no reply; the sender may retry)");
            return;
        }
        ApiRequest request = cache.get(buffer, length);
        if (request == null) {
            request = decode(Arrays.copyOf(buffer, length), from);
            if (request == null) {
                return;
            }
        }
        inFlight.incrementAndGet();
        try {
            api.api(request, Endpoint.UDP, source(from)).whenComplete((r, e) -> complete(r, e, from));
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            failureLog.warn("udp: unable to submit a request from " + from + ": " + e + " (no reply)");
        }
    }

    /** The sender's IP, the key wrong secrets are throttled by (issue 12); its port is not. */
    static String source(SocketAddress from) {
        if (from instanceof InetSocketAddress a && a.getAddress() != null) {
            return a.getAddress().getHostAddress();
        }
        return String.valueOf(from);
    }

    private ApiRequest decode(byte[] payload, SocketAddress from) {
        try {
            ApiRequest request = ApiRequestJson.decode(payload);
            cache.put(payload, request);
            return request;
        } catch (JsonDecodeException e) {
            invalid.increment();
            LOG.debug("udp: ignored an invalid request from {}: {} (no reply)", from, e.getMessage());
        } catch (RuntimeException e) {
            invalid.increment();
            failureLog.warn("udp: decoding a request from " + from + " failed: " + e + " (no reply)");
        }
        return null;
    }

    /** On the thread that completed the future (the engine's); the reply itself runs in the queue. */
    private void complete(ApiResponse response, Throwable failure, SocketAddress to) {
        if (failure != null) {
            inFlight.decrementAndGet();
            failureLog.warn("udp: request from " + to + " failed: " + failure + " (no reply)");
        } else if (response.hasErrors()) {
            inFlight.decrementAndGet();
            refused.increment();
            LOG.debug("udp: {} for {} (no reply)", response.errors(), to);
        } else {
            // Alone: no other request waits for the engine or for its reply, so sending from
            // here delays nobody and saves waking the sender thread (as the HTTP API does).
            queue.add(() -> reply(response, to), inFlight.get() == 1);
        }
    }

    private void reply(ApiResponse response, SocketAddress to) {
        try {
            byte[] bytes = json.encode(response, JsonStyle.COMPACT);
            ByteBuffer buffer = bytes.length <= out.capacity() ? out.clear().put(bytes).flip() : ByteBuffer.wrap(bytes);
            replies.send(buffer, to);
            replied.increment();
        } catch (ClosedChannelException e) {
            sendFailed.increment(); // stopping; nothing to report
        } catch (IOException | RuntimeException e) {
            sendFailed.increment();
            failureLog.warn("udp: unable to reply to " + to + ": " + e + " (listener continues)");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    UdpStats stats() {
        return new UdpStats(received.sum(), replied.sum(), oversize.sum(), invalid.sum(),
                overloaded.sum(), refused.sum(), sendFailed.sum());
    }
}
