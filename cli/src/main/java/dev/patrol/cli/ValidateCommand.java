package dev.patrol.cli;

import dev.patrol.bootstrap.config.ConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `validate CONFIG`, offline: the daemon's own loader (codec-json's decoder, the listener
 * fill-in, the domain's validator), so the verdict, the original's error text and the exit
 * codes (254 unreadable or undecodable, 255 invalid) are exactly the daemon's.
 */
@Command(name = "validate", description = "Check a config file as the daemon would, without a daemon.")
final class ValidateCommand extends Sub {
    @Parameters(index = "0", paramLabel = "CONFIG", description = "The config file.")
    Path config;

    @Override
    public Integer call() {
        ConfigLoader.Result r = ConfigLoader.load(config);
        if (!r.ok()) {
            terminal().err().println("patrolctl: " + r.error());
            return r.exitCode();
        }
        terminal().out().println("config OK: " + r.config().apps().size() + " apps, "
                + r.config().services().size() + " services");
        return ExitCodes.OK;
    }
}
