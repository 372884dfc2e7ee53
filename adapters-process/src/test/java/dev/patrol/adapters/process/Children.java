package dev.patrol.adapters.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Installs the test children of src/test/resources/children/ as executables (Maven drops the x bit). */
final class Children {
    private Children() {
    }

    static Path install(String name, Path dir) {
        Path target = dir.resolve(name);
        try (InputStream in = Children.class.getResourceAsStream("/children/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test child " + name);
            }
            byte[] script = in.readAllBytes();
            // Installed already: keep it. Replacing it could pull it from under a shell that is
            // about to open it by name (a child still starting fails with 127, or reads nothing).
            if (Files.isRegularFile(target) && Arrays.equals(script, Files.readAllBytes(target))) {
                return target;
            }
            Files.write(target, script);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NAME=VALUE lines `/usr/bin/env` printed into `out`, by name (a value may hold '='). */
    static Map<String, String> envDump(Path out) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            seen.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return seen;
    }
}
