package dev.patrol.adapters.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the daemon's own cgroup directory (for v2: the cgroup2 mount from /proc/self/mounts plus
 * the `0::` path of /proc/self/cgroup; for v1 see {@link CgroupV1Pids}) and makes Patrol's
 * directory in it. Says why when there is none that Patrol can use.
 */
final class CgroupProbe {
    private static final Logger LOG = LoggerFactory.getLogger(CgroupProbe.class);
    private static final Pattern LEFT_BEHIND = Pattern.compile("patrol-([0-9]{1,10})(-[0-9]+)?");
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    /** Either the own cgroup's directory or the reason it cannot hold per-app cgroups. */
    record Found(Path dir, String whyNot) {
    }

    private CgroupProbe() {
    }

    /** The cgroup v2 directory `selfCgroup` (a /proc/PID/cgroup file) names, or why none. */
    static Found ownCgroup(Path mounts, Path selfCgroup) {
        Optional<Path> mount = cgroup2Mount(read(mounts));
        if (mount.isEmpty()) {
            return new Found(null, "no cgroup2 file system in " + mounts);
        }
        Optional<String> own = read(selfCgroup).stream().filter(l -> l.startsWith("0::")).map(l -> l.substring(3))
                .findFirst();
        if (own.isEmpty() || !own.get().startsWith("/") || own.get().endsWith(" (deleted)")) {
            return new Found(null, "no usable cgroup v2 entry (0::) in " + selfCgroup);
        }
        return inMount(mount.get(), own.get(), selfCgroup);
    }

    /** The directory of cgroup `path` (as /proc/PID/cgroup names it) under `mount`, if visible and writable. */
    static Found inMount(Path mount, String path, Path procCgroup) {
        if (!path.startsWith("/") || path.endsWith(" (deleted)")) {
            return new Found(null, "no usable cgroup path in " + procCgroup + ": " + path);
        }
        Path dir = mount.resolve(path.substring(1)).normalize();
        if (!dir.startsWith(mount) || !Files.isDirectory(dir)) {
            return new Found(null, "the daemon's cgroup " + dir + " is not visible (another cgroup namespace?)");
        }
        if (!Files.isWritable(dir)) {
            return new Found(null, "the daemon's cgroup " + dir + " is not writable");
        }
        return new Found(dir, null);
    }

    /**
     * Patrol's directory in the own cgroup of `version`, `patrol-<daemon PID>`, created after the
     * leftovers of dead daemons are swept; or why there is none.
     */
    static Found root(CgroupVersion version, Path mounts, Path selfCgroup) {
        Found own = version.find(mounts, selfCgroup);
        if (own.whyNot() != null) {
            return own;
        }
        sweep(own.dir());
        int n = INSTANCES.getAndIncrement(); // tests build several in one JVM; each owns its directory
        Path root = own.dir().resolve("patrol-" + ProcessHandle.current().pid() + (n == 0 ? "" : "-" + n));
        String whyNot;
        try {
            Files.createDirectories(root);
            whyNot = version.whyUnusable(root);
        } catch (IOException | SecurityException e) {
            whyNot = "unable to create " + root + ": " + e;
        }
        if (whyNot != null) {
            AppCgroup.removeTree(root);
            return new Found(null, whyNot);
        }
        return new Found(root, null);
    }

    /**
     * Removes what daemons that died without their shutdown hook (SIGKILL) left: the empty cgroups
     * under `patrol-<PID>` directories whose PID is not running. Apps still running keep theirs.
     */
    static void sweep(Path own) {
        try (Stream<Path> dirs = Files.list(own)) {
            for (Path d : dirs.toList()) {
                Matcher m = LEFT_BEHIND.matcher(d.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty() && AppCgroup.removeTree(d)) {
                    LOG.info("removed {}, left by a daemon that is gone", d);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("unable to look for cgroups left in {}: {}", own, e.toString());
        }
    }

    /** The mount point of the first cgroup2 file system; octal escapes (\040 for space) decoded. */
    static Optional<Path> cgroup2Mount(List<String> mountLines) {
        for (String line : mountLines) {
            String[] f = line.split(" ");
            if (f.length > 2 && f[2].equals("cgroup2")) {
                return Optional.of(mountPoint(line));
            }
        }
        return Optional.empty();
    }

    /** The mount point of a /proc/self/mounts line; octal escapes (\040 for space) decoded. */
    static Path mountPoint(String mountLine) {
        return Path.of(unescape(mountLine.split(" ")[1]));
    }

    /**
     * True when the first cgroup2 mount has `favordynmods` (Linux 6.0+). Without it, every move
     * into a cgroup waits for an RCU grace period: a child entering its app's cgroup runs the
     * app about 20 ms later (measured on 6.18), unless other moves happened just before.
     */
    static boolean favorsDynamicChanges(Path mounts) {
        for (String line : read(mounts)) {
            String[] f = line.split(" ");
            if (f.length > 3 && f[2].equals("cgroup2")) {
                return List.of(f[3].split(",")).contains("favordynmods");
            }
        }
        return false;
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
