package dev.patrol.adapters.http.gui;

import dev.patrol.adapters.http.HttpApiServer;
import dev.patrol.adapters.process.FileLogFiles;
import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
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
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.inbound.AppLogs;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.testing.FakeClock;
import dev.patrol.ports.testing.FakeIdGenerator;
import dev.patrol.ports.testing.FakePidFiles;
import dev.patrol.ports.testing.FakeProcessLauncher;
import dev.patrol.ports.testing.FakeProcessTable;
import dev.patrol.ports.testing.FakeServiceManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real engine on fake process ports, the API server with the GUI on 127.0.0.1:0, and
 * real log files under `root`. Apps: `web` (PID_PATROL, launched, name with markup),
 * `vault` (PID_PATROL, secret {@link #SECRET}), `off` (HTTP keepalive, disabled, never
 * launched); service `ssh`. Static files come from {@link #www()}. The clock moves only when told.
 */
final class GuiFixture implements AutoCloseable, AfterEachCallback {
    static final String SECRET = "s3cret";
    static final String WEB_NAME = "Web <b>&amp;";

    final Path root;
    final FakeClock clock = new FakeClock();
    final FakeProcessLauncher launcher = new FakeProcessLauncher();
    final Engine engine;
    final GuiRoutes gui;
    final HttpApiServer server;
    /** Keeps cookies like a browser: the GUI's CSRF token is bound to its cookie (issue 12). */
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private GuiFixture(Path root) throws IOException {
        this.root = root;
        Validation v = ConfigValidator.validate(config(root), "/root");
        if (!(v instanceof Validation.Valid valid)) {
            throw new AssertionError("fixture config invalid: " + ((Validation.Invalid) v).error());
        }
        FakeProcessTable table = new FakeProcessTable();
        SupervisorPorts ports = new SupervisorPorts(launcher, table, table, new FakePidFiles(),
                new FakeServiceManager(), clock, new FakeIdGenerator(), EventLog.SILENT);
        engine = new Engine(valid.config(), ports, SupervisorOptions.defaults(ZoneOffset.UTC, Map.of()));
        engine.start();
        gui = new GuiRoutes(engine, engine, new FileLogFiles(), GoTimeLayout.rfc1123z(), ZoneOffset.UTC,
                new SecureRandom(), www());
        server = new HttpApiServer(engine, new ApiJson(GoTimeLayout.rfc1123z(), ZoneOffset.UTC), "127.0.0.1:0", List.of(gui));
        server.start();
    }

    /** A fixture in a new temporary directory; as an extension field it is closed and deleted after each test. */
    static GuiFixture inTempDir() {
        try {
            return new GuiFixture(Files.createTempDirectory("patrol-gui-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Config config(Path root) {
        return Config.builder().history(5)
                .listenHttp(List.of("127.0.0.1:8421")).listenUdp(List.of("127.0.0.1:1248"))
                .app("web", app(root, "web", AppConfig.KEEPALIVE_PID_PATROL, WEB_NAME).build())
                .app("vault", app(root, "vault", AppConfig.KEEPALIVE_PID_PATROL, "Vault").secret(SECRET).build())
                .app("off", app(root, "off", AppConfig.KEEPALIVE_HTTP, "Off").disabled(true).build())
                .service("ssh", ServiceConfig.builder().management(1).service("ssh").name("SSH").build())
                .build();
    }

    private static AppConfig.Builder app(Path root, String dir, int keepAlive, String name) {
        return AppConfig.builder().keepAlive(keepAlive).name(name).workingDirectory(root.resolve(dir).toString())
                .binary("run").logDirectory("logs").pidPath("app.pid");
    }

    /** The static files' root: `root/www`, not created until a test writes into it. */
    Path www() {
        return root.resolve("www");
    }

    /** The app's logs as the engine reports them, the secret given for `vault`. */
    AppLogs logs(String id) throws Exception {
        return engine.appLogs(id, id.equals("vault") ? SECRET : "").get(5, TimeUnit.SECONDS).logs();
    }

    /** Writes `text` as the app's current stdout, creating its directories. */
    Path writeStdout(String id, String text) throws Exception {
        Path p = Path.of(logs(id).stdout());
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    ApiResponse read(String group, String id) throws Exception {
        return engine.api(ApiRequest.builder().group(group).id(id).build(), Endpoint.NONE).get(5, TimeUnit.SECONDS);
    }

    /** Applies a toggle through the API, as another client would. */
    void toggle(String group, String id, int toggle) throws Exception {
        engine.api(ApiRequest.builder().group(group).id(id).toggle(toggle).secret(SECRET).build(), Endpoint.NONE)
                .get(5, TimeUnit.SECONDS);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    HttpResponse<String> head(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** POSTs `form` url-encoded, in the order given. */
    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> Html.pct(e.getKey()) + "=" + Html.pct(e.getValue()))
                .collect(Collectors.joining("&"));
        return postRaw(path, body);
    }

    HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return client.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The CSRF token as the overview page carries it. */
    String csrf() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(get("/").body());
        if (!m.find()) {
            throw new AssertionError("want a csrf field on the overview, got none");
        }
        return m.group(1);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        // Deepest first; walk does not follow links, so a test's symlink out of root is removed, not its target.
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        server.stop();
        gui.close();
        engine.halt();
    }
}
