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
 * One app's cgroup directory, shared by all its instances: the processes in it (sub-cgroups
 * included), and the PID of the instance that leads it now. How to tell whether it is empty and
 * how to empty it depend on the hierarchy ({@link CgroupVersion}).
 */
final class AppCgroup {
    private static final Logger LOG = LoggerFactory.getLogger(AppCgroup.class);

    private final Path dir;
    private final CgroupVersion version;
    private final Object killing = new Object();
    private long leader;
    private boolean leaderRunning;

    AppCgroup(Path dir, CgroupVersion version) {
        this.dir = dir;
        this.version = version;
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
        leaderRunning = true;
        return before;
    }

    /** The leader `pid` has been reaped (an older leader's end changes nothing). */
    synchronized void leaderExited(long pid) {
        if (leader == pid) {
            leaderRunning = false;
        }
    }

    private synchronized boolean leaderRunning() {
        return leaderRunning;
    }

    /** True while a process runs in it or a sub-cgroup. */
    boolean populated() {
        return version.populated(this);
    }

    /** Kills what an earlier instance of app `appId` left running in it, before the next launch. */
    void killLeftovers(String appId) {
        if (leaderRunning()) { // two instances at once (an embedding may ask for that): both stay
            LOG.debug("app {} launched again while PID {} still leads cgroup {}", appId, leader, dir);
            return;
        }
        if (!populated()) {
            return;
        }
        List<Long> left = pids();
        if (!left.isEmpty()) {
            LOG.warn("app {}: an earlier instance left PIDs {} in cgroup {}; killing them before the launch",
                    appId, left, dir);
            kill();
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

    /** SIGKILLs every process in it; false when it held none. One at a time: a v1 kill takes a while. */
    boolean kill() {
        synchronized (killing) {
            return version.kill(this);
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
