package dev.patrol.bench;

import dev.patrol.adapters.process.Cgroups;
import dev.patrol.adapters.process.FilePidFiles;
import dev.patrol.adapters.process.PosixSpawnLauncher;
import dev.patrol.adapters.process.ProcessBuilderLauncher;
import dev.patrol.ports.process.ProcessLauncher;
import dev.patrol.ports.process.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Respawn latency of the real engine: SIGKILL the child of a PID_PATROL app and time until the
 * replacement launch() has returned, for {@link ProcessBuilderLauncher} and
 * {@link PosixSpawnLauncher}, with 1, 100 and 1000 apps; also threads and RSS at each size.
 *
 * <p>Usage: {@code RespawnLatency [pb|posix|posix-cgroups|posix-cgroups-sh|both] [apps[,apps...]] [kills] [gap-ms]}
 * (default {@code both 1,100,1000 200 0}). Run one launcher and one size per JVM for clean RSS
 * figures. A gap between kills shows an isolated crash, with nothing else still settling.
 * {@code posix-cgroups} spawns each child straight into its cgroup v2 where the host allows
 * (clone3); {@code posix-cgroups-sh} enters it the old way, through /bin/sh (issue #17's "before").
 */
public final class RespawnLatency {
    private static final int WARMUP_KILLS = 50;
    private static final Path APP = realPath("/bin/sleep");
    private static long gapMillis;

    private RespawnLatency() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        String sizes = args.length > 1 ? args[1] : "1,100,1000";
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        gapMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
        System.out.printf("jvm %s %s, nproc %d, maxHeap %d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (String kind : which.equals("both") ? List.of("pb", "posix") : List.of(which)) {
            for (String n : sizes.split(",")) {
                run(kind, Integer.parseInt(n.trim()), kills);
            }
        }
    }

    private static Path realPath(String file) {
        try {
            return Path.of(file).toRealPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ProcessLauncher launcher(String kind) {
        return switch (kind) {
            case "pb" -> new ProcessBuilderLauncher();
            case "posix" -> new PosixSpawnLauncher();
            case "posix-cgroups" -> new PosixSpawnLauncher(new FilePidFiles(), Cgroups.forThisHost());
            // launch() returns before the child's trampoline has exec'd the app (CgroupTrampoline)
            case "posix-cgroups-sh" -> {
                System.setProperty("patrol.cgroups.clone3", "off"); // read when the launcher is made
                yield new PosixSpawnLauncher(new FilePidFiles(), Cgroups.forThisHost());
            }
            default -> throw new IllegalArgumentException(
                    "launcher must be pb, posix, posix-cgroups, posix-cgroups-sh or both, was " + kind);
        };
    }

    private static void run(String kind, int apps, int kills) throws Exception {
        System.out.printf("%nloadavg before: %s", Files.readString(Path.of("/proc/loadavg")));
        Footprint before = Footprint.now();
        TimedLauncher timed = new TimedLauncher(launcher(kind));
        Thread guard = new Thread(() -> Fleet.killAll(timed), "bench-cleanup"); // on Ctrl-C too
        Runtime.getRuntime().addShutdownHook(guard);
        try (Fleet fleet = new Fleet(apps, timed)) {
            long t = System.nanoTime();
            fleet.start(Duration.ofMinutes(5));
            long startup = System.nanoTime() - t;
            Random random = new Random(42);
            for (int i = 0; i < WARMUP_KILLS; i++) {
                respawn(fleet, timed, fleet.ids().get(random.nextInt(apps)));
            }
            List<long[]> samples = new ArrayList<>();
            for (int i = 0; i < kills; i++) {
                Thread.sleep(gapMillis);
                samples.add(respawn(fleet, timed, fleet.ids().get(random.nextInt(apps))));
            }
            Footprint steady = Footprint.now();
            report(kind, apps, kills, startup, samples, before, steady);
        } finally {
            Runtime.getRuntime().removeShutdownHook(guard);
        }
    }

    /**
     * {total, kill→exit seen, exit seen→launch entered, launch() itself, kill→app exec'd,
     * launch returned→app exec'd}, in ns. Through the cgroup trampoline the PID runs the app only
     * after launch() has returned; waiting for that also makes the next kill hit the app itself.
     */
    private static long[] respawn(Fleet fleet, TimedLauncher timed, String id) throws Exception {
        long pid = fleet.pidOf(id);
        if (pid <= 0) {
            throw new IllegalStateException("app " + id + " has no PID");
        }
        var next = timed.nextLaunchOf(id);
        long t0 = System.nanoTime();
        if (!Fleet.PROCESSES.signal(pid, Signal.KILL)) {
            throw new IllegalStateException("could not SIGKILL app " + id + " PID " + pid);
        }
        TimedLauncher.Respawn r = next.get(10, TimeUnit.SECONDS);
        long running = runsApp(r.pid());
        return new long[] {r.launchEnd() - t0, r.exitSeen() - t0, r.launchStart() - r.exitSeen(),
                r.launchEnd() - r.launchStart(), running - t0, running - r.launchEnd()};
    }

    /** Spins until /proc/PID/exe is the app's binary; returns that moment. */
    private static long runsApp(long pid) throws Exception {
        Path exe = Path.of("/proc/" + pid + "/exe");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                if (Files.readSymbolicLink(exe).equals(APP)) {
                    return System.nanoTime();
                }
            } catch (java.io.IOException e) {
                // between execs, or gone: look again
            }
        }
        throw new IllegalStateException("PID " + pid + " never ran " + APP);
    }

    private static void report(String kind, int apps, int kills, long startup, List<long[]> samples,
            Footprint before, Footprint steady) {
        String[] parts = {"kill -> launch() returned", "  kill -> exit seen", "  exit seen -> launch() entered",
                "  launch() itself", "kill -> app exec'd", "  launch() returned -> app exec'd"};
        System.out.printf("== launcher %s, %d apps, %d kills (+%d warm-up), startup of all apps %.0f ms%n",
                kind, apps, kills, WARMUP_KILLS, startup / 1e6);
        for (int c = 0; c < parts.length; c++) {
            final int col = c;
            System.out.printf("%-32s %s%n", parts[c], new Stats(samples.stream().mapToLong(s -> s[col]).toArray()).summary());
        }
        System.out.printf("before engine: %s%n", before);
        System.out.printf("with %d apps:  %s%n", apps, steady);
        System.out.printf("exit-waiter threads per child: %.2f; all threads added per app: %.2f%n",
                steady.waiters() / (double) apps, (steady.liveThreads() - before.liveThreads()) / (double) apps);
    }
}
