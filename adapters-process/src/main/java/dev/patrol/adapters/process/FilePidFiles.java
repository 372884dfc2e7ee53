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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** PID files on disk: strict reading (product.md F3) and atomic writing (temp, fsync, rename). */
public final class FilePidFiles implements PidFiles {
    static final String NOT_FOUND = "App PID File not found";
    static final String INVALID = "App PID File was invalid";
    /** Larger files are invalid without being read whole. */
    static final int MAX_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FilePidFiles.class);

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
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
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
