package dev.patrol.adapters.service;

import dev.patrol.ports.service.ServiceCommand;
import dev.patrol.ports.service.ServiceOutcome;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one service command to its outcome, blocking the (pool) thread that calls it. */
final class CommandExecution {
    private static final Logger log = LoggerFactory.getLogger(CommandExecution.class);
    private static final File DEV_NULL = new File("/dev/null");
    private static final long REAP_WAIT_SECONDS = 5;

    private final CommandLines commandLines;

    CommandExecution(CommandLines commandLines) {
        this.commandLines = commandLines;
    }

    /** Never throws: anything unexpected becomes NOT_RUN. */
    ServiceOutcome execute(ServiceCommand c) {
        String label = "service " + c.serviceId() + " " + c.operation();
        try {
            return executeOrThrow(c, label);
        } catch (RuntimeException e) {
            log.warn("{} failed unexpectedly: {}; reporting it as not run", label, e.toString());
            return ServiceOutcome.notRun("unexpected error: " + e);
        }
    }

    private ServiceOutcome executeOrThrow(ServiceCommand c, String label) {
        CommandLines.Resolution resolution = commandLines.resolve(c);
        if (resolution.isRefused()) {
            log.debug("{} not run: {}", label, resolution.refusal());
            return ServiceOutcome.notRun(resolution.refusal());
        }
        List<String> argv = new ArrayList<>();
        argv.add("setsid"); // its own process group, so a timeout can kill everything it started
        argv.addAll(resolution.argv());
        Process process;
        try {
            process = new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                    .start();
        } catch (IOException e) {
            String why = "unable to run " + resolution.argv().get(0) + ": " + e.getMessage();
            log.debug("{} not run: {}", label, why);
            return ServiceOutcome.notRun(why);
        }
        OutputCapture output = OutputCapture.start(process.getInputStream(),
                "patrol-service-output-" + process.pid());
        ServiceOutcome outcome = await(process, c.timeout(), label);
        // Logged when the pipe closes, which a daemon the command left behind may delay.
        output.finished().thenAccept(o -> log.debug("{} {}, pid {}, output {} bytes: {}",
                label, describe(outcome), process.pid(), o.totalBytes(), o.keptText()));
        return outcome;
    }

    private static ServiceOutcome await(Process process, Duration timeout, String label) {
        try {
            if (process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return ServiceOutcome.exited(process.exitValue());
            }
            ProcessGroupKiller.killAll(process, label);
            reap(process);
            String detail = "timed out after " + timeout.toMillis() + " ms; killed process group "
                    + process.pid();
            log.warn("{} {} (reported as a timeout, not an exit code)", label, detail);
            return ServiceOutcome.timedOut(detail);
        } catch (InterruptedException e) {
            ProcessGroupKiller.killAll(process, label);
            Thread.currentThread().interrupt();
            log.warn("{} interrupted while waiting; killed process group {}", label, process.pid());
            return ServiceOutcome.notRun("interrupted while waiting; killed process group "
                    + process.pid());
        }
    }

    private static void reap(Process process) throws InterruptedException {
        if (!process.waitFor(REAP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            log.warn("process {} still alive {}s after SIGKILL; not waiting for it any longer",
                    process.pid(), REAP_WAIT_SECONDS);
        }
    }

    private static String describe(ServiceOutcome o) {
        return switch (o.kind()) {
            case EXITED -> "exited " + o.exitCode();
            case TIMED_OUT, NOT_RUN -> o.kind().name().toLowerCase() + " (" + o.detail() + ")";
        };
    }
}
