package dev.patrol.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17: the daemon's launch command (bin/patrol, which the systemd unit runs) bounds the
 * JVM's memory and idle wake-ups. Runs bin/patrol in its dry-run mode, which prints the
 * environment and the command instead of starting anything.
 */
class LaunchCommandTest {
    private static final Path ROOT = repoRoot();

    @TempDir
    Path dir;

    @Test
    void issue17_launchCommand_boundsHeapMetaspaceCodeCacheCompilersAndArenas() throws Exception {
        List<String> cmd = dryRun(Map.of("PATROL_JAVA", fakeJdk("17.0.15")));
        assertEquals("MALLOC_ARENA_MAX=2", cmd.get(0));
        for (String flag : List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:GuaranteedSafepointInterval=0")) {
            assertTrue(cmd.contains(flag), flag + " in " + cmd);
        }
        for (String bound : List.of("-Xmx", "-Xms", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:CICompilerCount=")) {
            assertTrue(cmd.stream().anyMatch(a -> a.startsWith(bound)), bound + " in " + cmd);
        }
        assertTrue(cmd.contains("-jar"), cmd.toString());
    }

    @Test
    void issue17_patrolJavaOpts_comeAfterTheDefaultsAndWinIncludingTheCollector() throws Exception {
        List<String> cmd = dryRun(Map.of("PATROL_JAVA", fakeJdk("17.0.15"), "PATROL_JAVA_OPTS", "-Xmx300m -XX:+UseG1GC"));
        List<String> heaps = cmd.stream().filter(a -> a.startsWith("-Xmx")).toList();
        assertEquals("-Xmx300m", heaps.get(heaps.size() - 1)); // the JVM takes the last one
        assertTrue(cmd.indexOf("-XX:+UseG1GC") < cmd.indexOf("-jar"));
        assertFalse(cmd.contains("-XX:+UseSerialGC"), "the JVM refuses two collectors: " + cmd);
    }

    @Test
    void issue17_jdk17AndJdk25_getTheirOwnArchiveAndFlags() throws Exception {
        List<String> old = dryRun(Map.of("PATROL_JAVA", fakeJdk("17.0.15")));
        List<String> young = dryRun(Map.of("PATROL_JAVA", fakeJdk("25.0.1")));
        assertTrue(old.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") && a.endsWith("-jdk17.0.15.jsa")), old.toString());
        assertTrue(young.stream().anyMatch(a -> a.startsWith("-XX:AOTCache=") && a.endsWith("-jdk25.0.1.aot")), young.toString());
        assertFalse(young.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=")), young.toString());
        assertFalse(young.contains("-XX:GuaranteedSafepointInterval=0"), "JDK 25's default already: " + young);
        assertTrue(young.contains("-XX:+UseSerialGC"), young.toString());
    }

    @Test
    void issue17_systemdUnit_runsBinPatrolWithoutItsOwnJavaCommand() throws IOException {
        List<String> unit = Files.readAllLines(ROOT.resolve("packaging/patrol.service"));
        List<String> exec = unit.stream().filter(l -> l.startsWith("ExecStart=")).toList();
        assertEquals(1, exec.size(), unit.toString());
        assertTrue(exec.get(0).startsWith("ExecStart=/opt/patrol/bin/patrol "), exec.get(0));
        assertFalse(unit.stream().anyMatch(l -> !l.startsWith("#") && l.contains("PATROL_JAVA_OPTS=")),
                "the unit must not replace the launch bounds");
    }

    /** A JDK home with only a `release` file and a `bin/java` the dry run never starts. */
    private String fakeJdk(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version + "/bin"));
        Files.writeString(home.getParent().resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.writeString(home.resolve("java"), "#!/bin/sh\nexit 99\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java.toString();
    }

    private static List<String> dryRun(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("bin/patrol").toString(), "--config", "/x.json");
        pb.environment().remove("PATROL_JAVA_OPTS");
        pb.environment().remove("MALLOC_ARENA_MAX");
        pb.environment().putAll(env);
        pb.environment().put("PATROL_DRY_RUN", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bin/patrol did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("bin/patrol"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no bin/patrol above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
