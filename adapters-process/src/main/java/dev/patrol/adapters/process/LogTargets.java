package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchException;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Prepares a log file for a child (the original's OpenFile): checks, mkdirs, create 0644. */
final class LogTargets {
    static final String CURRENT_OR_PARENT = "Path can NOT be current or parent Directory!";
    static final String DIRECTORY = "Path was a Directory";

    private static final Set<PosixFilePermission> MODE_0644 = PosixFilePermissions.fromString("rw-r--r--");
    private static final FileAttribute<Set<PosixFilePermission>> CREATE_0644 =
            PosixFilePermissions.asFileAttribute(MODE_0644);

    private LogTargets() {
    }

    /** Returns the file to append to, creating it (and its directory) when missing. */
    static File prepare(String path) throws LaunchException {
        Path p = Path.of(path).normalize();
        String cleaned = p.toString();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            throw new LaunchException("unable to open log file " + path + ": " + CURRENT_OR_PARENT);
        }
        if (Files.isDirectory(p)) {
            throw new LaunchException("unable to open log file " + path + ": " + DIRECTORY);
        }
        try {
            Path parent = p.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            createIfMissing(p);
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("unable to open log file " + path + ": " + e, e);
        }
        if (!Files.isWritable(p)) {
            throw new LaunchException("unable to open log file " + path + ": not writable");
        }
        return p.toFile();
    }

    private static void createIfMissing(Path p) throws IOException {
        try {
            Files.createFile(p, CREATE_0644);
        } catch (FileAlreadyExistsException e) {
            return; // append to the existing file, keep its mode
        }
        Files.setPosixFilePermissions(p, MODE_0644); // the umask may have removed bits
    }
}
