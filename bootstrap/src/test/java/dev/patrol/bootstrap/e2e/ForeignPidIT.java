package dev.patrol.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12 findings 1–3 through the packaged daemon with real processes (product.md A8): a PID
 * from a ping or a PID file is tracked, but only a process provably the app's is signalled.
 */
class ForeignPidIT {
    @TempDir
    Path dir;
    private final List<Process> strangers = new ArrayList<>();

    @AfterEach
    void killStrangers() {
        strangers.forEach(Process::destroyForcibly);
    }

    /** A process nobody would want Patrol to touch: SIGUSR1 or SIGTERM would end it. */
    private long stranger(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd.length == 0 ? new String[] {"/usr/bin/tail", "-f", "/dev/null"} : cmd)
                .redirectErrorStream(true).redirectOutput(dir.resolve("stranger.out").toFile()).start();
        strangers.add(p);
        return p.pid();
    }

    private Path config(int http, int udp, String apps) throws IOException {
        Path c = dir.resolve("config.json");
        Files.writeString(c, """
                {"http": {"listen": "127.0.0.1:%d"}, "udp": {"listen": "127.0.0.1:%d"}, "ping-timeout": 30,
                 "apps": {%s}}
                """.formatted(http, udp, apps));
        return c;
    }

    private String app(String id, int keepAlive, boolean disabled, String binary) {
        return """
                "%s": {"name": "%s", "keepalive": %d, "disabled": %b, "stop-timeout": 1,
                       "working-directory": "%s", "binary": "%s", "log-directory": "logs", "pid-path": "%s.pid"}
                """.formatted(id, id, keepAlive, disabled, dir, binary, id);
    }

    /** Sends one datagram and waits for the reply, so the daemon has handled it. */
    private static String udp(int port, String json) throws IOException {
        try (DatagramSocket s = new DatagramSocket()) {
            s.setSoTimeout(5000);
            byte[] out = json.getBytes(StandardCharsets.UTF_8);
            s.send(new DatagramPacket(out, out.length, InetAddress.getLoopbackAddress(), port));
            byte[] in = new byte[4096];
            DatagramPacket reply = new DatagramPacket(in, in.length);
            try {
                s.receive(reply);
            } catch (SocketTimeoutException e) {
                return "";
            }
            return new String(in, 0, reply.getLength(), StandardCharsets.UTF_8);
        }
    }

    private static String ping(String id, long pid) {
        return "{\"id\":\"" + id + "\",\"group\":\"app\",\"ping\":true,\"pid\":" + pid + "}";
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void issue12_aPingNamingAnUnrelatedProcess_neverGetsItSignalled() throws Exception {
        long victim = stranger();
        int http = Daemon.freePort();
        int udp = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http, udp, app("k4v", 4, true, "run.sh")), http)) {
            d.waitUntil("the daemon to answer", Duration.ofSeconds(20), () -> d.get("/status/") != null);
            udp(udp, ping("k4v", victim));
            d.waitUntil("the refusal in the log", Duration.ofSeconds(10),
                    () -> d.logText().contains("will not signal pid=" + victim));
            d.waitUntil("the instance closed with reason pid-unproven", Duration.ofSeconds(10),
                    () -> d.get("/status/").body().contains("\"reason\": \"pid-unproven\""));
            assertTrue(alive(victim), "never signalled; log:\n" + d.logText());
            assertFalse(d.logText().contains("sent SIGUSR1"), d.logText());
            udp(udp, ping("k4v", victim));
            udp(udp, ping("k4v", 4294967295L));
            assertTrue(alive(victim));
            assertEquals(1, d.logText().lines().filter(l -> l.contains("will not signal")).count(), d.logText());
        }
    }

    @Test
    void issue12_aPidFileNamingTheDaemonItself_neverMakesItKillItself() throws Exception {
        int http = Daemon.freePort();
        try (Daemon d = Daemon.start(dir, config(http, Daemon.freePort(), app("k2", 2, true, "run.sh")), http)) {
            d.waitUntil("the daemon to answer", Duration.ofSeconds(20), () -> d.get("/status/") != null);
            Files.writeString(dir.resolve("k2.pid"), Long.toString(d.process.pid()));
            d.waitUntil("the refusal in the log", Duration.ofSeconds(20),
                    () -> d.logText().contains("will not signal pid=" + d.process.pid()));
            assertTrue(d.process.isAlive(), d.logText());
            assertEquals(200, d.get("/status/").statusCode());
        }
    }

    /** Spoofed pings naming other live PIDs leave the app's proven instance and history alone. */
    @Test
    void issue12_spoofedPings_neitherReplaceTheInstanceNorAddHistory() throws Exception {
        long app = stranger("/usr/bin/sleep", "1000"); // runs the app's binary: provably the app's
        int http = Daemon.freePort();
        int udp = Daemon.freePort();
        String entry = """
                "k4": {"name": "k4", "keepalive": 4, "working-directory": "/usr/bin", "binary": "sleep",
                       "log-directory": "%s", "stop-timeout": 1}
                """.formatted(dir.resolve("logs"));
        try (Daemon d = Daemon.start(dir, config(http, udp, entry), http)) {
            d.waitUntil("the daemon to answer", Duration.ofSeconds(20), () -> d.get("/status/") != null);
            udp(udp, ping("k4", app));
            String before = d.get("/api/?group=app&id=k4").body();
            assertTrue(before.contains("\"pid\": " + app), before);
            for (int i = 0; i < 10; i++) {
                udp(udp, ping("k4", stranger()));
            }
            String after = d.get("/api/?group=app&id=k4&history=true").body();
            assertTrue(after.contains("\"pid\": " + app), after);
            assertEquals(instanceId(before), instanceId(after));
            assertFalse(after.contains("\"history\""), "no record added: " + after);
            strangers.forEach(p -> assertTrue(p.isAlive()));
        }
    }

    /** PID 1 of a private PID namespace, as a shell that notes every signal it gets. */
    @Test
    void issue12_aPingNamingPid1_inAPrivatePidNamespace_neverSignalsIt() throws Exception {
        assumeTrue(unshareWorks(), "unshare --pid is not allowed here");
        Path noted = dir.resolve("init.signals");
        String init = "trap 'echo USR1 >> " + noted + "' USR1; trap 'echo TERM >> " + noted + "' TERM; "
                + "\"$@\" & child=$!; while kill -0 $child 2>/dev/null; do wait $child; done";
        int http = Daemon.freePort();
        int udp = Daemon.freePort();
        List<String> wrapper = List.of("unshare", "--fork", "--pid", "--mount-proc", "sh", "-c", init, "init");
        try (Daemon d = Daemon.startWrapped(wrapper, dir, config(http, udp, app("k4v", 4, true, "run.sh")), http)) {
            d.waitUntil("the daemon to answer", Duration.ofSeconds(20), () -> d.get("/status/") != null);
            udp(udp, ping("k4v", 1));
            d.waitUntil("the refusal in the log", Duration.ofSeconds(10),
                    () -> d.logText().contains("will not signal pid=1"));
            assertFalse(Files.exists(noted), () -> "PID 1 was signalled: " + read(noted) + "\n" + d.logText());
        }
    }

    private static boolean unshareWorks() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("unshare", "--fork", "--pid", "--mount-proc", "true").start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String instanceId(String body) {
        int at = body.indexOf("\"instance-id\": \"");
        return at < 0 ? "" : body.substring(at + 16, body.indexOf('"', at + 16));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
