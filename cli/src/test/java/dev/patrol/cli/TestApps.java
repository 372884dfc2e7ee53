package dev.patrol.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The apps the ITs supervise: `web` (prints numbered lines on stdout and stderr), `locked`
 * (the same, with secret `s3cret`), `job` (disabled; prints one line and exits 0), `stubborn`
 * (ignores SIGUSR1 and SIGTERM, stop-timeout 30 s), and the
 * service `fake` driven by a script standing in for `service NAME VERB`.
 */
final class TestApps {
    static final String SECRET = "s3cret";

    private TestApps() {
    }

    /** Writes the scripts and a config listening on `httpPort` (UDP on `udpPort`). */
    static Path config(Path dir, int httpPort, int udpPort, boolean withService) throws IOException {
        script(dir, "loop.sh", "#!/bin/sh\ni=0\nwhile :; do i=$((i+1)); echo \"out $i\"; echo \"err $i\" >&2; sleep 0.1; done\n");
        script(dir, "job.sh", "#!/bin/sh\necho job done\n");
        script(dir, "stubborn.sh", "#!/bin/sh\ntrap '' USR1 TERM\nwhile :; do sleep 1; done\n");
        script(dir, "fake-service.sh", "#!/bin/sh\n# fake-service.sh NAME VERB: the service runs while its flag file exists\n"
                + "f=\"" + dir + "/$1.running\"\ncase \"$2\" in\n  start) touch \"$f\";;\n  stop) rm -f \"$f\";;\n"
                + "  restart) touch \"$f\";;\n  status) test -f \"$f\";;\nesac\n");
        String service = !withService ? "" : """
                , "service-command": "%s/fake-service.sh",
                  "services": {"fake": {"name": "Fake", "management": 1, "service": "fake"}}
                """.formatted(dir);
        String json = """
                {
                  "http": {"listen": "127.0.0.1:%d"}, "udp": {"listen": "127.0.0.1:%d"}, "tick-every": 5,
                  "apps": {
                    "web": %s,
                    "locked": %s,
                    "stubborn": {"name": "Stubborn", "keepalive": 1, "working-directory": "%5$s", "binary": "stubborn.sh",
                            "log-directory": "logs", "pid-path": "stubborn.pid", "stop-timeout": 30},
                    "job": {"name": "Job", "keepalive": 1, "working-directory": "%5$s", "binary": "job.sh",
                            "log-directory": "logs", "pid-path": "job.pid", "disabled": true, "restart": "never"}
                  }%6$s
                }
                """.formatted(httpPort, udpPort, loop(dir, "web", ""), loop(dir, "locked", ", \"secret\": \"" + SECRET + "\""),
                dir, service);
        Path c = dir.resolve("config.json");
        Files.writeString(c, json);
        return c;
    }

    /** The original's config has none of Patrol's added keys. */
    static Path originalConfig(Path dir, int httpPort, int udpPort) throws IOException {
        script(dir, "loop.sh", "#!/bin/sh\nwhile :; do echo tick; sleep 0.2; done\n");
        String json = """
                {"http": {"listen": "127.0.0.1:%d"}, "udp": {"listen": "127.0.0.1:%d"}, "tick-every": 5,
                 "apps": {"web": {"name": "Web", "keepalive": 1, "working-directory": "%s", "binary": "loop.sh",
                                  "log-directory": "logs", "pid-path": "web.pid"}}}
                """.formatted(httpPort, udpPort, dir);
        Path c = dir.resolve("config-original.json");
        Files.writeString(c, json);
        return c;
    }

    private static String loop(Path dir, String id, String extra) {
        return """
                {"name": "%s", "keepalive": 1, "working-directory": "%s", "binary": "loop.sh",
                 "log-directory": "logs", "pid-path": "%s.pid", "stop-timeout": 2%s}""".formatted(id, dir, id, extra);
    }

    private static void script(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        p.toFile().setExecutable(true);
    }
}
