package dev.patrol.adapters.http.gui;

import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * One Server-Sent Events stream written without ever blocking the caller (issue 12): events
 * go to this client's own buffer of at most {@link #MAX_BUFFERED} bytes, and servlet
 * non-blocking output sends them as the socket takes them. A client that lets the buffer
 * overflow, or takes nothing for {@link #SEND_TIMEOUT}, is dropped: its connection is
 * closed, and the others never wait for it. Same wire format as Javalin's SseClient.
 */
final class SseStream implements WriteListener {
    /** Bytes waiting for one client; more means it reads too slowly to follow. */
    static final int MAX_BUFFERED = 512 * 1024;
    /** How long bytes may wait for a client that takes none before it is dropped. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final Context ctx;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private ServletOutputStream out;
    private int buffered;
    private boolean unflushed = true; // the headers: sent by the first flush
    private boolean blocked;
    private long since = System.nanoTime(); // of the last progress while blocked
    private boolean closing;
    private volatile boolean closed;
    private Runnable onClose = () -> { };

    private SseStream(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * Starts a stream for a request that accepts `text/event-stream` and hands it to
     * `consumer` (once the response is asynchronous); false, doing nothing, for any other.
     */
    static boolean open(Context ctx, Consumer<SseStream> consumer) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            return false;
        }
        ctx.res().setStatus(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().addHeader("Connection", "close");
        ctx.res().addHeader("Cache-Control", "no-cache");
        ctx.res().addHeader("X-Accel-Buffering", "no");
        SseStream s = new SseStream(ctx);
        ctx.future(() -> {
            s.start();
            consumer.accept(s); // even when already ended: its onClose then runs at once
            return s.done;
        });
        return true;
    }

    Context ctx() {
        return ctx;
    }

    /** Runs once when the stream ends, whoever ends it. */
    synchronized void onClose(Runnable r) {
        onClose = r;
        if (closed) {
            r.run();
        }
    }

    /**
     * True once the stream has ended; also where a client that took nothing for {@link
     * #SEND_TIMEOUT} is found and dropped, so callers polling this need no timer of their own.
     */
    synchronized boolean terminated() {
        if (!closed && blocked && System.nanoTime() - since >= SEND_TIMEOUT.toNanos()) {
            abort();
        }
        return closed;
    }

    /** True while bytes wait for this client: a producer may hold back rather than pile up more. */
    synchronized boolean backlogged() {
        return blocked || !queue.isEmpty();
    }

    void sendEvent(String event, String data) {
        StringBuilder b = new StringBuilder("event: ").append(event.replace("\r", "").replace("\n", "")).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            b.append("data: ").append(line).append('\n');
        }
        enqueue(b.append('\n').toString());
    }

    void sendComment(String comment) {
        StringBuilder b = new StringBuilder();
        for (String line : comment.split("\n", -1)) {
            b.append(": ").append(line).append('\n');
        }
        enqueue(b.toString());
    }

    /** Ends the stream once what was sent has gone out (or the send timeout drops it). */
    synchronized void close() {
        closing = true;
        pump();
    }

    private synchronized void enqueue(String text) {
        if (closed || closing) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (buffered + bytes.length > MAX_BUFFERED) {
            abort(); // it does not read: drop it rather than hold more for it
            return;
        }
        queue.add(bytes);
        buffered += bytes.length;
        pump();
    }

    /** Switches the response to non-blocking output; ends the stream when it cannot. */
    private synchronized void start() {
        try {
            out = ctx.res().getOutputStream();
            out.setWriteListener(this); // the container calls onWritePossible when writing may start
        } catch (IOException | RuntimeException e) {
            finish();
        }
    }

    @Override
    public synchronized void onWritePossible() {
        since = System.nanoTime();
        pump();
    }

    @Override
    public synchronized void onError(Throwable t) {
        finish();
    }

    /** Writes while the socket takes it; never waits. */
    private void pump() {
        if (closed || out == null) {
            return;
        }
        try {
            while (out.isReady()) {
                byte[] next = queue.poll();
                if (next != null) {
                    buffered -= next.length;
                    out.write(next);
                    unflushed = true;
                } else if (unflushed) {
                    unflushed = false;
                    out.flush();
                } else {
                    blocked = false;
                    if (closing) {
                        finish();
                    }
                    return;
                }
            }
            if (!blocked) {
                blocked = true;
                since = System.nanoTime();
            }
        } catch (IOException | RuntimeException e) {
            abort();
        }
    }

    /** Drops the client: closing its connection fails the pending write at once. */
    private void abort() {
        try {
            ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                    .getEndPoint().close();
        } catch (RuntimeException e) {
            // already gone
        }
        finish();
    }

    private void finish() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        buffered = 0;
        onClose.run();
        done.complete(null);
    }
}
