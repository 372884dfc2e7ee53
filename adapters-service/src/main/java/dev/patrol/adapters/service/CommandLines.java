package dev.patrol.adapters.service;

import dev.patrol.ports.service.ServiceCommand;
import java.nio.file.Path;
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

    private final String serviceCommand;
    private final String initdDirectory;
    private final Supplier<String> searchPath;

    CommandLines(String serviceCommand, String initdDirectory, Supplier<String> searchPath) {
        this.serviceCommand = serviceCommand;
        this.initdDirectory = initdDirectory;
        this.searchPath = searchPath;
    }

    /** The argv for `c` (valid by construction: a safe name, a verb), or why it cannot run here. */
    Resolution resolve(ServiceCommand c) {
        String service = c.service().value();
        return switch (c.management()) {
            case SERVICE -> viaServiceCommand(service, c.verb());
            case INITD -> viaInitd(service, c.verb());
        };
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
