package dev.patrol.cli;

import picocli.CommandLine.Command;

/** `version`: this client's version (the jar manifest's, `dev` from classes). */
@Command(name = "version", description = "Print patrolctl's version.")
final class VersionCommand extends Sub {
    @Override
    public Integer call() {
        String v = PatrolCtl.class.getPackage().getImplementationVersion();
        terminal().out().println("patrolctl " + (v == null ? "dev" : v));
        return ExitCodes.OK;
    }
}
