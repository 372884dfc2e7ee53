package dev.patrol.adapters.state;

import dev.patrol.codec.json.JsonDecodeException;
import dev.patrol.codec.json.StateJson;
import dev.patrol.ports.state.SavedObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * One object's file: a header line `patrol-state FORMAT CRC32C LENGTH` and the JSON body. Written
 * to a temp file, fsynced and renamed over the old one, so a reader sees the old file or the new
 * one, never a mix; the checksum catches what the file system did not keep (truncation, garbage).
 */
final class StateFile {
    static final int FORMAT = 1;
    private static final String MAGIC = "patrol-state";

    private StateFile() {
    }

    /** Writes `o` to `file` crash-safely (the caller fsyncs the directory once per batch). */
    static void write(Path file, SavedObject o) throws IOException {
        byte[] body = StateJson.encode(o);
        CRC32C crc = new CRC32C();
        crc.update(body);
        byte[] header = (MAGIC + " " + FORMAT + " " + Long.toHexString(crc.getValue()) + " " + body.length + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(new ByteBuffer[] {ByteBuffer.wrap(header), ByteBuffer.wrap(body)});
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** @throws DamagedStateException saying what is wrong with the file */
    static SavedObject read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int nl = indexOf(all, (byte) '\n');
        String[] h = nl < 0 ? new String[0] : new String(all, 0, nl, StandardCharsets.US_ASCII).split(" ");
        if (h.length != 4 || !h[0].equals(MAGIC)) {
            throw new DamagedStateException("not a Patrol state file (no header)");
        }
        int format = parse(h[1], "format");
        if (format != FORMAT) {
            throw new DamagedStateException("format " + format + ", this Patrol reads format " + FORMAT
                    + (format > FORMAT ? " (written by a newer Patrol)" : ""));
        }
        byte[] body = Arrays.copyOfRange(all, nl + 1, all.length);
        if (body.length != parse(h[3], "length")) {
            throw new DamagedStateException("truncated: " + body.length + " of " + h[3] + " bytes");
        }
        CRC32C crc = new CRC32C();
        crc.update(body);
        if (!Long.toHexString(crc.getValue()).equals(h[2])) {
            throw new DamagedStateException("checksum mismatch");
        }
        try {
            return StateJson.decode(body);
        } catch (JsonDecodeException | IllegalArgumentException e) {
            throw new DamagedStateException("unreadable JSON: " + e.getMessage());
        }
    }

    private static int parse(String field, String what) throws DamagedStateException {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw new DamagedStateException("bad " + what + " in the header: " + field);
        }
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < Math.min(b.length, 128); i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /** A state file that cannot be used; the message says why. */
    static final class DamagedStateException extends IOException {
        DamagedStateException(String why) {
            super(why);
        }
    }
}
