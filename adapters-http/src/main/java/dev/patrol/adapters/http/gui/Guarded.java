package dev.patrol.adapters.http.gui;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits on the engine with a bound, and wraps GUI handlers so that a slow engine is a 503
 * and a bug is a 500 page, never a Jetty stack trace.
 */
final class Guarded {
    /** How long a GUI request waits for the engine. */
    static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(Guarded.class);

    private Guarded() {
    }

    /** The future's value within {@link #ENGINE_TIMEOUT}. */
    static <T> T await(CompletableFuture<T> f) throws InterruptedException, ExecutionException, TimeoutException {
        return f.get(ENGINE_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** A handler that may throw; its failures become error pages. */
    @FunctionalInterface
    interface GuiHandler {
        void handle(Context ctx) throws Exception;
    }

    static Handler wrap(GuiHandler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (TimeoutException e) {
                LOG.warn("GUI {} {}: the engine did not answer within {} s, answered 503",
                        ctx.method().name(), ctx.path(), ENGINE_TIMEOUT.toSeconds());
                Page.send(ctx, 503, Page.render("Busy", null, Page.warning("Engine Busy: try again in a moment.")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Page.send(ctx, 503, Page.render("Busy", null, Page.warning("Engine Busy")));
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                LOG.warn("GUI {} {} failed, answered 500: {}", ctx.method().name(), ctx.path(), cause, cause);
                Page.send(ctx, 500, Page.render("Error", null, Page.warning("Internal Error")));
            }
        };
    }
}
