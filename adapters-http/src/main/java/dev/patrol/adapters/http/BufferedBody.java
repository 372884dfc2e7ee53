package dev.patrol.adapters.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Reads a request body as Jetty delivers it, holding no thread while the client is slow, and
 * hands on a request that replays it (issue 12): the servlet's blocking reads then never wait
 * for the network. At most `max` bytes are kept; a longer body is replayed cut there, which a
 * GUI form (16 KiB at most) reports as too large, and its rest is never read.
 */
final class BufferedBody extends Request.Wrapper {
    private Content.Chunk chunk;

    private BufferedBody(Request request, byte[] body) {
        super(request);
        this.chunk = Content.Chunk.from(ByteBuffer.wrap(body), true);
    }

    /** Calls `then` with the request to serve (the same one when it has no body), or `refused` with a status. */
    static void read(Request request, Response response, int max, Consumer<Request> then, IntConsumer refused) {
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (request.getLength() <= 0 && !chunked) {
            then.accept(request);
            return;
        }
        Reader reader = new Reader(request, max, then, refused);
        if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            response.writeInterim(HttpStatus.CONTINUE_100, HttpFields.EMPTY).whenComplete((ok, failed) -> reader.run());
        } else {
            reader.run();
        }
    }

    @Override
    public Content.Chunk read() {
        Content.Chunk c = chunk;
        chunk = Content.Chunk.EOF;
        return c;
    }

    @Override
    public void demand(Runnable demandCallback) {
        demandCallback.run(); // everything is here already
    }

    @Override
    public void fail(Throwable failure) {
        chunk = Content.Chunk.from(failure);
    }

    /**
     * Collects the chunks, asking Jetty to call again when more arrive. Non-blocking (it only
     * copies bytes, and hands the servlet call to the gate), so Jetty runs it where the bytes
     * arrive instead of on a pool thread per trickled byte.
     */
    private static final class Reader implements Runnable, Invocable {
        private final Request request;
        private final int max;
        private final Consumer<Request> then;
        private final IntConsumer refused;
        private byte[] body = new byte[1024];
        private int kept;

        Reader(Request request, int max, Consumer<Request> then, IntConsumer refused) {
            this.request = request;
            this.max = max;
            this.then = then;
            this.refused = refused;
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk c = request.read();
                if (c == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(c)) {
                    c.release();
                    refused.accept(400); // a broken chunked body or an early close
                    return;
                }
                boolean full = take(c.getByteBuffer());
                boolean last = c.isLast();
                c.release();
                if (last || full) {
                    then.accept(new BufferedBody(request, Arrays.copyOf(body, kept)));
                    return;
                }
            }
        }

        /** True once `max` bytes are kept: the rest is left unread. */
        private boolean take(ByteBuffer bytes) {
            int n = Math.min(bytes.remaining(), max - kept);
            if (kept + n > body.length) {
                body = Arrays.copyOf(body, Math.min(max, Math.max(kept + n, body.length * 2)));
            }
            bytes.get(body, kept, n);
            kept += n;
            return kept >= max;
        }
    }
}
