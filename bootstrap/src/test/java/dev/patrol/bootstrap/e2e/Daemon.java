package dev.patrol.bootstrap.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.patrol.ports.testing.Await;
import java.util.function.BooleanSupplier;

/** The packaged daemon jar started as a separate process, with helpers to drive it. */
final class Daemon implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Process process;
    final Path log;
    final int httpPort;

    private Daemon(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    static Path jar() {
        String jar = System.getProperty("patrol.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("patrol.jar not built: " + jar);
        }
        return Path.of(jar);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Daemon start(Path dir, Path config, int httpPort, String... extraArgs) throws IOException {
        return startWrapped(List.of(), dir, config, httpPort, extraArgs);
    }

    /** Like {@link #start}, with the java command handed to `wrapper` (e.g. `unshare … sh -c`) as its last arguments. */
    static Daemon startWrapped(List<String> wrapper, Path dir, Path config, int httpPort, String... extraArgs)
            throws IOException {
        Path log = dir.resolve("daemon.log");
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.addAll(List.of(javaBin(), "--enable-native-access=ALL-UNNAMED", "-jar",
                jar().toString(), "--config", config.toString()));
        cmd.addAll(List.of(extraArgs));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Daemon(p, log, httpPort);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** GET a path, with `headers` (name, value, ...); null if the daemon does not answer (yet). */
    HttpResponse<String> get(String path, String... headers) {
        return get(path, Duration.ofSeconds(5), headers);
    }

    /** GET a path; null if the daemon does not answer within `timeout`. */
    HttpResponse<String> get(String path, Duration timeout, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                    .timeout(timeout);
            if (headers.length > 0) {
                b.headers(headers);
            }
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        kill.waitFor();
    }

    /** Polls until `condition` holds; fails with what was wanted and the daemon's log. */
    void waitUntil(String want, Duration limit, BooleanSupplier condition) {
        Await.until(want, condition, () -> "not yet; log:\n" + logText(), limit);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
