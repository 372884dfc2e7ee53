package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Cgroups} prefers cgroup v2, takes the v1 pids hierarchy where v2 is unusable, and where
 * neither works is off, says why, and leaves nothing behind.
 */
class CgroupDetectionTest {
    @TempDir
    Path dir;

    @Test
    void givenMountLines_cgroup2Mount_findsTheFirstCgroup2WithEscapesDecoded() {
        List<String> mounts = List.of("proc /proc proc rw 0 0",
                "cgroup /sys/fs/cgroup/pids cgroup rw,pids 0 0",
                "cgroup2 /sys/fs/my\\040cgroups cgroup2 rw 0 0",
                "cgroup2 /other cgroup2 rw 0 0");

        assertEquals(Optional.of(Path.of("/sys/fs/my cgroups")), CgroupProbe.cgroup2Mount(mounts));
        assertEquals(Optional.empty(), CgroupProbe.cgroup2Mount(List.of("cgroup /sys/fs/cgroup/pids cgroup rw 0 0")));
    }

    @Test
    void givenMountOptions_favorsDynamicChanges_readsTheFirstCgroup2Mount() throws IOException {
        assertTrue(CgroupProbe.favorsDynamicChanges(file("a", "cgroup2 /sys/fs/cgroup cgroup2 rw,nsdelegate,favordynmods 0 0",
                "cgroup2 /other cgroup2 rw 0 0")));
        assertFalse(CgroupProbe.favorsDynamicChanges(file("b", "cgroup /sys/fs/cgroup/pids cgroup rw,favordynmods 0 0",
                "cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0")));
        assertFalse(CgroupProbe.favorsDynamicChanges(dir.resolve("missing")));
    }

    @Test
    void givenNoCgroup2Mount_detect_isOff() throws IOException {
        Cgroups cgroups = Cgroups.detect(file("mounts", "proc /proc proc rw 0 0"), file("cgroup", "0::/"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().startsWith("no cgroup2 file system"), cgroups.whyOff());
    }

    @Test
    void givenACgroup2RootThatDoesNotExist_detect_isOff() throws IOException {
        Path missing = dir.resolve("no-such-root");
        Cgroups cgroups = Cgroups.detect(file("mounts", "cgroup2 " + missing + " cgroup2 rw 0 0"), file("cgroup", "0::/"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().contains("is not visible"), cgroups.whyOff());
        assertFalse(Files.exists(missing));
    }

    @Test
    void givenNoV2LineInProcSelfCgroup_detect_isOff() throws IOException {
        Cgroups cgroups = Cgroups.detect(file("mounts", "cgroup2 " + dir + " cgroup2 rw 0 0"), file("cgroup", "4:memory:/x"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().startsWith("no usable cgroup v2 entry"), cgroups.whyOff());
    }

    @Test
    void givenADirectoryWithoutCgroupKill_detect_isOffAndRemovesWhatItMade() throws IOException {
        Path fakeRoot = Files.createDirectories(dir.resolve("fs/daemon.service"));
        Cgroups cgroups = Cgroups.detect(file("mounts", "cgroup2 " + dir.resolve("fs") + " cgroup2 rw 0 0"),
                file("cgroup", "0::/daemon.service"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().startsWith("no cgroup.kill"), cgroups.whyOff());
        assertNothingIn(fakeRoot);
    }

    @Test
    void givenDirectoriesLeftByDeadDaemons_sweep_removesOnlyTheirEmptyOnes() throws IOException {
        Path dead = Files.createDirectories(dir.resolve("patrol-9999999/app-3"));
        Path deadInUse = Files.createDirectories(dir.resolve("patrol-9999998-1/app-1"));
        Files.writeString(deadInUse.resolve("cgroup.procs"), "1234"); // a plain directory with a file stays, like a populated cgroup
        Path alive = Files.createDirectories(dir.resolve("patrol-" + ProcessHandle.current().pid() + "/app-1"));
        Path other = Files.createDirectories(dir.resolve("patrol-web"));

        CgroupProbe.sweep(dir);

        assertFalse(Files.exists(dead.getParent()));
        assertTrue(Files.exists(deadInUse));
        assertFalse(Files.exists(deadInUse.resolveSibling("app-2")));
        assertTrue(Files.exists(alive));
        assertTrue(Files.exists(other));
    }

    @Test
    void givenMountLines_pidsMount_findsTheFirstV1HierarchyWithPids() {
        assertTrue(CgroupV1Pids.isPidsMount("cgroup /sys/fs/cgroup/cpu,pids cgroup rw,nosuid,cpu,pids 0 0"));
        assertFalse(CgroupV1Pids.isPidsMount("cgroup /sys/fs/cgroup/cpu cgroup rw,cpu,pidsx 0 0"));
        assertFalse(CgroupV1Pids.isPidsMount("cgroup2 /sys/fs/cgroup/unified cgroup2 rw,pids 0 0"));

        assertEquals(Optional.of(Path.of("/sys/fs/my pids")), CgroupV1Pids.pidsMount(List.of("proc /proc proc rw 0 0",
                "cgroup /sys/fs/my\\040pids cgroup rw,pids 0 0", "cgroup /other cgroup rw,pids 0 0")));
    }

    @Test
    void givenNoCgroup2ButAWritablePidsHierarchy_detect_choosesV1AndSaysWhyNotV2() {
        List<String> pidsMount = DetectedCgroups.pidsMountOfThisHost();
        assumeFalse(pidsMount.isEmpty() || !Files.isWritable(CgroupProbe.mountPoint(pidsMount.get(0))),
                "a writable cgroup v1 pids hierarchy");

        Cgroups v1 = DetectedCgroups.v1PidsOfThisHost();

        assertTrue(v1.enabled(), v1.describe());
        assertTrue(AppCgroup.removeTree(v1.root()));
        assertTrue(v1.version() instanceof CgroupV1Pids);
        assertTrue(v1.describe().matches(
                "a cgroup per app under .*/patrol-[0-9-]+ \\(v1 pids; not v2: no cgroup2 file system in .*\\)"), v1.describe());
    }

    @Test
    void givenAPidsMountThatIsNoCgroup_detect_isOffSayingWhyForBoth() throws IOException {
        Path fakePids = Files.createDirectories(dir.resolve("pids"));
        Cgroups cgroups = Cgroups.detect(file("mounts", "cgroup " + fakePids + " cgroup rw,pids 0 0"),
                file("cgroup", "8:pids:/", "0::/"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().matches("no cgroup2 file system in .*; nor v1 pids: no pids.max in .*"), cgroups.whyOff());
        assertNothingIn(fakePids);
    }

    @Test
    void givenNoPidsLineInProcSelfCgroup_detect_isOff() throws IOException {
        Cgroups cgroups = Cgroups.detect(file("mounts", "cgroup " + dir + " cgroup rw,pids 0 0"),
                file("cgroup", "4:memory:/x", "0::/"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().contains("nor v1 pids: no pids entry"), cgroups.whyOff());
    }

    @Test
    void givenAComountedPidsPathOutsideTheMount_detect_isOff() throws IOException {
        Path mount = Files.createDirectories(dir.resolve("fs/pids"));
        Cgroups cgroups = Cgroups.detect(file("mounts", "cgroup " + mount + " cgroup rw,cpu,pids 0 0"),
                file("cgroup", "3:cpu,pids:/../escape"));

        assertFalse(cgroups.enabled());
        assertTrue(cgroups.whyOff().contains("nor v1 pids: the daemon's cgroup " + dir.resolve("fs/escape")
                + " is not visible"), cgroups.whyOff());
    }

    @Test
    void givenContainmentOff_everyCallDoesNothing() {
        Cgroups off = Cgroups.off();

        assertFalse(off.enabled());
        assertNull(off.prepare("web"));
        assertNull(off.of(1234));
    }

    /** Detection leaves nothing behind where it gave up. */
    private static void assertNothingIn(Path dir) throws IOException {
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
