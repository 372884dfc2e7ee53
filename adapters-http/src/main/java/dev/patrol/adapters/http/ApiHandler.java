package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.inbound.PatrolApi;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `/api/` and `/status/` with Go ServeMux semantics (spec §6.9), served on Jetty's core API
 * in front of Javalin: the answer is written when the engine's future completes, so no
 * Jetty thread waits for the engine (the servlet layer and that wait were most of the cost).
 */
final class ApiHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    static final String API = "/api/";
    static final String STATUS = "/status/";

    /** One request being answered. */
    private record Exchange(Request request, Response response, Callback callback) {
        void send(JsonReply reply, boolean close) {
            try {
                reply.send(response, callback, close);
            } catch (RuntimeException e) {
                callback.failed(e); // Jetty then answers or closes; nothing is left hanging
            }
        }
    }

    private final PatrolApi api;
    private final ApiJson json;
    private final Duration engineTimeout;
    private final StatusCache statusCache;
    /** Requests handed to the engine and not yet answered. */
    private final AtomicInteger waiting = new AtomicInteger();

    ApiHandler(PatrolApi api, ApiJson json, Duration engineTimeout) {
        this.api = api;
        this.json = json;
        this.engineTimeout = engineTimeout;
        this.statusCache = new StatusCache(json);
    }

    /**
     * Takes the request when its raw path is in one of the two subtrees (what Javalin's
     * `/api/*` matched before: case-sensitive, still escaped) and answers it, now or later.
     * Never blocks: it runs on Jetty's selector thread.
     *
     * @return false when the request is not for the API
     */
    boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        if (path == null) {
            return false;
        }
        if (path.startsWith(STATUS)) {
            // Go's mux takes any method here, FOO and HEAD included.
            answer(new Exchange(request, response, callback), api::status, s -> new JsonReply(200, statusCache.encode(s)));
            return true;
        }
        if (path.startsWith(API)) {
            api(new Exchange(request, response, callback));
            return true;
        }
        return false;
    }

    private void api(Exchange x) {
        String secret = x.request().getHeaders().get(ApiRequestReader.SECRET_HEADER);
        switch (x.request().getMethod()) {
            case "GET" -> ask(x, ApiRequestReader.fromQuery(x.request().getHttpURI().getQuery(), secret));
            case "POST" -> BodyReader.read(x.request(), x.response(), new BodyReader.Outcome() {
                @Override
                public void body(byte[] body) {
                    ask(x, ApiRequestReader.fromJson(body, secret));
                }

                @Override
                public void refused(int status, String error, boolean close) {
                    x.send(JsonReply.error(json, status, error), close);
                }
            });
            default -> x.send(JsonReply.error(json, 405, "Invalid Method"), false);
        }
    }

    private void ask(Exchange x, ApiRequestReader.Parsed parsed) {
        if (parsed.request() == null) {
            x.send(JsonReply.error(json, parsed.status(), parsed.error()), false);
            return;
        }
        String source = Request.getRemoteAddr(x.request()); // the peer's IP: wrong secrets are throttled by it
        answer(x, () -> api.api(parsed.request(), Endpoint.HTTP, source), r -> JsonReply.of(json, r));
    }

    /**
     * Writes the engine's answer when it comes, bounded so that a stuck engine costs a 503
     * and no thread. A request that times out may still be applied later; the client was
     * told 503.
     */
    private <T> void answer(Exchange x, Supplier<CompletableFuture<T>> call, Function<T, JsonReply> encode) {
        CompletableFuture<T> answer;
        try {
            answer = call.get();
        } catch (RuntimeException e) {
            x.send(failed(x.request(), e), false);
            return;
        }
        waiting.incrementAndGet();
        answer.orTimeout(engineTimeout.toNanos(), TimeUnit.NANOSECONDS).whenComplete((value, failure) -> {
            // The engine completes on its single thread. Alone, it writes at once (the
            // shortest path for one client); with others waiting, encoding and writing go
            // to Jetty's pool so that the engine moves on to the next request.
            if (waiting.decrementAndGet() > 0) {
                try {
                    x.request().getComponents().getExecutor().execute(() -> reply(x, encode, value, failure));
                    return;
                } catch (RejectedExecutionException e) {
                    // the pool is stopping: answer from here rather than leave the client hanging
                }
            }
            reply(x, encode, value, failure);
        });
    }

    private <T> void reply(Exchange x, Function<T, JsonReply> encode, T value, Throwable failure) {
        JsonReply reply;
        try {
            reply = failure == null ? encode.apply(value) : failed(x.request(), failure);
        } catch (RuntimeException e) {
            reply = failed(x.request(), e);
        }
        x.send(reply, false);
    }

    /** Any failure reaches the client as a JSON 5xx, never as Jetty's HTML error page. */
    private JsonReply failed(Request request, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof TimeoutException) {
            LOG.warn("HTTP {} {}: the engine did not answer within {} ms, answered 503",
                    request.getMethod(), request.getHttpURI().getPath(), engineTimeout.toMillis());
            return JsonReply.error(json, 503, "Engine Busy");
        }
        LOG.warn("HTTP {} {} failed, answered 500: {}", request.getMethod(), request.getHttpURI().getPath(), cause, cause);
        return JsonReply.error(json, 500, "Internal Error");
    }
}
