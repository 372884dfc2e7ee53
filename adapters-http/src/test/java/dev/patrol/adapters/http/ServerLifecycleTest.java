package dev.patrol.adapters.http;

import static dev.patrol.adapters.http.ApiServerFixture.errorBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.inbound.PatrolApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Binding (F15), an engine that hangs or fails, and routes added by another module (the GUI). */
class ServerLifecycleTest {
    private final ApiJson json = new ApiJson(GoTimeLayout.rfc3339(), ZoneOffset.UTC);
    private HttpApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A PatrolApi whose every answer comes from `answer`. */
    private static PatrolApi api(Supplier<CompletableFuture<?>> answer) {
        return new PatrolApi() {
            @Override
            @SuppressWarnings("unchecked")
            public CompletableFuture<ApiResponse> api(ApiRequest request, Endpoint endpoint) {
                return (CompletableFuture<ApiResponse>) answer.get();
            }

            @Override
            @SuppressWarnings("unchecked")
            public CompletableFuture<ApiStatus> status() {
                return (CompletableFuture<ApiStatus>) answer.get();
            }
        };
    }

    private RawHttp.Reply get(String target) throws IOException {
        return RawHttp.request(server.port(), "GET", target);
    }

    @Test
    void givenAPortInUse_start_failsNamingTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String listen = "127.0.0.1:" + taken.getLocalPort();
            HttpApiServer s = new HttpApiServer(api(CompletableFuture::new), json, listen);
            IOException e = assertThrows(IOException.class, s::start);
            assertTrue(e.getMessage().contains(listen), e.getMessage());
        }
    }

    @Test
    void givenABadAddress_constructor_refusesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HttpApiServer(api(CompletableFuture::new), json, "localhost"));
        assertTrue(e.getMessage().contains("missing port"), e.getMessage());
    }

    @Test
    void givenAnEngineThatNeverAnswers_api_answers503EngineBusy() throws Exception {
        server = new HttpApiServer(api(CompletableFuture::new), json, "127.0.0.1:0", List.of(), Duration.ofMillis(50));
        server.start();
        RawHttp.Reply r = get("/api/?group=app&id=u");
        assertEquals(503, r.status());
        assertEquals(errorBody("Engine Busy"), r.text());
        assertEquals(503, get("/status/").status());
    }

    @Test
    void givenAnEngineThatFails_api_answers500AndKeepsServing() throws Exception {
        server = new HttpApiServer(api(() -> CompletableFuture.failedFuture(new IllegalStateException("boom"))),
                json, "127.0.0.1:0");
        server.start();
        RawHttp.Reply r = get("/api/?group=app&id=u");
        assertEquals(500, r.status());
        assertEquals(errorBody("Internal Error"), r.text());
        assertEquals(500, get("/status/").status());
    }

    @Test
    void givenExtraRoutes_server_servesThemAndRedirectsTheirSubtree() throws Exception {
        HttpRoutes gui = new HttpRoutes() {
            @Override
            public void register(io.javalin.config.JavalinConfig cfg) {
                cfg.routes.get("/logs/*", ctx -> ctx.result("logs " + ctx.path()));
                cfg.routes.get("/", ctx -> ctx.html("index"));
            }

            @Override
            public List<String> subtrees() {
                return List.of("/logs/");
            }
        };
        server = new HttpApiServer(api(CompletableFuture::new), json, "127.0.0.1:0", List.of(gui));
        server.start();
        assertEquals("logs /logs/a", get("/logs/a").text());
        assertEquals("index", get("/").text());
        assertEquals("/logs/?x=1", get("/logs?x=1").header("Location"));
    }

    @Test
    void givenAStoppedServer_port_isUnavailable() throws Exception {
        server = new HttpApiServer(api(CompletableFuture::new), json, "127.0.0.1:0");
        server.start();
        server.stop();
        assertThrows(IllegalStateException.class, server::port);
        server = null;
    }
}
