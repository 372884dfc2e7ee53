package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tests of children launched into per-app cgroups; skipped where the host cannot contain them. */
abstract class ContainedChildren {
    /** This host's containment: cgroup v2 where it works, else v1 pids. */
    static final Cgroups CGROUPS = Cgroups.forThisHost();

    @RegisterExtension
    final LaunchedChildren children = LaunchedChildren.contained(cgroups(), mayClone());
    @TempDir
    Path dir;

    /** The containment under test, one instance per class: a subclass may force another hierarchy. */
    Cgroups cgroups() {
        return CGROUPS;
    }

    @BeforeEach
    void needsCgroups() {
        assumeTrue(cgroups().enabled(), "a writable cgroup v2 with cgroup.kill or v1 pids hierarchy"
                + " (see the log for why not)");
    }

    /** False: children enter their cgroups the old way ({@link CgroupTrampoline}), not by clone3. */
    boolean mayClone() {
        return true;
    }

    /** The child's cgroup, once the child has entered it (it does so itself, before the app runs). */
    Path placed(LaunchedProcess p) {
        Path want = cgroups().of(p.pid()).dir();
        return Await.equal(want, () -> cgroupOf(p.pid()));
    }

    /** The argv of `pid` from /proc; empty while the kernel has yet to record it, or once it is gone. */
    static List<String> cmdline(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The cgroup of `pid` in the hierarchy under test, read from /proc/PID/cgroup; null once it is gone. */
    Path cgroupOf(long pid) {
        return cgroups().version().find(Path.of("/proc/self/mounts"), Path.of("/proc/" + pid + "/cgroup")).dir();
    }
}
