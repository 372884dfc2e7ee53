package dev.patrol.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.patrol.adapters.http.HttpApiServer;
import dev.patrol.adapters.process.Cgroups;
import dev.patrol.bootstrap.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * `patrol --self-test`: the whole daemon on ephemeral loopback ports with one run-once app in a
 * temporary directory. It answers when the JVM, the native launcher and the listeners work
 * here, and `bin/patrol` runs it once to record the class-data-sharing archive that makes
 * later start-ups fast (issue #6).
 */
final class SelfTest {
    private static final long DEADLINE_MS = 20_000;

    private SelfTest() {
    }

    static int run(PrintStream out, PrintStream err, boolean cgroups) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("patrol-self-test");
            return check(dir, out, err, cgroups);
        } catch (Exception e) {
            err.println("patrol: self-test failed: " + e);
            return 1;
        } finally {
            delete(dir);
        }
    }

    private static int check(Path dir, PrintStream out, PrintStream err, boolean cgroups) throws Exception {
        Path app = dir.resolve("app.sh");
        Files.writeString(app, "#!/bin/sh\necho self-test\n");
        Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwx------"));
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"http": {"listen": "127.0.0.1:0"}, "udp": {"listen": "127.0.0.1:0"},
                 "apps": {"self-test": {"name": "self-test", "keepalive": 1, "run-once": true, "working-directory": "%s",
                   "binary": "app.sh", "log-directory": "logs", "pid-path": "app.pid"}}}
                """.formatted(dir));
        ConfigLoader.Result loaded = ConfigLoader.load(config);
        if (!loaded.ok()) {
            err.println("patrol: self-test config rejected: " + loaded.error());
            return 1;
        }
        Injector injector = Guice.createInjector(Stage.PRODUCTION, Modules.daemon(loaded.config(), cgroups));
        Lifecycle lifecycle = injector.getInstance(Lifecycle.class);
        lifecycle.start();
        try {
            String base = "http://127.0.0.1:" + injector.getInstance(HttpApiServer.class).port();
            long deadline = System.currentTimeMillis() + DEADLINE_MS;
            String status = get(base + "/status/");
            // The run-once app has run when its first history record exists.
            while (!get(base + "/api/?group=app&id=self-test&history=true").contains("\"stopped\"")) {
                if (System.currentTimeMillis() > deadline) {
                    err.println("patrol: self-test failed: the app did not run within " + DEADLINE_MS + " ms");
                    return 1;
                }
                Thread.sleep(20); // a one-off poll of our own daemon, not a hot loop
            }
            out.println("self-test OK: /status/ answered (" + status.length() + " bytes), an app was launched and closed");
            out.println("containment: " + injector.getInstance(Cgroups.class).describe());
            return 0;
        } finally {
            lifecycle.stop();
        }
    }

    private static String get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(5000);
        try (InputStream in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            c.disconnect();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is harmless
        }
    }
}
