package dev.patrol.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 12's slow-client benchmark: holds N hostile connections to a running daemon (a third
 * trickling headers, a third trickling chunked form bodies to `/`, a third `/events` readers
 * with a 4 KiB receive buffer that never read; each trickler sends a byte every 2 s and is
 * replaced when the daemon cuts it off) while a normal client times `GET /status/`, `GET
 * /api/` and a UDP ping every 50 ms. Prints p50/p99/max per probe, failures, and the
 * daemon's peak thread count and open descriptors. Loopback only; bounded in time.
 * Usage: SlowClientLoad HTTP_PORT UDP_PORT HOSTILE SECONDS DAEMON_PID
 */
public final class SlowClientLoad {
    private static final String[] REQUESTS = {
        "GET /status/ HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n\r\n",
        "GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"};
    private static final String[] TRICKLES = {"X-Slow: 1\r\n", "1\r\na\r\n", ""};

    private final int port;
    private final Socket[] sockets;
    private final int[] steps;
    private long replaced;

    private SlowClientLoad(int port, int hostile) {
        this.port = port;
        this.sockets = new Socket[hostile];
        this.steps = new int[hostile];
    }

    public static void main(String[] args) throws Exception {
        int http = Integer.parseInt(args[0]);
        int udp = Integer.parseInt(args[1]);
        int hostile = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long pid = Long.parseLong(args[4]);
        SlowClientLoad load = new SlowClientLoad(http, hostile);
        for (int i = 0; i < hostile; i++) {
            load.open(i);
        }
        Thread trickler = new Thread(() -> load.trickle(seconds + 5), "trickler");
        trickler.setDaemon(true);
        trickler.start();
        Thread.sleep(2000); // let the daemon take them all in before measuring
        load.measure(http, udp, seconds, pid);
        for (Socket s : load.sockets) {
            if (s != null) {
                s.close();
            }
        }
    }

    private void open(int i) {
        try {
            Socket s = new Socket();
            if (i % 3 == 2) {
                s.setReceiveBufferSize(4096);
            }
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.getOutputStream().write(REQUESTS[i % 3].getBytes(StandardCharsets.US_ASCII));
            sockets[i] = s;
        } catch (IOException e) {
            sockets[i] = null; // refused or timed out: tried again on the next round
        }
    }

    /** A byte every 2 s to each trickler, spread over the 2 s; replaces those cut off. */
    private void trickle(long seconds) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        int slices = 20;
        for (int round = 0; System.nanoTime() < end; round++) {
            for (int i = round % slices; i < sockets.length; i += slices) {
                String t = TRICKLES[i % 3];
                if (sockets[i] == null) {
                    open(i);
                    replaced++;
                    continue;
                }
                if (t.isEmpty()) {
                    continue;
                }
                try {
                    sockets[i].getOutputStream().write(t.charAt(steps[i]++ % t.length()));
                } catch (IOException e) {
                    closeQuietly(sockets[i]);
                    open(i);
                    replaced++;
                }
            }
            pause(100);
        }
    }

    private void measure(int http, int udp, long seconds, long pid) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> status = new ArrayList<>();
        List<Long> api = new ArrayList<>();
        List<Long> ping = new ArrayList<>();
        int[] failed = new int[3];
        int threads = 0;
        int lastThreads = 0;
        long fds = 0;
        long cpu0 = cpuTicks(pid);
        long t0 = System.nanoTime();
        try (DatagramSocket ds = new DatagramSocket()) {
            ds.setSoTimeout(5000);
            ds.connect(InetAddress.getLoopbackAddress(), udp);
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            for (int n = 0; System.nanoTime() < end; n++) {
                time(() -> get(client, http, "/status/"), status, failed, 0);
                time(() -> get(client, http, "/api/?group=app&id=web"), api, failed, 1);
                time(() -> ping(ds), ping, failed, 2);
                if (n % 20 == 0) {
                    lastThreads = threads(pid);
                    threads = Math.max(threads, lastThreads);
                    fds = Math.max(fds, fds(pid));
                }
                pause(50);
            }
        }
        double cpu = (cpuTicks(pid) - cpu0) / 100.0 / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("hostile %d (a third each: slow headers, slow bodies, stalled /events), replaced %d%n",
                sockets.length, replaced);
        System.out.println("/status/ n=" + status.size() + " " + stats(status) + ", failed " + failed[0]);
        System.out.println("/api/    n=" + api.size() + " " + stats(api) + ", failed " + failed[1]);
        System.out.println("udp ping n=" + ping.size() + " " + stats(ping) + ", failed " + failed[2]);
        System.out.println("daemon threads peak " + threads + ", at the end " + lastThreads
                + "; peak open descriptors " + fds + String.format("; daemon CPU %.0f%% of one core", cpu * 100));
    }

    private interface Probe {
        boolean run() throws Exception;
    }

    private static void time(Probe p, List<Long> samples, int[] failed, int which) {
        long t0 = System.nanoTime();
        try {
            if (p.run()) {
                samples.add(System.nanoTime() - t0);
                return;
            }
        } catch (Exception e) {
            // counted below
        }
        failed[which]++;
    }

    private static boolean get(HttpClient client, int port, String path) throws Exception {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200;
    }

    private static boolean ping(DatagramSocket ds) throws IOException {
        byte[] req = "{\"group\":\"app\",\"id\":\"udp\",\"ping\":true}".getBytes(StandardCharsets.UTF_8);
        ds.send(new DatagramPacket(req, req.length));
        DatagramPacket reply = new DatagramPacket(new byte[65536], 65536);
        ds.receive(reply);
        return reply.getLength() > 0;
    }

    private static String stats(List<Long> samples) {
        return new Stats(samples.stream().mapToLong(Long::longValue).toArray()).summary();
    }

    private static int threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        return -1;
    }

    /** utime + stime of the daemon in clock ticks (100 a second on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static long fds(long pid) throws IOException {
        try (var s = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return s.count();
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // replacing it anyway
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
