package dev.patrol.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JVM's own size at one moment: live threads (ThreadMXBean, Thread.activeCount, and how
 * many are exit waiters: the JDK's "process reaper", our "patrol-wait-PID" or the one
 * "patrol-reaper") and resident memory.
 */
record Footprint(int liveThreads, int activeCount, long waiters, long rssKib, long heapUsedKib) {
    static Footprint now() {
        Runtime rt = Runtime.getRuntime();
        long waiters = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("process reaper") || t.getName().startsWith("patrol-wait-")
                        || t.getName().equals("patrol-reaper"))
                .count();
        return new Footprint(ManagementFactory.getThreadMXBean().getThreadCount(), Thread.activeCount(), waiters,
                vmRssKib(), (rt.totalMemory() - rt.freeMemory()) / 1024);
    }

    /** VmRSS from /proc/self/status, in KiB; -1 when unreadable. */
    static long vmRssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.format("threads=%d (activeCount %d, exit waiters %d) rss=%.1f MiB heapUsed=%.1f MiB",
                liveThreads, activeCount, waiters, rssKib / 1024.0, heapUsedKib / 1024.0);
    }
}
