package dev.patrol.adapters.process;

import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.PidReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PID files on disk: strict reading (product.md F3) and atomic writing (temp, then rename).
 * No fsync: a PID names a running process, and none survives the power loss that fsync guards
 * against; on ext4 it cost each launch about 1 ms on the engine thread.
 */
public final class FilePidFiles implements PidFiles {
    static final String NOT_FOUND = "App PID File not found";
    static final String INVALID = "App PID File was invalid";
    /** Larger files are invalid without being read whole. */
    static final int MAX_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FilePidFiles.class);
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final Set<StandardOpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);

    @Override
    public PidReading read(String path) {
        Path p = Path.of(path);
        if (!Files.exists(p)) { // also a path through a regular file (ENOTDIR), as Go's open failing
            return PidReading.missing(NOT_FOUND);
        }
        if (Files.isDirectory(p)) {
            return PidReading.invalid(INVALID);
        }
        byte[] raw;
        try (InputStream in = Files.newInputStream(p)) {
            raw = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) { // removed since the check above
            return PidReading.missing(NOT_FOUND);
        } catch (IOException e) {
            LOG.debug("unable to read PID file {}: {} (treated as invalid)", path, e.toString());
            return PidReading.invalid(INVALID);
        }
        if (raw.length > MAX_BYTES) {
            return PidReading.invalid(INVALID);
        }
        long pid = parse(raw);
        return pid > 0 ? PidReading.found(pid) : PidReading.invalid(INVALID);
    }

    /** The PID in `raw`, or 0: UTF-8, Go-trimmed, then 1..10 ASCII digits in 1..2^31-1. */
    static long parse(byte[] raw) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return 0;
        }
        String t = GoSpace.trim(text);
        if (t.isEmpty() || t.length() > 10) {
            return 0;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return 0;
            }
        }
        long pid = Long.parseLong(t);
        return pid <= Integer.MAX_VALUE ? pid : 0;
    }

    @Override
    public String write(String path, long pid) {
        if (pid <= 0 || pid > Integer.MAX_VALUE) {
            return "unable to write PID file " + path + ": PID " + pid + " is not a positive 32-bit integer";
        }
        Path target = Path.of(path).toAbsolutePath();
        Path temp = null;
        try {
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            temp = dir.resolve("." + target.getFileName() + "." + PROCESS + "-" + Thread.currentThread().getId() + ".new");
            try (FileChannel ch = createNew(temp)) {
                ch.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)));
            }
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            move(temp, target);
            return "";
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            String why = "unable to write PID file " + path + ": " + e;
            LOG.warn("{} (the file is left as it was)", why);
            return why;
        }
    }

    /**
     * O_CREAT|O_EXCL, so a link planted at the temp name is never followed. The name is fixed per
     * process and thread: createTempFile's random names cost 0.4 ms more per launch on ext4.
     */
    private static FileChannel createNew(Path temp) throws IOException {
        try {
            return FileChannel.open(temp, CREATE_NEW);
        } catch (FileAlreadyExistsException e) { // left by a crash of this PID: replace it
            Files.delete(temp);
            return FileChannel.open(temp, CREATE_NEW);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.debug("unable to delete temporary PID file {}: {} (left behind)", temp, e.toString());
        }
    }
}
