package dev.patrol.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * `patrolctl [--url URL]... [--secret-file F] COMMAND [ARGS]`: the command-line client of a
 * Patrol daemon's HTTP API (or the original Go Patrol's, where its API allows). Exit codes:
 * 0 ok, 1 refused or not done in time, 2 usage, 3 unreachable (see {@link ExitCodes}).
 */
@Command(name = "patrolctl", description = "Control a Patrol daemon over its HTTP API.",
        footer = {"", "Exit codes: 0 ok, 1 refused or not done in time, 2 usage, 3 unreachable;",
            "validate: 254 unreadable config, 255 invalid config."})
public final class PatrolCtl implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    private Terminal terminal;

    Terminal terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        throw Failure.usage("missing COMMAND (try: patrolctl --help)");
    }

    public static void main(String[] args) {
        boolean tty = "1".equals(System.getProperty("patrolctl.tty")) || System.console() != null;
        int code = run(args, new Terminal(System.out, System.err, System.getenv(), tty));
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line; every outcome is an exit code and at most one line on stderr. */
    static int run(String[] args, Terminal t) {
        PatrolCtl top = new PatrolCtl();
        top.terminal = t;
        CommandLine cli = new CommandLine(top);
        String chosen = Commands.chosen(args);
        Commands.ALL.forEach((name, make) -> {
            if (chosen == null || chosen.equals(name)) {
                cli.addSubcommand(name, make.get());
            }
        });
        cli.setOut(new PrintWriter(t.out(), true));
        cli.setErr(new PrintWriter(t.err(), true));
        cli.setParameterExceptionHandler((e, a) -> {
            t.err().println("patrolctl: " + e.getMessage() + " (try: patrolctl --help)");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof Failure f) {
                t.err().println("patrolctl: " + f.getMessage());
                return f.exitCode();
            }
            t.err().println("patrolctl: internal error: " + e);
            return ExitCodes.REFUSED;
        });
        return cli.execute(args);
    }
}
