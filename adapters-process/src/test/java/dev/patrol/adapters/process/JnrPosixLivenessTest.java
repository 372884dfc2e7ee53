package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.LivenessProbe;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link JnrPosixProcesses} against the liveness contract, with real children. */
class JnrPosixLivenessTest extends LivenessProbeContract {
    @RegisterExtension
    final LaunchedChildren children = new LaunchedChildren();
    @TempDir
    Path dir;

    @Override
    protected LivenessProbe probe() {
        return children.processes;
    }

    private Path binary;

    /** A `#!` script: its identity is known through the script path (argv[1] after the kernel). */
    @Override
    protected long livePid() throws Exception {
        binary = Children.install("waits.sh", dir);
        return children.launch(Spec.of(binary, dir)).pid();
    }

    @Override
    protected String liveBinary() {
        return binary.toString();
    }

    /** A child that has exited and been reaped by the JDK. */
    @Override
    protected long deadPid() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/true", dir));
        p.exit().get(10, TimeUnit.SECONDS);
        return p.pid();
    }
}
