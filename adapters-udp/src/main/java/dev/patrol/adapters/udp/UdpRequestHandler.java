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
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One datagram in, at most one reply out (spec §6.10): decode, submit with endpoint UDP,
 * and answer only a response without errors. Never blocks the caller on the engine: the
 * reply is encoded and sent on the sender executor when the future completes.
 */
final class UdpRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UdpRequestHandler.class);

    /** Where replies go; the server's socket. */
    interface Replies {
        void send(ByteBuffer reply, SocketAddress to) throws IOException;
    }

    private final PatrolApi api;
    private final ApiJson json;
    private final Replies replies;
    private final Executor sender;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder received = new LongAdder();
    private final LongAdder replied = new LongAdder();
    private final LongAdder oversize = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private final LongAdder overloaded = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final LongAdder sendFailed = new LongAdder();
    private final RateLimitedLog overloadLog = new RateLimitedLog(LOG, 10, TimeUnit.SECONDS);
    private final RateLimitedLog failureLog = new RateLimitedLog(LOG, 10, TimeUnit.SECONDS);

    UdpRequestHandler(PatrolApi api, ApiJson json, Replies replies, Executor sender, int maxInFlight) {
        this.api = api;
        this.json = json;
        this.replies = replies;
        this.sender = sender;
        this.maxInFlight = maxInFlight;
    }

    /** A datagram longer than the limit: dropped unread, like the original's short read. */
    void oversize(int length, SocketAddress from) {
        received.increment();
        oversize.increment();
        LOG.debug("udp: dropped a {}-byte datagram from {} (limit {} bytes, no reply)", length, from,
                UdpApiServer.MAX_REQUEST_BYTES);
    }

    /** Handles one payload of at most {@link UdpApiServer#MAX_REQUEST_BYTES}; never throws. */
    void handle(byte[] payload, SocketAddress from) {
        received.increment();
        ApiRequest request;
        try {
            request = ApiRequestJson.decode(payload);
        } catch (JsonDecodeException e) {
            invalid.increment();
            LOG.debug("udp: ignored an invalid request from {}: {} (no reply)", from, e.getMessage());
            return;
        } catch (RuntimeException e) {
            invalid.increment();
            failureLog.warn("udp: decoding a request from " + from + " failed: " + e + " (no reply)");
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            overloaded.increment();
            overloadLog.warn("udp: " + maxInFlight + " requests in flight, dropped one from " + from
                    + " (no reply; the sender may retry)");
            return;
        }
        try {
            api.api(request, Endpoint.UDP).whenCompleteAsync((r, e) -> complete(r, e, from), sender);
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            failureLog.warn("udp: unable to submit a request from " + from + ": " + e + " (no reply)");
        }
    }

    private void complete(ApiResponse response, Throwable failure, SocketAddress to) {
        inFlight.decrementAndGet();
        if (failure != null) {
            failureLog.warn("udp: request from " + to + " failed: " + failure + " (no reply)");
            return;
        }
        if (response.hasErrors()) {
            refused.increment();
            LOG.debug("udp: {} for {} (no reply)", response.errors(), to);
            return;
        }
        try {
            replies.send(ByteBuffer.wrap(json.encode(response, JsonStyle.COMPACT)), to);
            replied.increment();
        } catch (ClosedChannelException e) {
            sendFailed.increment(); // stopping; nothing to report
        } catch (IOException | RuntimeException e) {
            sendFailed.increment();
            failureLog.warn("udp: unable to reply to " + to + ": " + e + " (listener continues)");
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
