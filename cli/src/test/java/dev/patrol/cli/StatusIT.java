package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `status` against two real daemons: the table, `--json`, colour, the host column, exit 3. */
class StatusIT {
    @TempDir
    static Path one;
    @TempDir
    static Path two;

    static TestDaemon first;
    static TestDaemon second;

    @BeforeAll
    static void start() throws Exception {
        first = TestDaemon.withApps(one, true);
        second = TestDaemon.withApps(two, false);
    }

    @AfterAll
    static void stop() throws Exception {
        first.close();
        second.close();
    }

    @Test
    void givenADaemon_status_printsOneRowPerAppAndServiceWithStateAndPid() {
        Ctl.Run r = Ctl.run("status", "--url", first.url);
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("ID", "STATE", "PID", "UPTIME", "RESTARTS", "CPU", "MEM", "LAST", "EXIT"),
                List.of(lines.get(0).split("\\s+")), r.out());
        assertEquals(6, lines.size(), "header, job, locked, stubborn, web, service/fake:\n" + r.out());
        assertTrue(Ctl.row(r.out(), "web").matches("web\\s+running\\s+\\d+\\s+\\d+s\\s+0\\s+-\\s+-\\s+-"), r.out());
        assertTrue(Ctl.row(r.out(), "job").matches("job\\s+disabled\\s+-\\s+-\\s+0\\s+-\\s+-\\s+-"), r.out());
        assertTrue(Ctl.row(r.out(), "service/fake").startsWith("service/fake"), r.out());
        assertFalse(r.out().contains("\u001b["), "no colour when not a terminal");
        assertEquals("", r.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenJson_status_printsMachineReadableRows() {
        Ctl.Run r = Ctl.run("--url", first.url, "status", "--json");
        assertEquals(0, r.code(), r.toString());
        Map<String, Object> m = Json.object(r.out().getBytes(StandardCharsets.UTF_8), "status --json");
        List<Object> apps = Json.list(m, "apps");
        assertEquals(4, apps.size(), r.out());
        Map<String, Object> web = (Map<String, Object>) apps.stream()
                .filter(a -> "web".equals(((Map<String, Object>) a).get("id"))).findFirst().orElseThrow();
        assertEquals("running", web.get("state"));
        assertTrue(((Number) web.get("pid")).longValue() > 0, r.out());
        assertTrue(web.containsKey("cpu-seconds") && web.get("cpu-seconds") == null, "no /resources/ yet: " + r.out());
        assertEquals(1, Json.list(m, "services").size(), r.out());
        assertEquals(Boolean.TRUE, ((Map<String, Object>) Json.list(m, "daemons").get(0)).get("reachable"));
    }

    @Test
    void givenATerminal_status_coloursTheStateUnlessNoColorIsSet() {
        assertTrue(onTerminal(Map.of()).contains("\u001b[32mrunning\u001b[0m"), onTerminal(Map.of()));
        assertFalse(onTerminal(Map.of("NO_COLOR", "1")).contains("\u001b["));
    }

    private static String onTerminal(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = PatrolCtl.run(new String[] {"--url", first.url, "status"}, new Terminal(p, System.err, env, true));
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenTwoDaemons_status_printsOneTableWithAHostColumn() {
        Ctl.Run r = Ctl.run("--url", first.url, "status", "--url", second.url);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("HOST "), r.out());
        String a = first.url.substring("http://".length());
        String b = second.url.substring("http://".length());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(a + " ") && l.contains(" web ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(b + " ") && l.contains(" web ")), r.out());
        assertEquals(1 + 5 + 4, r.out().lines().count(), r.out());
    }

    @Test
    void givenAnUnreachableDaemon_status_saysSoInOneLineAndExits3() throws Exception {
        String dead = "http://127.0.0.1:" + TestDaemon.freePort();
        Ctl.Run alone = Ctl.run("--url", dead, "status");
        assertEquals(3, alone.code(), alone.toString());
        assertEquals(1, alone.err().lines().count(), alone.toString());
        assertTrue(alone.err().startsWith("patrolctl: " + dead + ": unreachable ("), alone.err());

        Ctl.Run mixed = Ctl.run("--url", first.url, "--url", dead, "status");
        assertEquals(3, mixed.code(), mixed.toString());
        assertTrue(mixed.out().contains(" web "), "the reachable daemon is still shown:\n" + mixed);
        assertEquals(1, mixed.err().lines().count(), mixed.toString());
    }

    @Test
    void givenPatrolUrl_status_usesItWhenNoUrlIsGiven() {
        Ctl.Run r = Ctl.run(Map.of("PATROL_URL", second.url), "status");
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().contains("service/fake"), "the second daemon has no service:\n" + r.out());
        assertTrue(Files.isDirectory(two));
    }
}
