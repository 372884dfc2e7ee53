package dev.patrol.cli;

import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real daemon for the ITs: the packaged bootstrap jar (or the original Go build) started as
 * its own process on loopback ports, with the test apps of {@link TestApps}.
 */
final class TestDaemon implements AutoCloseable {
    final Process process;
    final Path dir;
    final String url;

    private TestDaemon(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.url = "http://127.0.0.1:" + port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Patrol's daemon jar on `config`, once `/status/` answers. */
    static TestDaemon patrol(Path dir, Path config, int port) throws IOException {
        String jar = System.getProperty("patrol.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the daemon jar is not built: " + jar);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return start(dir, port, List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-jar", jar, "--config", config.toString()));
    }

    /** Patrol on {@link TestApps}' config in `dir`, once `web` and `locked` run. */
    static TestDaemon withApps(Path dir, boolean service) throws IOException {
        int port = freePort();
        TestDaemon d = patrol(dir, TestApps.config(dir, port, freePort(), service), port);
        Await.until("web and locked running on " + d.url, () -> Ctl.run("--url", d.url, "status").out(),
                out -> Ctl.row(out, "web").contains("running") && Ctl.row(out, "locked").contains("running"),
                Duration.ofSeconds(20));
        return d;
    }

    /** The original Go Patrol on `config` (its only flag is -config). */
    static TestDaemon original(Path binary, Path dir, Path config, int port) throws IOException {
        return start(dir, port, List.of(binary.toString(), "-config", config.toString()));
    }

    private static TestDaemon start(Path dir, int port, List<String> cmd) throws IOException {
        Path log = dir.resolve("daemon-" + port + ".log");
        Process p = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        TestDaemon d = new TestDaemon(p, dir, port);
        Await.until("the daemon on " + d.url + " to answer /status/", d::answers, ok -> ok, Duration.ofSeconds(30));
        return d;
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url + "/status/").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    String log() {
        try (var files = Files.list(dir)) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("daemon-")).toList()) {
                b.append(Files.readString(f));
            }
            return b.toString();
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** SIGKILL, as the original needs (its SIGTERM path spins); then its apps, by PID. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
