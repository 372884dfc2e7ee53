package dev.patrol.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every command takes, before or after the command name (a mixin on both the top
 * command and each subcommand; {@link Sub#daemons()} merges the two). There is deliberately no
 * secret option: a secret in argv shows in `ps` and shell history.
 */
final class GlobalOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "Daemon base URL (repeatable; default $PATROL_URL, else http://127.0.0.1:8421).")
    List<String> urls = new ArrayList<>();

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "Read the secret of protected apps from FILE (else $PATROL_SECRET).")
    Path secretFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
