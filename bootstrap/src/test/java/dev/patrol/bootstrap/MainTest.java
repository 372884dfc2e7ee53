package dev.patrol.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's arguments and config errors: exit codes and messages, nothing started. */
class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
        System.setOut(oldOut);
    }

    private Path config(String json) throws IOException {
        Path p = dir.resolve("config.json");
        Files.writeString(p, json);
        return p;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenAMissingConfig_main_exits254() {
        assertEquals(254, Main.run(new String[] {"-config", dir.resolve("nope.json").toString()}));
        assertTrue(err().contains("unable to read config"), err());
    }

    @Test
    void givenUnparsableJson_main_exits254WithTheDecodeError() throws IOException {
        assertEquals(254, Main.run(new String[] {"--config", config("{bad").toString()}));
        assertTrue(err().contains("unable to decode config"), err());
    }

    @Test
    void givenATypeError_main_exits254NamingTheKey() throws IOException {
        assertEquals(254, Main.run(new String[] {"--config", config("{\"tick-every\":\"x\"}").toString()}));
        assertTrue(err().contains("tick-every"), err());
    }

    @Test
    void givenAnEmptyConfig_main_exits255WithTheOriginalError() throws IOException {
        assertEquals(255, Main.run(new String[] {"--config", config("{}").toString()}));
        assertTrue(err().contains("Patrol Apps and Servers were both empty"), err());
    }

    @Test
    void givenTheDemoConfig_check_validatesWithoutStartingAnything() {
        Path demo = Path.of("..", "examples", "demo", "config.json");
        assertEquals(0, Main.run(new String[] {"--config", demo.toString(), "--check"}), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("config OK: 4 apps, 1 services"));
    }

    @Test
    void givenAnUnknownArgument_main_exits2WithUsage() {
        assertEquals(2, Main.run(new String[] {"--frobnicate"}));
        assertTrue(err().contains("usage: patrol"), err());
    }

    @Test
    void givenVersion_main_printsItAndExits0() {
        assertEquals(0, Main.run(new String[] {"--version"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("patrol "));
    }

    /** The whole daemon on ephemeral ports with a real run-once child; nothing is left behind. */
    @Test
    void givenSelfTest_main_startsServesLaunchesAndExits0() {
        assertEquals(0, Main.run(new String[] {"--self-test"}), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("self-test OK"), out::toString);
    }

    @Test
    void givenNoCgroups_selfTest_containsAppsByProcessGroupOnly() {
        assertEquals(0, Main.run(new String[] {"--self-test", "--no-cgroups"}), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("containment: process groups only (--no-cgroups)"),
                out::toString);
    }
}
