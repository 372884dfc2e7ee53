package dev.patrol.bench;

import dev.patrol.adapters.process.FilePidFiles;
import dev.patrol.adapters.process.JnrPosixProcesses;
import dev.patrol.domain.config.ConfigValidator;
import dev.patrol.domain.config.Validation;
import dev.patrol.domain.engine.Engine;
import dev.patrol.domain.engine.SupervisorOptions;
import dev.patrol.domain.engine.SupervisorPorts;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.log.EventLog;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.service.ServiceManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** N PID_PATROL apps running `sleep 100000` under a real engine, in a temporary directory. */
final class Fleet implements AutoCloseable {
    static final JnrPosixProcesses PROCESSES = new JnrPosixProcesses();

    private final Path root;
    private final TimedLauncher launcher;
    private final Engine engine;
    private final List<String> ids = new ArrayList<>();

    Fleet(int apps, TimedLauncher launcher) throws IOException {
        this.launcher = launcher;
        root = Files.createTempDirectory("patrol-bench-");
        // Binaries are resolved inside the working directory (spec §1.8), hence the link.
        Files.createSymbolicLink(root.resolve("sleep"), Path.of("/bin/sleep"));
        Config.Builder config = Config.builder();
        for (int i = 0; i < apps; i++) {
            String id = String.format("a%04d", i);
            ids.add(id);
            config.app(id, AppConfig.builder().keepAlive(AppConfig.KEEPALIVE_PID_PATROL).name("Bench " + id)
                    .workingDirectory(root.toString()).binary("sleep").args(List.of("100000"))
                    .logDirectory("logs/" + id).stdMerge(true).pidPath("pids/" + id + ".pid")
                    // 0: no run is "fast", so back-to-back kills never back off (product.md A1).
                    .startSeconds(0.0).build());
        }
        Validation v = ConfigValidator.validate(config.build(), null);
        if (!(v instanceof Validation.Valid valid)) {
            throw new IllegalStateException("bench config rejected: " + v);
        }
        ServiceManager noServices = command -> CompletableFuture.failedFuture(
                new IllegalStateException("the bench has no services"));
        SupervisorPorts ports = new SupervisorPorts(launcher, PROCESSES, PROCESSES, new FilePidFiles(),
                noServices, new SystemClock(), new SequentialIds(), EventLog.SILENT);
        engine = new Engine(valid.config(), ports, SupervisorOptions.defaults(ZoneId.systemDefault(), Map.of()));
    }

    /** Starts the engine and waits until every app has been launched once. */
    void start(Duration bound) throws InterruptedException {
        engine.start();
        long deadline = System.nanoTime() + bound.toNanos();
        while (launcher.launches() < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + launcher.launches() + " of " + ids.size() + " apps launched");
            }
            Thread.sleep(10); // a bench poll, not a test
        }
    }

    List<String> ids() {
        return ids;
    }

    /** The app's current child PID, asked of the engine as a GET would. */
    long pidOf(String id) throws Exception {
        return engine.api(ApiRequest.builder().group("app").id(id).build(), Endpoint.NONE)
                .get(5, TimeUnit.SECONDS).pid();
    }

    /** Graceful shutdown (SIGUSR1 ends `sleep`), then SIGKILL every group left, then the files. */
    @Override
    public void close() throws IOException {
        try {
            engine.shutdown(Duration.ofSeconds(20)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("graceful shutdown incomplete: " + e + " (killing the groups)");
        } finally {
            engine.halt();
            killAll(launcher);
            deleteTree(root);
        }
    }

    static void killAll(TimedLauncher launcher) {
        for (long pid : launcher.pids()) {
            PROCESSES.signalGroup(pid, Signal.KILL); // false (ESRCH) for groups already gone
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
