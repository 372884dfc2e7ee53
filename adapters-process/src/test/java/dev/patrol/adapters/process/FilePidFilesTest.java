package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.PidReading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FilePidFiles} against the contract, plus what only real files can do. */
class FilePidFilesTest extends PidFilesContract {
    private static final PidReading INVALID = PidReading.invalid("App PID File was invalid");

    @TempDir
    Path dir;
    private final FilePidFiles files = new FilePidFiles();

    @Override
    protected PidFiles pidFiles() {
        return files;
    }

    @Override
    protected String givenFile(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String absent(String name) {
        return dir.resolve(name).toString();
    }

    @Override
    protected String contentOf(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void givenADirectory_read_isInvalid() {
        assertEquals(INVALID, files.read(dir.toString()));
    }

    @Test
    void givenAPathUnderARegularFile_read_isMissing() {
        assertEquals(PidReading.Outcome.MISSING, files.read(givenFile("plain", "1") + "/app.pid").outcome());
    }

    @Test
    void givenGoWhitespaceLikeNbspAndNel_read_trimsItAsGoDoes() {
        assertEquals(PidReading.found(42), files.read(givenFile("nbsp.pid", "\u00a0\u0085 42\u3000\u2009")));
        // Java's strip() would remove U+001C; Go's TrimSpace does not.
        assertEquals(INVALID, files.read(givenFile("fs.pid", "\u001c42")));
    }

    @Test
    void givenInvalidUtf8OrAHugeFile_read_isInvalid() throws Exception {
        Path bad = Files.write(dir.resolve("bytes.pid"), new byte[] {(byte) 0xff, '4', '2'});
        assertEquals(INVALID, files.read(bad.toString()));
        String padded = " ".repeat(FilePidFiles.MAX_BYTES) + "42";
        assertEquals(INVALID, files.read(givenFile("huge.pid", padded)));
    }

    @Test
    void givenAMissingDirectory_write_createsItAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("run/sub/app.pid");

        assertEquals("", files.write(target.toString(), 77));

        assertEquals("77\n", Files.readString(target, StandardCharsets.US_ASCII));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (var listing = Files.list(target.getParent())) {
            assertEquals(List.of(target), listing.toList());
        }
    }

    @Test
    void givenADirectoryInTheWayOrABadPid_write_returnsAnErrorNamingThePath() throws Exception {
        Path busy = Files.createDirectory(dir.resolve("busy.pid"));

        String error = files.write(busy.toString(), 77);

        assertTrue(error.contains(busy.toString()), error);
        assertFalse(files.write(dir.resolve("zero.pid").toString(), 0).isEmpty());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(busy), listing.toList());
        }
    }

    /** The temporary name is fixed per process and thread; a link planted there is replaced, not followed. */
    @Test
    void givenALinkPlantedAtTheTemporaryName_write_neitherFollowsNorKeepsIt() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim"), "keep");
        Path planted = dir.resolve(".app.pid." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".new");
        Files.createSymbolicLink(planted, victim);

        assertEquals("", files.write(dir.resolve("app.pid").toString(), 78));

        assertEquals("keep", Files.readString(victim));
        assertEquals("78\n", Files.readString(dir.resolve("app.pid")));
        assertFalse(Files.exists(planted, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
