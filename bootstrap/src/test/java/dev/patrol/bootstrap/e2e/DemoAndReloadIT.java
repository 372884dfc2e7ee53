package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo comes up whole; SIGHUP restarts only what changed; services run through init.d scripts. */
class DemoAndReloadIT {
    @TempDir
    Path dir;

    private static long pidOf(String body, String app) {
        Matcher m = Pattern.compile("\"" + app + "\": \\{[^}]*?\"pid\": (\\d+)", Pattern.DOTALL).matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static boolean allRunning(String body, String... apps) {
        for (String app : apps) {
            if (pidOf(body, app) == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void givenTheDemoConfig_daemon_runsAllFourKeepAliveMethodsAndTheService() throws Exception {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        int http = Daemon.freePort();
        String demo = Files.readString(repo.resolve("examples/demo/config.json"))
                .replace("\"ping-timeout\": 5,", "\"ping-timeout\": 5, \"http\": {\"listen\": \"127.0.0.1:" + http
                        + "\"}, \"udp\": {\"listen\": \"127.0.0.1:" + Daemon.freePort() + "\"},")
                .replace("\"examples/demo/init.d\"", "\"" + repo.resolve("examples/demo/init.d") + "\"")
                .replace("tmp/patrol-demo", dir.toString().substring(1));
        Path config = dir.resolve("demo.json");
        Files.writeString(config, demo);
        try (Daemon d = Daemon.start(dir, config, http)) {
            d.waitUntil("every demo app running with a pid and the service started", Duration.ofSeconds(40), () -> {
                HttpResponse<String> r = d.get("/status/");
                return r != null && allRunning(r.body(), "heartbeat", "pidfile", "httpping", "udpping")
                        && r.body().contains("\"demo-svc\": {\n\t\t\t\"instance-id\"");
            });
        }
    }

    @Test
    void givenAChangedApp_sighup_restartsOnlyThatApp() throws Exception {
        int http = Daemon.freePort();
        Path config = dir.resolve("config.json");
        Files.writeString(config, twoApps(http, "60"));
        try (Daemon d = Daemon.start(dir, config, http)) {
            d.waitUntil("both apps running", Duration.ofSeconds(20), () -> {
                HttpResponse<String> r = d.get("/status/");
                return r != null && allRunning(r.body(), "a", "b");
            });
            String before = d.get("/status/").body();
            Files.writeString(config, twoApps(http, "61"));
            d.signal("HUP");
            d.waitUntil("b relaunched", Duration.ofSeconds(20), () -> {
                HttpResponse<String> r = d.get("/status/");
                long b = r == null ? 0 : pidOf(r.body(), "b");
                return b > 0 && b != pidOf(before, "b");
            });
            String after = d.get("/status/").body();
            assertEquals(pidOf(before, "a"), pidOf(after, "a"), "the unchanged app kept running");
            assertNotEquals(pidOf(before, "b"), pidOf(after, "b"));
            // Logged by the reload thread once the engine's answer arrives, which may be after b's relaunch shows.
            d.waitUntil("the reload report logged", Duration.ofSeconds(10),
                    () -> d.logText().contains("config reloaded: added=[] changed=[app b] removed=[]"));

            Files.writeString(config, "{not json");
            d.signal("HUP");
            d.waitUntil("the rejection logged", Duration.ofSeconds(10),
                    () -> d.logText().contains("reload rejected, keeping the running config"));
            assertEquals(pidOf(after, "a"), pidOf(d.get("/status/").body(), "a"), "an invalid config changes nothing");
        }
    }

    @Test
    void givenAnInitdService_disable_runsItsStopScript() throws Exception {
        Path initd = Files.createDirectories(dir.resolve("init.d"));
        Path calls = dir.resolve("calls.txt");
        Path script = initd.resolve("fake");
        Files.writeString(script, "#!/bin/sh\necho \"$1\" >> " + calls + "\n"
                + "case \"$1\" in status) [ -f " + dir.resolve("up") + " ] && exit 0 || exit 3 ;;"
                + " start) touch " + dir.resolve("up") + " ;; stop) rm -f " + dir.resolve("up") + " ;; esac\n");
        script.toFile().setExecutable(true);
        int http = Daemon.freePort();
        Path config = dir.resolve("config.json");
        Files.writeString(config, """
                {"http": {"listen": "127.0.0.1:%d"}, "udp": {"listen": "127.0.0.1:%d"}, "initd-directory": "%s",
                 "services": {"svc": {"name": "Fake", "management": 2, "service": "fake"}}}
                """.formatted(http, Daemon.freePort(), initd));
        try (Daemon d = Daemon.start(dir, config, http)) {
            d.waitUntil("status, then start", Duration.ofSeconds(20), () -> readQuietly(calls).startsWith("status\nstart\n"));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + http + "/api/")).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"group\":\"service\",\"id\":\"svc\",\"toggle\":2}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            d.waitUntil("a stop after the disable", Duration.ofSeconds(10), () -> readQuietly(calls).contains("stop\n"));
            d.waitUntil("the instance closed", Duration.ofSeconds(10), () -> {
                HttpResponse<String> s = d.get("/api/?group=service&id=svc");
                return s != null && s.body().contains("\"disabled\": true") && !s.body().contains("\"started\"");
            });
        }
    }

    private String twoApps(int http, String bArg) throws Exception {
        return """
                {"http": {"listen": "127.0.0.1:%d"}, "udp": {"listen": "127.0.0.1:%d"},
                 "apps": {
                   "a": {"name": "A", "keepalive": 1, "working-directory": "/", "binary": "bin/sleep", "args": ["60"],
                         "log-directory": "%s/logs", "pid-path": "%s/a.pid", "stop-timeout": 1},
                   "b": {"name": "B", "keepalive": 1, "working-directory": "/", "binary": "bin/sleep", "args": ["%s"],
                         "log-directory": "%s/logs", "pid-path": "%s/b.pid", "stop-timeout": 1}
                 }}
                """.formatted(http, Daemon.freePort(), rel(), rel(), bArg, rel(), rel());
    }

    private String rel() {
        return dir.toString().substring(1);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
