package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.codec.json.JsonStyle;
import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.domain.engine.Engine;
import dev.patrol.domain.engine.SupervisorOptions;
import dev.patrol.domain.engine.SupervisorPorts;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.testing.FakeClock;
import dev.patrol.ports.testing.FakeIdGenerator;
import dev.patrol.ports.testing.FakePidFiles;
import dev.patrol.ports.testing.FakeProcessLauncher;
import dev.patrol.ports.testing.FakeProcessTable;
import dev.patrol.ports.testing.FakeServiceManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real engine on a frozen {@link FakeClock}, the UDP server on 127.0.0.1:0 in front of
 * it, and one client. Apps: `u` (UDP, "U"), `mark` (UDP, the marker), `h` (HTTP) and `web`
 * (HTTP with a secret).
 */
final class UdpHarness implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-24T23:42:14Z");
    static final String SECRET = "s3cret";
    static final String MARK = "{\"group\":\"app\",\"id\":\"mark\"}";

    final FakeClock clock = new FakeClock(T0);
    final FakeProcessTable table = new FakeProcessTable();
    final ApiJson json = new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC);
    final Engine engine;
    final UdpApiServer server;
    final UdpClient client;

    private UdpHarness() throws IOException {
        Validation v = ConfigValidator.validate(config(), "/root");
        SupervisorPorts ports = new SupervisorPorts(new FakeProcessLauncher(), table, table, new FakePidFiles(),
                new FakeServiceManager(), clock, new FakeIdGenerator(), EventLog.SILENT);
        engine = new Engine(((Validation.Valid) v).config(), ports, SupervisorOptions.defaults(ZoneOffset.UTC, Map.of()));
        engine.start();
        server = new UdpApiServer(engine, json, "127.0.0.1:0");
        server.start();
        client = new UdpClient(server.port());
    }

    static UdpHarness start() throws IOException {
        return new UdpHarness();
    }

    private static Config config() {
        return Config.builder().listenHttp(List.of("127.0.0.1:8421")).listenUdp(List.of("127.0.0.1:1248"))
                .app("u", app(AppConfig.KEEPALIVE_UDP, "U").keyValue(Map.of("note", "kept")).build())
                .app("mark", app(AppConfig.KEEPALIVE_UDP, "Mark").build())
                .app("h", app(AppConfig.KEEPALIVE_HTTP, "H").build())
                .app("web", app(AppConfig.KEEPALIVE_HTTP, "W").secret(SECRET).build())
                .build();
    }

    private static AppConfig.Builder app(int keepAlive, String name) {
        return AppConfig.builder().keepAlive(keepAlive).name(name).workingDirectory("/srv/" + name)
                .binary("run").logDirectory("logs").pidPath("app.pid");
    }

    /** The state as a library call (endpoint NONE) sees it, bypassing UDP. */
    ApiResponse read(String id) {
        return call(ApiRequest.builder().group("app").id(id).build(), Endpoint.NONE);
    }

    ApiResponse call(ApiRequest request, Endpoint endpoint) {
        try {
            return engine.api(request, endpoint).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("engine call failed", e);
        }
    }

    String compact(ApiResponse expected) {
        return new String(json.encode(expected, JsonStyle.COMPACT), StandardCharsets.UTF_8);
    }

    /**
     * The payload gets no reply: nothing within 300 ms, and the marker sent after it is
     * answered first (replies leave in request order, so a late reply would come before it).
     */
    void assertNoReply(byte[] payload) {
        client.send(payload);
        assertTrue(client.receive(Duration.ofMillis(300)).isEmpty(), "want no reply, got one");
        ApiResponse first = json.decodeResponse(client.ask(MARK).getBytes(StandardCharsets.UTF_8));
        assertEquals("mark", first.id(), "want the marker's reply first");
    }

    void assertNoReply(String payload) {
        assertNoReply(payload.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        client.close();
        server.stop();
        engine.halt();
    }
}
