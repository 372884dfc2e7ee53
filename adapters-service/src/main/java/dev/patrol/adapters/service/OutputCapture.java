package dev.patrol.adapters.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Drains a command's merged stdout and stderr on its own daemon thread until end of stream,
 * keeping the first {@link #LIMIT} bytes and discarding the rest, so the child never blocks
 * on a full pipe.
 */
final class OutputCapture implements Runnable {
    static final int LIMIT = 64 * 1024;

    private final InputStream in;
    private final byte[] kept = new byte[LIMIT];
    private final CompletableFuture<OutputCapture> finished = new CompletableFuture<>();
    private int keptCount;
    private long total;

    OutputCapture(InputStream in) {
        this.in = in;
    }

    /** Starts draining `in` on a new daemon thread. */
    static OutputCapture start(InputStream in, String threadName) {
        OutputCapture capture = new OutputCapture(in);
        Thread t = new Thread(capture, threadName);
        t.setDaemon(true);
        t.start();
        return capture;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                int room = Math.min(n, LIMIT - keptCount);
                System.arraycopy(buffer, 0, kept, keptCount, room);
                keptCount += room;
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // The stream was closed under us; what was kept so far is all there is.
        } finally {
            finished.complete(this);
        }
    }

    /** Completes (on the draining thread) once the stream reaches its end. */
    CompletableFuture<OutputCapture> finished() {
        return finished;
    }

    /** Bytes read in total, kept or not; read only after {@link #finished()}. */
    long totalBytes() {
        return total;
    }

    /** The kept bytes as one printable line; read only after {@link #finished()}. */
    String keptText() {
        return Printable.of(new String(kept, 0, keptCount, StandardCharsets.UTF_8));
    }
}
