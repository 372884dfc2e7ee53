package dev.patrol.adapters.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@link Cgroups#detect} on /proc files made up for a test; the files are gone afterwards. */
final class DetectedCgroups {
    private DetectedCgroups() {
    }

    static Cgroups detect(List<String> mounts, List<String> selfCgroup) {
        try {
            Path tmp = Files.createTempDirectory("fake-proc");
            Path mountsFile = Files.write(tmp.resolve("mounts"), mounts);
            Path cgroupFile = Files.write(tmp.resolve("cgroup"), selfCgroup);
            Cgroups cgroups = Cgroups.detect(mountsFile, cgroupFile);
            Files.delete(mountsFile);
            Files.delete(cgroupFile);
            Files.delete(tmp);
            return cgroups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * This host's v1 pids hierarchy as a host without cgroup2 would offer it: the mounts list only
     * the real pids mount, /proc/self/cgroup is the real one. Off where the host has none.
     */
    static Cgroups v1PidsOfThisHost() {
        return detect(pidsMountOfThisHost(), real("/proc/self/cgroup"));
    }

    /** The line of /proc/self/mounts that mounts a v1 hierarchy with pids; empty where there is none. */
    static List<String> pidsMountOfThisHost() {
        return real("/proc/self/mounts").stream().filter(CgroupV1Pids::isPidsMount).limit(1).toList();
    }

    private static List<String> real(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
