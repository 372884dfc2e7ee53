package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.inbound.PatrolApi;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** `/api/` and `/status/` with Go ServeMux semantics (spec §6.9), answering from the engine. */
final class ApiRoutes implements HttpRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private static final Set<String> ENDPOINT_METHODS = HandlerType.commonHttp().stream()
            .map(HandlerType::name).collect(Collectors.toUnmodifiableSet());

    private final PatrolApi api;
    private final ApiJson json;
    private final Duration engineTimeout;

    ApiRoutes(PatrolApi api, ApiJson json, Duration engineTimeout) {
        this.api = api;
        this.json = json;
        this.engineTimeout = engineTimeout;
    }

    @Override
    public void register(JavalinConfig cfg) {
        for (HandlerType method : HandlerType.commonHttp()) {
            cfg.routes.addEndpoint(new io.javalin.router.Endpoint(method, "/api/*", this::api));
            cfg.routes.addEndpoint(new io.javalin.router.Endpoint(method, "/status/*", this::status));
        }
        // Javalin routes only the common methods; Go's mux takes any token ("FOO /status/" is a 200).
        cfg.routes.before("/api/*", ctx -> otherMethod(ctx, this::api));
        cfg.routes.before("/status/*", ctx -> otherMethod(ctx, this::status));
    }

    @Override
    public List<String> subtrees() {
        return List.of("/api/", "/status/");
    }

    private static void otherMethod(Context ctx, Handler handler) throws Exception {
        if (!ENDPOINT_METHODS.contains(ctx.method().name())) {
            handler.handle(ctx);
            ctx.skipRemainingHandlers();
        }
    }

    private void status(Context ctx) {
        answer(ctx, () -> new JsonReply(200, json.encode(await(api.status()), JsonStyle.PRETTY)));
    }

    private void api(Context ctx) {
        answer(ctx, () -> {
            ApiRequestReader.Parsed parsed = read(ctx);
            if (parsed == null) {
                return JsonReply.error(json, 405, "Invalid Method");
            }
            if (parsed.request() == null) {
                return JsonReply.error(json, parsed.status(), parsed.error());
            }
            return JsonReply.of(json, await(api.api(parsed.request(), Endpoint.HTTP)));
        });
    }

    /** The request of a GET or POST; null for any other method. */
    private static ApiRequestReader.Parsed read(Context ctx) throws IOException {
        String secret = ctx.header(ApiRequestReader.SECRET_HEADER);
        switch (ctx.method().name()) {
            case "GET":
                return ApiRequestReader.fromQuery(ctx.req().getQueryString(), secret);
            case "POST":
                return ApiRequestReader.fromBody(ctx.req().getContentLengthLong(), ctx.req().getInputStream(), secret);
            default:
                return null;
        }
    }

    /**
     * Waits for the engine, bounded so that a stuck engine cannot hold Jetty's threads. A
     * request that times out may still be applied later; the client was told 503.
     */
    private <T> T await(CompletableFuture<T> answer) throws InterruptedException, ExecutionException, TimeoutException {
        return answer.get(engineTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Sends the reply; no failure inside escapes to Jetty as anything but a JSON 5xx. */
    private void answer(Context ctx, ReplySource source) {
        JsonReply reply;
        try {
            reply = source.get();
        } catch (TimeoutException e) {
            LOG.warn("HTTP {} {}: the engine did not answer within {} ms, answered 503",
                    ctx.method().name(), ctx.path(), engineTimeout.toMillis());
            reply = JsonReply.error(json, 503, "Engine Busy");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = JsonReply.error(json, 503, "Engine Busy");
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            LOG.warn("HTTP {} {} failed, answered 500: {}", ctx.method().name(), ctx.path(), cause, cause);
            reply = JsonReply.error(json, 500, "Internal Error");
        }
        reply.send(ctx);
    }

    /** A reply computation that may fail in the ways {@link #answer} maps. */
    @FunctionalInterface
    private interface ReplySource {
        JsonReply get() throws Exception;
    }
}
