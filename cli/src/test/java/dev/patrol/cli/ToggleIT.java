package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enable, disable, restart and run-once against a real daemon: sent, waited for, told. */
class ToggleIT {
    @TempDir
    static Path dir;

    static TestDaemon daemon;

    @BeforeAll
    static void start() throws Exception {
        daemon = TestDaemon.withApps(dir, true);
    }

    @AfterAll
    static void stop() throws Exception {
        daemon.close();
    }

    private static Ctl.Run ctl(String... args) {
        return ctl(Map.of(), args);
    }

    private static Ctl.Run ctl(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = daemon.url;
        System.arraycopy(args, 0, all, 2, args.length);
        return Ctl.run(env, all);
    }

    private static long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), p + " in " + text);
        return Long.parseLong(m.group(1));
    }

    @Test
    void givenARunningApp_disableThenEnable_waitForEachAndSayWhatHappened() {
        Ctl.Run off = ctl("disable", "web");
        assertEquals(0, off.code(), off + daemon.log());
        long pid = number(Pattern.compile("^app web disabled \\(pid (\\d+) stopped\\)$", Pattern.MULTILINE), off.out());
        assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "the app's process is gone");
        assertTrue(Ctl.row(ctl("status").out(), "web").contains("disabled"));

        Ctl.Run on = ctl("enable", "web");
        assertEquals(0, on.code(), on.toString());
        long next = number(Pattern.compile("^app web enabled \\(running, pid (\\d+)\\)$", Pattern.MULTILINE), on.out());
        assertNotEquals(pid, next);
    }

    @Test
    void givenARunningApp_restart_waitsForTheNewInstance() {
        Ctl.Run r = ctl("restart", "web");
        assertEquals(0, r.code(), r + daemon.log());
        Matcher m = Pattern.compile("^app web restarted \\(pid (\\d+) -> (\\d+)\\)$", Pattern.MULTILINE).matcher(r.out());
        assertTrue(m.find(), r.out());
        assertNotEquals(m.group(1), m.group(2));
    }

    @Test
    void givenADisabledJob_runOnce_runsItOnceAndItEndsDisabled() {
        Ctl.Run r = ctl("run-once", "job");
        assertEquals(0, r.code(), r + daemon.log());
        assertTrue(r.out().matches("app job (ran once \\(pid \\d+, exit 0\\); now disabled|running once \\(pid \\d+\\); disabled when it exits)\n"),
                r.out());
        Await.until("job disabled after its one run", () -> Ctl.row(ctl("status").out(), "job"),
                row -> row.matches("job\\s+disabled\\s.*\\s0$"), Duration.ofSeconds(10));
    }

    @Test
    void givenAProtectedApp_toggle_isRefusedWithoutItsSecretAndWorksWithIt() throws Exception {
        Ctl.Run none = ctl("disable", "locked");
        assertEquals(1, none.code(), none.toString());
        assertEquals("patrolctl: app locked is protected by a secret: set PATROL_SECRET or use --secret-file\n", none.err());
        Ctl.Run wrong = ctl(Map.of("PATROL_SECRET", "wrong"), "disable", "locked");
        assertEquals(1, wrong.code(), wrong.toString());
        assertEquals("patrolctl: app locked: Secret Invalid\n", wrong.err());
        assertTrue(Ctl.row(ctl("status").out(), "locked").contains("running"), "nothing changed");

        Ctl.Run env = ctl(Map.of("PATROL_SECRET", TestApps.SECRET), "disable", "locked");
        assertEquals(0, env.code(), env.toString());
        assertTrue(env.out().startsWith("app locked disabled (pid "), env.out());

        Path file = dir.resolve("secret");
        Files.writeString(file, TestApps.SECRET + "\n");
        Ctl.Run fromFile = ctl("enable", "locked", "--secret-file", file.toString());
        assertEquals(0, fromFile.code(), fromFile.toString());
        assertTrue(fromFile.out().startsWith("app locked enabled (running, pid "), fromFile.out());
    }

    @Test
    void givenAService_disableThenEnable_drivesItsCommands() {
        Await.until("the fake service running", () -> Ctl.row(ctl("status").out(), "service/fake"),
                row -> row.contains("running"), Duration.ofSeconds(20));
        Ctl.Run off = ctl("disable", "service/fake");
        assertEquals(0, off.code(), off + daemon.log());
        assertEquals("service fake disabled (stopped)\n", off.out());
        assertTrue(!Files.exists(dir.resolve("fake.running")), "the stop verb ran");
        Ctl.Run on = ctl("enable", "service/fake");
        assertEquals(0, on.code(), on + daemon.log());
        assertEquals("service fake enabled (running)\n", on.out());
    }

    @Test
    void givenAChangeThatDoesNotShowInTime_toggle_exits1AndSaysWhy() {
        Ctl.Run r = ctl("enable", "nosuchapp");
        assertEquals(1, r.code(), r.toString());
        assertEquals("patrolctl: app nosuchapp: Unknown App\n", r.err());
        Ctl.Run late = ctl("disable", "stubborn", "--wait", "1");
        assertEquals(1, late.code(), late.toString());
        assertTrue(late.err().matches("patrolctl: app stubborn: disable not visible after 1s \\(now running, pid \\d+\\)\n"),
                late.err());
    }
}
