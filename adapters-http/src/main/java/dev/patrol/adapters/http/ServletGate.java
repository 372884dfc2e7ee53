package dev.patrol.adapters.http;

import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admits GUI requests to Javalin's blocking servlet (issue 12). Their body is read first,
 * without a thread ({@link BufferedBody}), so a client that trickles one holds none; then at
 * most {@link HttpLimits#MAX_GUI_RUNNING} run on pool threads at once and up to {@link
 * HttpLimits#MAX_GUI_WAITING} wait their turn; past that the answer is 503 at once. The pool
 * thus always has threads left for Jetty itself and the API.
 */
final class ServletGate {
    /** The servlet call, on a pool thread, with the request whose body is already read. */
    interface Servlet {
        void handle(Request request, Response response, Callback callback);
    }

    private final Servlet servlet;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int running;

    ServletGate(Servlet servlet) {
        this.servlet = servlet;
    }

    void admit(Request request, Response response, Callback callback) {
        BufferedBody.read(request, response, HttpLimits.MAX_GUI_BODY,
                buffered -> queue(request, () -> run(buffered, response, callback), response, callback),
                status -> Response.writeError(request, response, callback, status));
    }

    private void queue(Request request, Runnable work, Response response, Callback callback) {
        boolean start;
        synchronized (this) {
            start = running < HttpLimits.MAX_GUI_RUNNING;
            if (start) {
                running++;
            } else if (waiting.size() < HttpLimits.MAX_GUI_WAITING) {
                waiting.add(work);
                return;
            }
        }
        if (start) {
            execute(request, work, callback);
        } else {
            Response.writeError(request, response, callback, 503, "Service Unavailable: too many GUI requests");
        }
    }

    private void execute(Request request, Runnable work, Callback callback) {
        try {
            request.getComponents().getExecutor().execute(() -> {
                work.run();
                drain();
            });
        } catch (RejectedExecutionException e) {
            done();
            callback.failed(e); // the server is stopping
        }
    }

    /**
     * A servlet call returned (an SSE stream goes on without its thread): this pool thread,
     * free now, takes the waiting ones until none is left.
     */
    private void drain() {
        while (true) {
            Runnable work;
            synchronized (this) {
                work = waiting.poll();
                if (work == null) {
                    running--;
                    return;
                }
            }
            work.run();
        }
    }

    private synchronized void done() {
        running--;
    }

    private void run(Request request, Response response, Callback callback) {
        servlet.handle(request, response, callback);
    }
}
