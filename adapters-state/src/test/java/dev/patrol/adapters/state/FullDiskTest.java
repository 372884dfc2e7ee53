package dev.patrol.adapters.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.testing.Await;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state directory on a small tmpfs that fills up (issue #14): state stays in memory, writes resume. */
class FullDiskTest {
    @TempDir
    Path mountPoint;
    private boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        mounted = run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.toString());
        assumeTrue(mounted, "cannot mount a tmpfs here (not root?)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    @Test
    void givenAFullDisk_put_keepsTheStateAndWritesItOnceThereIsRoomAgain() throws Exception {
        Path dir = mountPoint.resolve("state");
        try (FileStateStore store = FileStateStore.open(dir)) {
            Path filler = mountPoint.resolve("filler");
            fill(filler);
            store.put(Group.APP, "web", StateStoreContract.sample(1));
            assertFalse(store.flush(), "nothing can be written while the disk is full");
            store.put(Group.APP, "web", StateStoreContract.sample(2));

            Files.delete(filler);

            Await.until("the latest state written once there is room", () -> store.flush(),
                    () -> "still failing", Duration.ofSeconds(10));
            assertEquals(2, StateFile.read(dir.resolve("apps/web.state")).cas());
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // ENOSPC: the tmpfs is full
        }
    }

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
