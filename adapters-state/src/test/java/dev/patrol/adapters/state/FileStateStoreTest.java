package dev.patrol.adapters.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.state.SavedState;
import dev.patrol.ports.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state directory against the contract, and what only real files can show. */
class FileStateStoreTest extends StateStoreContract {
    @TempDir
    Path dir;
    private FileStateStore store;

    @Override
    protected StateStore store() throws Exception {
        if (store == null) {
            store = FileStateStore.open(dir);
        }
        return store;
    }

    @Override
    protected SavedState reloaded() throws Exception {
        store();
        store.close();
        store = FileStateStore.open(dir);
        return store.load();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void givenABurstOfAThousandChanges_flush_writesTheObjectAFewTimesOnly() throws Exception {
        for (int cas = 1; cas <= 1000; cas++) {
            store().put(Group.APP, "web", sample(cas));
        }
        assertTrue(store.flush());

        assertTrue(store.writes() <= 5, "coalesced: " + store.writes() + " writes for 1000 changes");
    }

    @Test
    void givenASecondStoreOnTheSameDirectory_open_refusesWithAClearMessage() throws Exception {
        store();

        StateDirectoryInUseException e = assertThrows(StateDirectoryInUseException.class, () -> FileStateStore.open(dir));

        assertTrue(e.getMessage().contains("in use by another Patrol (pid " + ProcessHandle.current().pid() + ")"),
                e.getMessage());
    }

    @Test
    void givenAStoreThatWasClosed_open_takesTheDirectoryAgain() throws Exception {
        store();
        store.close();
        store = FileStateStore.open(dir);

        assertEquals(SavedState.EMPTY, store.load());
    }

    @Test
    void givenDamagedFiles_load_setsThemAsideAndLoadsTheRest() throws Exception {
        store().put(Group.APP, "good", sample(1));
        for (String id : List.of("truncated", "garbage", "newer", "flipped")) {
            store.put(Group.APP, id, sample(2));
        }
        assertTrue(store.flush());
        store.close();
        Path apps = dir.resolve("apps");
        byte[] whole = Files.readAllBytes(apps.resolve("truncated.state"));
        Files.write(apps.resolve("truncated.state"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(apps.resolve("garbage.state"), "\u0000\u0001 not a state file");
        String newer = Files.readString(apps.resolve("newer.state")).replaceFirst("patrol-state 1 ", "patrol-state 9 ");
        Files.writeString(apps.resolve("newer.state"), newer);
        byte[] flipped = Files.readAllBytes(apps.resolve("flipped.state"));
        flipped[flipped.length - 3] ^= 0x20;
        Files.write(apps.resolve("flipped.state"), flipped);

        store = FileStateStore.open(dir);
        SavedState s = store.load();

        assertEquals(Map.of("good", sample(1)), s.apps());
        try (var aside = Files.list(dir.resolve("damaged"))) {
            assertEquals(4, aside.count(), "each damaged file kept for inspection");
        }
        assertEquals(List.of("good.state"), names(apps));
    }

    @Test
    void givenAnotherProcessHoldingTheLock_open_refuses() throws Exception {
        Path lock = dir.resolve(StateLock.FILE);
        Files.writeString(lock, "4242\n", StandardCharsets.US_ASCII);
        Process holder = new ProcessBuilder("python3", "-c", "import fcntl,sys,time\n"
                + "f=open(sys.argv[1],'r+'); fcntl.lockf(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)",
                lock.toString()).redirectErrorStream(true).start();
        try {
            String line = new String(holder.getInputStream().readNBytes(5), StandardCharsets.US_ASCII);
            org.junit.jupiter.api.Assumptions.assumeTrue(line.equals("held\n"), "python3 could not lock: " + line);

            StateDirectoryInUseException e = assertThrows(StateDirectoryInUseException.class,
                    () -> FileStateStore.open(dir));

            assertTrue(e.getMessage().contains("(pid 4242)"), e.getMessage());
        } finally {
            holder.destroyForcibly();
        }
    }

    private static List<String> names(Path d) throws Exception {
        try (var files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
