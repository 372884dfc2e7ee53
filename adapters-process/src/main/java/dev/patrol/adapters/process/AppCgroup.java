package dev.patrol.adapters.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app's cgroup v2 directory, shared by all its instances: the processes in it (sub-cgroups
 * included), cgroup.kill, and the PID of the instance that leads it now.
 */
final class AppCgroup {
    private static final Logger LOG = LoggerFactory.getLogger(AppCgroup.class);

    private final Path dir;
    private long leader;

    AppCgroup(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Its cgroup.procs: writing a PID there moves that process in. */
    Path procs() {
        return dir.resolve("cgroup.procs");
    }

    /** Moves `pid` in; an IOException says why not (ESRCH, EACCES, EBUSY...). */
    void add(int pid) throws IOException {
        Files.writeString(procs(), Integer.toString(pid), StandardOpenOption.WRITE);
    }

    /** Records `pid` as the leader now; returns the one before (0 if none). */
    synchronized long lead(long pid) {
        long before = leader;
        leader = pid;
        return before;
    }

    /** True while a process runs in it or a sub-cgroup; one small read, unlike {@link #pids()}. */
    boolean populated() {
        try {
            return Files.readString(dir.resolve("cgroup.events")).contains("populated 1");
        } catch (IOException | RuntimeException e) { // removed meanwhile: nothing in it
            return false;
        }
    }

    /** Every PID in this cgroup and its sub-cgroups; empty once it is gone. */
    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.walk(dir).filter(p -> p.getFileName().toString().equals("cgroup.procs"))) {
            for (Path p : procs.toList()) {
                for (String line : Files.readAllLines(p)) {
                    pids.add(Long.parseLong(line.trim()));
                }
            }
        } catch (IOException | RuntimeException e) { // removed meanwhile: nothing left to signal
            LOG.debug("unable to list the processes of cgroup {}: {}", dir, e.toString());
        }
        return pids;
    }

    /** SIGKILLs every process in it through cgroup.kill; false when it held none. */
    boolean kill() {
        if (pids().isEmpty()) {
            return false;
        }
        try {
            Files.writeString(dir.resolve("cgroup.kill"), "1", StandardOpenOption.WRITE);
            return true;
        } catch (IOException e) {
            LOG.warn("unable to write cgroup.kill of {}: {} (its processes outside the group live on)", dir, e.toString());
            return false;
        }
    }

    /** True when `dir` is gone afterwards; directories still in use are skipped. */
    static boolean removeTree(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path d : all.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(d);
                } catch (IOException e) {
                    LOG.debug("unable to remove cgroup {}: {}", d, e.toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("unable to walk cgroup {}: {}", dir, e.toString());
        }
        return !Files.exists(dir);
    }
}
