package dev.patrol.adapters.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The state directory belongs to one daemon: an fcntl lock on `patrol.lock`, held while the
 * daemon lives and released by the kernel when it dies (also by SIGKILL), so a stale lock
 * file never blocks a restart. The file names the holder's PID for the refusal message.
 */
final class StateLock {
    static final String FILE = "patrol.lock";

    private StateLock() {
    }

    /** @throws StateDirectoryInUseException when another process holds it */
    static FileLock take(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it already: a second store on the same directory
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip();
            ch.close();
            throw new StateDirectoryInUseException("state directory " + dir + " is in use by another Patrol"
                    + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; refusing to start a second one on it");
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return lock;
    }
}
