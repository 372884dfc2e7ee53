package dev.patrol.adapters.http;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts off clients that trickle a request (issue 12): once a second it looks at every open
 * connection and closes one whose parser has been inside the same request's headers or body
 * for {@link HttpLimits#REQUEST_READ_TIME} or more. Jetty's idle timeout never fires for a
 * client that sends a byte every few seconds, and such clients would pile up until the
 * connection cap. No thread is held per client: this is one task on Jetty's scheduler, and
 * it runs only while a connection is open, so an idle daemon never wakes for it (issue #17).
 */
final class SlowRequestSweeper extends AbstractLifeCycle {
    private static final Logger LOG = LoggerFactory.getLogger(SlowRequestSweeper.class);
    private static final long PERIOD_MS = 1000;
    private static final long REPORT_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ServerConnector connector;
    private final long limitNanos;
    /** Connections seen receiving a request, and since when; the sweep task only. */
    private Map<EndPoint, Receiving> receiving = new HashMap<>();
    private long cutSinceReport;
    private long lastReport = System.nanoTime();
    private volatile Scheduler.Task task;
    /** A sweep is scheduled; cleared when one finds no connection, set again by the next one opened. */
    private final AtomicBoolean armed = new AtomicBoolean();

    private record Receiving(long message, long since) {
    }

    SlowRequestSweeper(ServerConnector connector, Duration limit) {
        this.connector = connector;
        this.limitNanos = limit.toNanos();
    }

    @Override
    protected void doStart() {
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                arm();
            }
        });
        arm();
    }

    private void arm() {
        if (armed.compareAndSet(false, true)) {
            schedule();
        }
    }

    @Override
    protected void doStop() {
        Scheduler.Task t = task;
        if (t != null) {
            t.cancel();
        }
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            task = connector.getScheduler().schedule(this::sweep, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            Map<EndPoint, Receiving> next = new HashMap<>();
            for (EndPoint ep : connector.getConnectedEndPoints()) {
                if (!(ep.getConnection() instanceof HttpConnection c) || !receiving(c.getParser())) {
                    continue;
                }
                long message = c.getMessagesIn();
                Receiving r = receiving.get(ep);
                if (r == null || r.message() != message) {
                    r = new Receiving(message, now);
                }
                if (now - r.since() >= limitNanos) {
                    ep.close(); // a pending read fails: the handler answering it gives up too
                    cutSinceReport++;
                } else {
                    next.put(ep, r);
                }
            }
            receiving = next;
            report(now);
        } catch (RuntimeException e) {
            LOG.warn("slow-request sweep failed", e);
        } finally {
            next();
        }
    }

    /** Sweeps again in a second while connections are open; else waits for the next one. */
    private void next() {
        if (!connector.getConnectedEndPoints().isEmpty()) {
            schedule();
            return;
        }
        armed.set(false);
        if (!connector.getConnectedEndPoints().isEmpty()) {
            arm(); // one opened between the check and the reset
        }
    }

    /**
     * Between the first byte of a request and the last of its body (or trailers). The parser
     * stays in CONTENT with all of a declared length read (`Content-Length: 0` too), or in
     * CONTENT_END, while a long response (an event stream, a log) is written: not receiving.
     * The state is read from another thread without a lock: a stale value only delays a cut.
     */
    private static boolean receiving(HttpParser parser) {
        HttpParser.State s = parser.getState();
        if (s == HttpParser.State.START) {
            return false;
        }
        if (s == HttpParser.State.CONTENT && parser.getContentRead() >= parser.getContentLength()) {
            return false;
        }
        return s.ordinal() < HttpParser.State.CONTENT_END.ordinal() || s == HttpParser.State.TRAILER;
    }

    private void report(long now) {
        if (cutSinceReport > 0 && now - lastReport >= REPORT_NANOS) {
            LOG.warn("closed {} HTTP connections that took over {} s to send a request", cutSinceReport,
                    TimeUnit.NANOSECONDS.toSeconds(limitNanos));
            cutSinceReport = 0;
            lastReport = now;
        }
    }
}
