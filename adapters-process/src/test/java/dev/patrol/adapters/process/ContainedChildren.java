package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tests of children launched into per-app cgroups; skipped where the host cannot contain them. */
abstract class ContainedChildren {
    static final Cgroups CGROUPS = Cgroups.forThisHost();

    @RegisterExtension
    final LaunchedChildren children = LaunchedChildren.contained(CGROUPS);
    @TempDir
    Path dir;

    @BeforeAll
    static void needsCgroups() {
        assumeTrue(CGROUPS.enabled(), "cgroup v2 with cgroup.kill and a writable own cgroup (see the log for why not)");
    }
}
