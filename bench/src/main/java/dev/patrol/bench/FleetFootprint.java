package dev.patrol.bench;

import dev.patrol.adapters.process.Cgroups;
import dev.patrol.adapters.process.FilePidFiles;
import dev.patrol.adapters.process.PosixSpawnLauncher;
import dev.patrol.adapters.process.ProcessBuilderLauncher;
import dev.patrol.ports.process.ProcessLauncher;
import java.time.Duration;

/**
 * Threads and RSS of a real engine running N apps, with no kills and no timings (safe on a
 * busy machine). Usage: {@code FleetFootprint [pb|posix|posix-cgroups] apps}; run one size per JVM.
 * `posix-cgroups` gives every app its own cgroup where the host allows it (F5).
 */
public final class FleetFootprint {
    private FleetFootprint() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "posix";
        int apps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ProcessLauncher launcher = switch (kind) {
            case "pb" -> new ProcessBuilderLauncher();
            case "posix" -> new PosixSpawnLauncher();
            case "posix-cgroups" -> new PosixSpawnLauncher(new FilePidFiles(), Cgroups.forThisHost());
            default -> throw new IllegalArgumentException("launcher must be pb, posix or posix-cgroups, was " + kind);
        };
        Footprint before = Footprint.now();
        TimedLauncher timed = new TimedLauncher(launcher);
        Thread guard = new Thread(() -> Fleet.killAll(timed), "bench-cleanup"); // on Ctrl-C too
        Runtime.getRuntime().addShutdownHook(guard);
        try (Fleet fleet = new Fleet(apps, timed)) {
            fleet.start(Duration.ofMinutes(5));
            Footprint steady = Footprint.now();
            System.out.printf("== launcher %s, %d apps%n", kind, apps);
            System.out.printf("before engine: %s%n", before);
            System.out.printf("with %d apps:  %s%n", apps, steady);
            System.out.printf("threads added per app: %.3f%n", (steady.liveThreads() - before.liveThreads()) / (double) apps);
        } finally {
            Runtime.getRuntime().removeShutdownHook(guard);
        }
    }
}
