package dev.patrol.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** Base of every subcommand: the global options given after the command, and the terminal. */
abstract class Sub implements Callable<Integer> {
    @Mixin
    GlobalOptions local;

    @ParentCommand
    PatrolCtl top;

    Terminal terminal() {
        return top.terminal();
    }

    /** Options after the command add to (URLs) or override (secret file) those before it. */
    Daemons daemons() {
        List<String> urls = new ArrayList<>(top.global.urls);
        urls.addAll(local.urls);
        return Daemons.resolve(urls, local.secretFile != null ? local.secretFile : top.global.secretFile, terminal());
    }
}
