package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.LivenessProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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

    /** The launcher's children are the test JVM's own. */
    @Override
    protected long parentOfLive() {
        return ProcessHandle.current().pid();
    }

    @Override
    protected long daemonPid() {
        return ProcessHandle.current().pid();
    }

    @Test
    void givenKthreadd_lineage_isAKernelThread() {
        assumeTrue(Files.isReadable(Path.of("/proc/2/stat")), "no PID 2 in this PID namespace");
        assumeTrue(ProcStat.parse(read("/proc/2/stat")).length > 6 && read("/proc/2/comm").strip().equals("kthreadd"),
                "PID 2 is not kthreadd here");

        assertTrue(probe().lineage(2, "web").kernelThread());
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** A child that has exited and been reaped by the JDK. */
    @Override
    protected long deadPid() throws Exception {
        LaunchedProcess p = children.launch(Spec.of("/bin/true", dir));
        p.exit().get(10, TimeUnit.SECONDS);
        return p.pid();
    }
}
