package dev.patrol.adapters.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks an executable before it is run: `setsid` would otherwise turn "not found" into
 * exit 127 and "not executable" into exit 126, which must be NOT_RUN instead.
 */
final class Executables {
    private Executables() {
    }

    /** Why `file` cannot be executed, or empty when it can. */
    static Optional<String> problemWith(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(file + " does not exist");
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a directory");
        }
        if (!Files.isExecutable(file)) {
            return Optional.of(file + " is not executable");
        }
        return Optional.empty();
    }

    /** The first executable regular file called `name` in the `:`-separated `searchPath`. */
    static Optional<Path> onSearchPath(String name, String searchPath) {
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(":", -1)) {
            // An empty PATH entry means the current directory, as in execvp(3).
            Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
