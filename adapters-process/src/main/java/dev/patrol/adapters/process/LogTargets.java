package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LogLinkException;
import java.io.File;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Prepares a log file for a child (the original's OpenFile): checks, mkdirs, create 0644.
 * Refuses (issue #12) a symbolic link as the file or as its YEAR/month/DAY directories.
 */
final class LogTargets {
    static final String CURRENT_OR_PARENT = "Path can NOT be current or parent Directory!";
    static final String DIRECTORY = "Path was a Directory";

    private static final Set<PosixFilePermission> MODE_0644 = PosixFilePermissions.fromString("rw-r--r--");
    private static final FileAttribute<Set<PosixFilePermission>> CREATE_0644 =
            PosixFilePermissions.asFileAttribute(MODE_0644);

    private static final Set<OpenOption> CREATE_NEW_NOFOLLOW =
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> APPEND_NOFOLLOW =
            Set.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);

    private LogTargets() {
    }

    /** Returns the file to append to, creating it (and its directory) when missing. */
    static File prepare(String path) throws LaunchException {
        Path p = Path.of(path).normalize();
        String cleaned = p.toString();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            throw new LaunchException("unable to open log file " + path + ": " + CURRENT_OR_PARENT);
        }
        try {
            NoLinkPaths.checked(NoLinkPaths.layoutRoot(p), p); // issue #12: YEAR/month/DAY and the file
        } catch (IOException e) {
            throw new LaunchException("unable to open log file " + path + ": " + e.getMessage(), e);
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
        } catch (LogLinkException e) {
            throw new LaunchException("unable to open log file " + path + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("unable to open log file " + path + ": " + e, e);
        }
        if (!Files.isWritable(p)) {
            throw new LaunchException("unable to open log file " + path + ": not writable");
        }
        return p.toFile();
    }

    /**
     * Creates or opens the file with O_NOFOLLOW, so a link planted as the file is refused here
     * (the launcher then opens the checked path again; NativeSpawn passes O_NOFOLLOW too).
     */
    private static void createIfMissing(Path p) throws IOException {
        try (SeekableByteChannel ignored = Files.newByteChannel(p, CREATE_NEW_NOFOLLOW, CREATE_0644)) {
            Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setPermissions(MODE_0644); // the umask may have removed bits
        } catch (FileAlreadyExistsException e) {
            try (SeekableByteChannel ignored = Files.newByteChannel(p, APPEND_NOFOLLOW)) {
                return; // append to the existing file, keep its mode
            } catch (IOException notOpened) {
                if (Files.isSymbolicLink(p)) {
                    throw new LogLinkException(p.toString());
                }
                throw notOpened;
            }
        }
    }
}
