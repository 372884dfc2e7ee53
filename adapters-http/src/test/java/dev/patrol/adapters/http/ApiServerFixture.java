package dev.patrol.adapters.http;

import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.domain.engine.Engine;
import dev.patrol.domain.engine.SupervisorOptions;
import dev.patrol.domain.engine.SupervisorPorts;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.testing.FakeClock;
import dev.patrol.ports.testing.FakeIdGenerator;
import dev.patrol.ports.testing.FakePidFiles;
import dev.patrol.ports.testing.FakeProcessLauncher;
import dev.patrol.ports.testing.FakeProcessTable;
import dev.patrol.ports.testing.FakeServiceManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real engine on fake process ports behind an {@link HttpApiServer} on 127.0.0.1:0.
 * Apps: `u` (UDP keepalive, name U, disabled), `web` (HTTP keepalive, name W, secret
 * `s3cret`), `h` (HTTP keepalive, name H); service `ssh`. The clock moves only when told.
 * Register it as an extension field: it is closed after each test.
 */
final class ApiServerFixture implements AutoCloseable, AfterEachCallback {
    static final String SECRET = "s3cret";

    final FakeClock clock = new FakeClock();
    final ApiJson json = new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC);
    final Engine engine;
    final HttpApiServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer, body as raw bytes. */
    record Answer(int status, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    ApiServerFixture() {
        Validation v = ConfigValidator.validate(config(), "/root");
        if (!(v instanceof Validation.Valid valid)) {
            throw new AssertionError("fixture config invalid: " + ((Validation.Invalid) v).error());
        }
        FakeProcessTable table = new FakeProcessTable();
        SupervisorPorts ports = new SupervisorPorts(new FakeProcessLauncher(), table, table, new FakePidFiles(),
                new FakeServiceManager(), clock, new FakeIdGenerator(), EventLog.SILENT);
        engine = new Engine(valid.config(), ports, SupervisorOptions.defaults(ZoneOffset.UTC, Map.of()));
        engine.start();
        // Raw-wire tests name their Host `x`; the config's http-allowed-hosts lets it in (issue 12).
        server = new HttpApiServer(engine, json, "127.0.0.1:0", List.of(), HttpApiServer.DEFAULT_ENGINE_TIMEOUT, List.of("x"));
        try {
            server.start();
        } catch (IOException e) {
            engine.halt();
            throw new UncheckedIOException(e);
        }
    }

    private static Config config() {
        return Config.builder().history(5)
                .listenHttp(List.of("127.0.0.1:8421")).listenUdp(List.of("127.0.0.1:1248"))
                .app("u", app(AppConfig.KEEPALIVE_UDP, "U").disabled(true).build())
                .app("web", app(AppConfig.KEEPALIVE_HTTP, "W").secret(SECRET).build())
                .app("h", app(AppConfig.KEEPALIVE_HTTP, "H").build())
                .service("ssh", ServiceConfig.builder().management(1).service("ssh").name("SSH").build())
                .build();
    }

    private static AppConfig.Builder app(int keepAlive, String name) {
        return AppConfig.builder().keepAlive(keepAlive).name(name).workingDirectory("/srv/" + name.toLowerCase())
                .binary("run").logDirectory("logs").pidPath("app.pid");
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return post(path, body.getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
    }

    /** The app as `/api/` shows it now (a pure read, so it changes nothing). */
    ApiResponse read(String id) throws IOException, InterruptedException {
        Answer a = get("/api/?group=app&id=" + id);
        if (a.status() != 200) {
            throw new AssertionError("want 200 reading " + id + ", got " + a.status() + " " + a.text());
        }
        return json.decodeResponse(a.body());
    }

    /** Appendix A notation: one string per line, `⇥` for a TAB, a newline after each. */
    static String wire(String... lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l.replace('⇥', '\t')).append('\n');
        }
        return b.toString();
    }

    /** The exact body of an error answer. */
    static String errorBody(String message) {
        return wire("{", "⇥\"errors\": [", "⇥⇥\"" + message + "\"", "⇥]", "}");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop();
        engine.halt();
    }
}
