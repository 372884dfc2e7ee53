package dev.patrol.cli;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `enable|disable|restart|run-once ID`: sends the toggle (spec §2.3), then polls `/api/` until
 * the change shows, and says what happened in one line; exit 1 if it did not within `--wait`.
 */
abstract class ToggleCommand extends Sub {
    private static final long POLL_MS = 100;

    @Parameters(index = "0", paramLabel = "ID", description = "ID or app/ID for an app, service/ID for a service.")
    String target;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long to wait for the change to show (default ${DEFAULT-VALUE}; 0 = do not wait).")
    int waitSeconds;

    private final Change change;

    ToggleCommand(Change change) {
        this.change = change;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (waitSeconds < 0) {
            throw Failure.usage("--wait must be 0 or more seconds");
        }
        Target t = Target.parse(this.target);
        Api api = new Api(daemons().one(change.command()), t);
        Snapshot before = api.toggle(change.toggle());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        Snapshot now = before;
        while (waitSeconds > 0) {
            now = api.read();
            String done = change.done(t, before, now);
            if (done != null) {
                terminal().out().println(done);
                return ExitCodes.OK;
            }
            if (System.nanoTime() >= deadline) {
                throw Failure.refused(change.late(t, now, Duration.ofSeconds(waitSeconds)));
            }
            Thread.sleep(POLL_MS); // the poll interval of a remote daemon; nothing to wake us sooner
        }
        terminal().out().println(t + ": " + change.command() + " sent (not waited for)");
        return ExitCodes.OK;
    }

    @Command(name = "enable", description = "Enable an app or service (toggle 1) and wait until it runs.")
    static final class Enable extends ToggleCommand {
        Enable() {
            super(Change.ENABLE);
        }
    }

    @Command(name = "disable", description = "Disable an app or service (toggle 2) and wait until it stopped.")
    static final class Disable extends ToggleCommand {
        Disable() {
            super(Change.DISABLE);
        }
    }

    @Command(name = "restart", description = "Restart an app or service (toggle 3) and wait for the new instance.")
    static final class Restart extends ToggleCommand {
        Restart() {
            super(Change.RESTART);
        }
    }

    @Command(name = "run-once", description = "Run once more, then stay disabled (toggle 6: enable + run-once).")
    static final class RunOnce extends ToggleCommand {
        RunOnce() {
            super(Change.RUN_ONCE);
        }
    }
}
