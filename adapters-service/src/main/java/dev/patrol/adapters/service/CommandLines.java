package dev.patrol.adapters.service;

import dev.patrol.ports.service.ServiceCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns a service command into the argv to run, or the reason it must not run. */
final class CommandLines {
    /** Either an argv (no shell) or a refusal. */
    record Resolution(List<String> argv, String refusal) {
        static Resolution refused(String why) {
            return new Resolution(List.of(), why);
        }

        boolean isRefused() {
            return refusal != null;
        }
    }

    private static final Duration FALLBACK_TIMEOUT = Duration.ofMinutes(3);

    private final String serviceCommand;
    private final String initdDirectory;
    private final Supplier<String> searchPath;

    CommandLines(String serviceCommand, String initdDirectory, Supplier<String> searchPath) {
        this.serviceCommand = serviceCommand;
        this.initdDirectory = initdDirectory;
        this.searchPath = searchPath;
    }

    /** The verb to pass: the command's own, else the operation's default. */
    static String verbOf(ServiceCommand c) {
        if (c.verb() != null && !c.verb().isEmpty()) {
            return c.verb();
        }
        return c.operation() == null ? null : c.operation().defaultVerb();
    }

    /** The command's timeout when positive, else the operation's default. */
    static Duration timeoutOf(ServiceCommand c) {
        if (c.timeout() != null && !c.timeout().isNegative() && !c.timeout().isZero()) {
            return c.timeout();
        }
        return c.operation() == null ? FALLBACK_TIMEOUT : c.operation().timeout();
    }

    Resolution resolve(ServiceCommand c) {
        Optional<String> badName = ServiceNames.refusal(c.service());
        if (badName.isPresent()) {
            return Resolution.refused(badName.get());
        }
        String verb = verbOf(c);
        if (verb == null) {
            return Resolution.refused("no verb and no operation to take the default verb from");
        }
        switch (c.management()) {
            case 1:
                return viaServiceCommand(c.service(), verb);
            case 2:
                return viaInitd(c.service(), verb);
            default:
                return Resolution.refused("unknown management method " + c.management()
                        + " (want 1 for the service command or 2 for init.d)");
        }
    }

    private Resolution viaServiceCommand(String service, String verb) {
        Path executable;
        if (serviceCommand.contains("/")) {
            executable = Path.of(serviceCommand);
            Optional<String> problem = Executables.problemWith(executable);
            if (problem.isPresent()) {
                return Resolution.refused("service command " + problem.get());
            }
        } else {
            Optional<Path> found = Executables.onSearchPath(serviceCommand, searchPath.get());
            if (found.isEmpty()) {
                return Resolution.refused("service command '" + serviceCommand + "' not found on PATH");
            }
            executable = found.get();
        }
        return new Resolution(List.of(executable.toString(), service, verb), null);
    }

    private Resolution viaInitd(String service, String verb) {
        String script = initdDirectory + "/" + service;
        Optional<String> problem = Executables.problemWith(Path.of(script));
        if (problem.isPresent()) {
            return Resolution.refused("init.d script " + problem.get());
        }
        return new Resolution(List.of(script, verb), null);
    }
}
