package dev.patrol.bootstrap.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * `packaging/prometheus/` (issue #15): the scrape config and the alerting rules are valid, and every
 * rule's unit tests pass, through Debian's `promtool` (`.ci/run` installs it).
 */
class PrometheusPackagingTest {
    private static final Path DIR = Path.of("..", "packaging", "prometheus");

    private static String promtool(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")), "promtool is not installed (apt-get install prometheus)");
        List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/promtool"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(DIR.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "promtool hung");
        assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + out);
        return out;
    }

    @Test
    void scrapeConfig_isValid() throws Exception {
        promtool("check", "config", "prometheus.yml");
    }

    @Test
    void alertingRules_areValid() throws Exception {
        promtool("check", "rules", "patrol-rules.yml");
    }

    @Test
    void alertingRules_passTheirUnitTests() throws Exception {
        promtool("test", "rules", "patrol-rules.test.yml");
    }
}
