package dev.patrol.adapters.http.gui;

import dev.patrol.adapters.http.HttpApiServer;
import dev.patrol.adapters.process.FileLogFiles;
import dev.patrol.adapters.process.FilePidFiles;
import dev.patrol.adapters.process.JnrPosixProcesses;
import dev.patrol.adapters.process.ProcessBuilderLauncher;
import dev.patrol.codec.json.ApiJson;
import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.domain.engine.Engine;
import dev.patrol.domain.engine.SupervisorOptions;
import dev.patrol.domain.engine.SupervisorPorts;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.config.ServiceConfig;
import dev.patrol.ports.ids.IdGenerator;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.service.ServiceOutcome;
import dev.patrol.ports.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A whole Patrol with real child processes, the real clock and the GUI on 127.0.0.1:0. Apps:
 * `loop` and `vault` (secret {@link #SECRET}) run a `/bin/sh` loop that prints a numbered
 * line five times a second; `idle` is disabled. Service `ssh` answers every command with 0.
 */
final class RealPatrol implements AutoCloseable {
    static final String SECRET = "hunter2";
    private static final String LOOP = "#!/bin/sh\ni=0\nwhile true; do\n  i=$((i+1))\n"
            + "  echo \"hello from $PATROL_ID line $i\"\n  sleep 0.2\ndone\n";

    final Engine engine;
    final GuiRoutes gui;
    final HttpApiServer server;

    RealPatrol(Path tmp) throws Exception {
        Config.Builder config = Config.builder().history(10)
                .listenHttp(List.of("127.0.0.1:8421")).listenUdp(List.of("127.0.0.1:1248"))
                .app("loop", app(tmp, "loop", "Loop worker").build())
                .app("vault", app(tmp, "vault", "Vault (protected)").secret(SECRET).build())
                .app("idle", app(tmp, "idle", "Idle batch job").disabled(true).build())
                .service("ssh", ServiceConfig.builder().management(1).service("ssh").name("OpenSSH server").build());
        Validation v = ConfigValidator.validate(config.build(), tmp.toString());
        if (!(v instanceof Validation.Valid valid)) {
            throw new AssertionError("config invalid: " + ((Validation.Invalid) v).error());
        }
        JnrPosixProcesses posix = new JnrPosixProcesses();
        SupervisorPorts ports = new SupervisorPorts(new ProcessBuilderLauncher(), posix, posix, new FilePidFiles(),
                cmd -> CompletableFuture.completedFuture(ServiceOutcome.exited(0)), new SystemClock(), new RandomIds(),
                EventLog.SILENT);
        engine = new Engine(valid.config(), ports, SupervisorOptions.defaults(ZoneId.systemDefault(), System.getenv()));
        engine.start();
        gui = new GuiRoutes(engine, engine, new FileLogFiles(), GoTimeLayout.rfc1123z(), ZoneId.systemDefault());
        server = new HttpApiServer(engine, new ApiJson(GoTimeLayout.rfc1123z(), ZoneId.systemDefault()),
                "127.0.0.1:0", List.of(gui));
        server.start();
    }

    private static AppConfig.Builder app(Path tmp, String dir, String name) throws Exception {
        Path wd = Files.createDirectories(tmp.resolve(dir));
        Path script = wd.resolve("loop.sh");
        Files.writeString(script, LOOP);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return AppConfig.builder().keepAlive(AppConfig.KEEPALIVE_PID_PATROL).name(name).workingDirectory(wd.toString())
                .binary("loop.sh").logDirectory("logs").pidPath("app.pid").stopTimeout(2)
                .keyValue(Map.of("owner", "ops", "tier", 1.0));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A toggle by another client of the API. */
    void toggle(String group, String id, int toggle) throws Exception {
        engine.api(ApiRequest.builder().group(group).id(id).toggle(toggle).secret(SECRET).build(), Endpoint.NONE)
                .get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        server.stop();
        gui.close();
        engine.shutdown(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS); // stop sequences: no child survives
        engine.halt();
    }

    /** The real clock. */
    private static final class SystemClock implements Clock {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }
    }

    /** Real UUIDv4 instance ids and CAS seeds. */
    private static final class RandomIds implements IdGenerator {
        private final SecureRandom random = new SecureRandom();

        @Override
        public String newInstanceId() {
            return UUID.randomUUID().toString();
        }

        @Override
        public long casSeed() {
            return 1 + random.nextInt(100_000);
        }
    }
}
