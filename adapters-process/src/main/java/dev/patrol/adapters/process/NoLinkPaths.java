package dev.patrol.adapters.process;

import dev.patrol.ports.process.LogLinkException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one rule for paths under an app's log root (issue #12): the root may be a symbolic
 * link and is followed (an operator may move the whole log directory elsewhere); below it
 * nothing is followed, neither a directory on the way nor the file itself.
 *
 * <p>Race: each directory below the root is checked with lstat, then the file is opened by
 * path with O_NOFOLLOW ({@code NOFOLLOW_LINKS} maps to it on Linux). A link planted as the
 * file itself is refused atomically by the kernel. A directory swapped for a link between
 * the check and the open is not covered (that needs openat(2) per component, which the JDK
 * does not offer); it takes write access to a directory below the log root, which Patrol
 * creates and children never receive.
 */
final class NoLinkPaths {
    private NoLinkPaths() {
    }

    /** `path` made absolute against the real root; LogLinkException if it leaves the root or crosses a link. */
    static Path checked(Path root, Path path) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(base)) {
            throw new LogLinkException(path.toString());
        }
        Path real;
        try {
            real = base.toRealPath(); // the root itself may be a link: followed once, here
        } catch (NoSuchFileException e) {
            return p; // no root yet: nothing below it exists, so no link either
        }
        Path at = real;
        for (Path part : base.relativize(p)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                throw new LogLinkException(path.toString());
            }
        }
        return at;
    }

    /** The log root of a launch file laid out as ROOT/YEAR/month/DAY/file (its fourth ancestor), else the file system root. */
    static Path layoutRoot(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = abs;
        for (int i = 0; i < 4 && root.getParent() != null; i++) {
            root = root.getParent();
        }
        return root;
    }

    /** Lstat of `path` below `root` after {@link #checked}; NoSuchFileException when missing. */
    static BasicFileAttributes attributes(Path root, Path path) throws IOException {
        return Files.readAttributes(checked(root, path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** Opens a regular file below `root` for reading, O_NOFOLLOW; a FIFO or device is never opened. */
    static FileChannel openRead(Path root, Path file) throws IOException {
        Path p = checked(root, file);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString(), null, "not a regular file");
        }
        try {
            return FileChannel.open(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (Files.isSymbolicLink(p)) {
                throw new LogLinkException(file.toString()); // planted between the check and the open: ELOOP
            }
            throw e;
        }
    }
}
