package dev.patrol.bootstrap.realprocess;

import dev.patrol.bootstrap.Patrol;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Patrol embedded with its real adapters, supervising the tiny scripts of
 * `src/test/resources/children/` copied into a test's directory.
 */
final class RealApps implements AutoCloseable {
    private final Patrol patrol;

    private RealApps(Patrol patrol) {
        this.patrol = patrol;
    }

    static RealApps start(Config config) {
        Patrol p = Patrol.builder(config).build();
        p.start();
        return new RealApps(p);
    }

    /** Copies child script `name` into `dir`, executable; returns its file name. */
    static String child(Path dir, String name) {
        try (InputStream in = RealApps.class.getResourceAsStream("/children/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no child script " + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            if (!target.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + target + " executable");
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An app running `binary` in `dir`, logging to `dir/logs`, PID file `dir/<id>.pid`. */
    static AppConfig.Builder app(Path dir, String id, int keepAlive, String binary) {
        return AppConfig.builder().keepAlive(keepAlive).name(id).workingDirectory(dir.toString())
                .binary(binary).logDirectory("logs").pidPath(id + ".pid").stdMerge(true).stopTimeout(1);
    }

    ApiResponse app(String id) {
        return patrol.api(ApiRequest.builder().group("app").id(id).build()).join();
    }

    void toggle(String id, int toggle) {
        ApiResponse r = patrol.api(ApiRequest.builder().group("app").id(id).toggle(toggle).build()).join();
        if (!r.errors().isEmpty()) {
            throw new AssertionError("toggle " + toggle + " of " + id + ": " + r.errors());
        }
    }

    /** Waits until app `id`'s state satisfies `ok`; returns that state. */
    ApiResponse until(String id, String want, Predicate<ApiResponse> ok, Duration within) {
        return Await.until(want, () -> app(id), ok, within);
    }

    /** Waits until the app runs with a known PID; returns it. */
    long runningPid(String id) {
        return until(id, id + " running with a PID", r -> r.started() != null && r.pid() > 0, Await.DEADLINE).pid();
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static List<String> reasons(ApiResponse r) {
        return r.history().stream().map(HistoryRecord::reason).toList();
    }

    /** Stops what Patrol launched (the stop sequence), bounded. */
    @Override
    public void close() throws Exception {
        patrol.shutdown(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
    }
}
