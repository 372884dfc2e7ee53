package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks made before a launch, so that failures name the path instead of surfacing as exit 127. */
final class LaunchChecks {
    private LaunchChecks() {
    }

    /** The executable to run; the working directory must exist and the binary must be executable. */
    static Path executable(LaunchSpec spec) throws LaunchException {
        String wd = spec.workingDirectory();
        if (wd != null && !wd.isEmpty() && !Files.isDirectory(Path.of(wd))) {
            throw new LaunchException("unable to start app " + spec.appId() + ": working directory " + wd
                    + " is not a directory");
        }
        Path exe = Path.of(spec.executable());
        if (!exe.isAbsolute() && wd != null && !wd.isEmpty()) {
            exe = Path.of(wd).resolve(exe);
        }
        if (!Files.exists(exe)) {
            throw new LaunchException("unable to start app " + spec.appId() + ": binary " + exe + " not found");
        }
        if (Files.isDirectory(exe) || !Files.isExecutable(exe)) {
            throw new LaunchException("unable to start app " + spec.appId() + ": binary " + exe + " is not executable");
        }
        return exe;
    }

    /** The first executable `name` on `path` (then the usual system directories), or null. */
    static String findOnPath(String name, String path) {
        if (path != null) {
            for (String dir : path.split(":")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath().toString();
                }
            }
        }
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
