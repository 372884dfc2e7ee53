package dev.patrol.adapters.process;

import dev.patrol.ports.process.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import jnr.posix.POSIX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cgroup v1 `pids` hierarchy, used where cgroup v2 is unusable. It has neither cgroup.events
 * nor cgroup.kill: a cgroup is populated while its cgroup.procs lists a process (zombies are not
 * listed), and a kill first sets pids.max to 0, so that nothing new is born in it (fork fails with
 * EAGAIN), then SIGKILLs what cgroup.procs lists until it is empty, and sets pids.max back.
 * A kill so takes as long as its processes need to exit (microseconds; at most 1 s, then it warns).
 */
final class CgroupV1Pids implements CgroupVersion {
    private static final Logger LOG = LoggerFactory.getLogger(CgroupV1Pids.class);
    private static final POSIX POSIX = LazyPosix.get();
    private static final long SELF = ProcessHandle.current().pid();
    // A SIGKILLed process leaves cgroup.procs as it exits: microseconds, unless it sleeps uninterruptibly.
    private static final long KILL_DEADLINE = TimeUnit.SECONDS.toNanos(1);
    private static final long MAX_PAUSE = TimeUnit.MILLISECONDS.toNanos(10);

    @Override
    public String label() {
        return "v1 pids";
    }

    @Override
    public CgroupProbe.Found find(Path mounts, Path procCgroup) {
        Optional<Path> mount = pidsMount(CgroupProbe.read(mounts));
        if (mount.isEmpty()) {
            return new CgroupProbe.Found(null, "no cgroup v1 pids hierarchy in " + mounts);
        }
        Optional<String> own = CgroupProbe.read(procCgroup).stream().map(l -> l.split(":", 3))
                .filter(f -> f.length == 3 && List.of(f[1].split(",")).contains("pids")).map(f -> f[2]).findFirst();
        if (own.isEmpty()) {
            return new CgroupProbe.Found(null, "no pids entry (N:pids:) in " + procCgroup);
        }
        return CgroupProbe.inMount(mount.get(), own.get(), procCgroup);
    }

    /** The mount point of the first v1 hierarchy with the pids controller (alone or with others). */
    static Optional<Path> pidsMount(List<String> mountLines) {
        return mountLines.stream().filter(CgroupV1Pids::isPidsMount).map(l -> CgroupProbe.mountPoint(l)).findFirst();
    }

    static boolean isPidsMount(String mountLine) {
        String[] f = mountLine.split(" ");
        return f.length > 3 && f[2].equals("cgroup") && List.of(f[3].split(",")).contains("pids");
    }

    @Override
    public String whyUnusable(Path root) {
        return Files.exists(root.resolve("pids.max")) ? null : "no pids.max in " + root + " (not a pids cgroup)";
    }

    @Override
    public boolean populated(AppCgroup cg) {
        return !cg.pids().isEmpty();
    }

    /** Called one at a time per cgroup ({@link AppCgroup#kill()}): pids.max goes back to max after each. */
    @Override
    public boolean kill(AppCgroup cg) {
        List<Long> pids = cg.pids();
        if (pids.isEmpty()) {
            return false;
        }
        Path max = cg.dir().resolve("pids.max");
        boolean capped = write(max, "0", "processes it forks meanwhile may escape the kill");
        try {
            killUntilEmpty(cg, pids);
        } finally {
            if (capped) {
                write(max, "max", "the app's next instance cannot fork");
            }
        }
        return true;
    }

    private static void killUntilEmpty(AppCgroup cg, List<Long> pids) {
        long deadline = System.nanoTime() + KILL_DEADLINE;
        long pause = TimeUnit.MICROSECONDS.toNanos(100);
        while (!pids.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                LOG.warn("processes {} of cgroup {} still run 1 s after SIGKILL (uninterruptible sleep?);"
                        + " its pids.max is set back to max", pids, cg.dir());
                return;
            }
            for (long pid : pids) {
                if (pid > 1 && pid != SELF) { // init or Patrol in an app's cgroup is a bug elsewhere: spare them
                    POSIX.kill(pid, Signal.KILL.number());
                }
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, MAX_PAUSE);
            pids = cg.pids();
        }
    }

    private static boolean write(Path file, String value, String otherwise) {
        try {
            Files.writeString(file, value, StandardOpenOption.WRITE);
            return true;
        } catch (IOException e) {
            LOG.warn("unable to write {} to {}: {} ({})", value, file, e.toString(), otherwise);
            return false;
        }
    }
}
