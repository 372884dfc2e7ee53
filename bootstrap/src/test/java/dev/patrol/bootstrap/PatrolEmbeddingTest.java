package dev.patrol.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.config.Config;
import dev.patrol.ports.hooks.LaunchHooks;
import dev.patrol.ports.hooks.TriggerEvent;
import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Patrol as a library: a real child process, triggers, launch hooks, shutdown. */
class PatrolEmbeddingTest {
    @TempDir
    Path dir;

    @Test
    void givenAConfigObject_embeddedPatrol_launchesTheAppWithHooksAndReportsTriggers() throws Exception {
        Path script = dir.resolve("app.sh");
        Files.writeString(script, "#!/bin/sh\necho \"extra=$EXTRA arg=$1\"\nexec sleep 60\n");
        script.toFile().setExecutable(true);
        Config config = Config.builder().app("web", AppConfig.builder().keepAlive(1).name("Web")
                .workingDirectory(dir.toString()).binary("app.sh").logDirectory("logs").pidPath("web.pid")
                .stdMerge(true).stopTimeout(1).build()).build();
        List<TriggerEvent.Kind> seen = new CopyOnWriteArrayList<>();
        Patrol patrol = Patrol.builder(config)
                .listener(e -> seen.add(e.kind()))
                .hooks(new LaunchHooks() {
                    @Override
                    public List<String> extraArgs(String appId) {
                        return List.of("hooked");
                    }

                    @Override
                    public List<String> extraEnv(String appId) {
                        return List.of("EXTRA=yes");
                    }
                })
                .build();
        patrol.start();
        ApiRequest web = ApiRequest.builder().group("app").id("web").build();
        Await.until("the app to run", () -> patrol.api(web).join().pid() > 0, Await.DEADLINE);
        long pid = patrol.api(web).join().pid();
        Await.until("the STARTED trigger", () -> seen.contains(TriggerEvent.Kind.STARTED), Await.DEADLINE);
        Path log = Files.walk(dir.resolve("logs")).filter(p -> p.toString().endsWith(".stdmerge.log")).findFirst()
                .orElseThrow();
        Await.until("the hook's output in the log", () -> readQuietly(log).contains("extra=yes arg=hooked"),
                Await.DEADLINE);

        patrol.shutdown(Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the child is stopped");
        Await.until("the CLOSED trigger", () -> seen.contains(TriggerEvent.Kind.CLOSED), Await.DEADLINE);
    }

    @Test
    void givenAnInvalidConfig_build_throwsTheOriginalError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Patrol.builder(Config.builder().build()).build());
        assertEquals("Patrol Apps and Servers were both empty", e.getMessage());
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
