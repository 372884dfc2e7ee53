package dev.patrol.adapters.state;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.state.SavedObject;
import dev.patrol.ports.state.SavedState;
import dev.patrol.ports.state.StateStore;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state directory (product.md A3): one crash-safe file per app and service
 * (`apps/ID.state`, `services/ID.state`, see {@link StateFile}), owned by one daemon
 * ({@link StateLock}). {@link #put} only records the latest state; one writer thread writes what
 * changed at most every {@link #COALESCE_MILLIS} ms, so a burst of changes to one object costs one
 * write. A directory that cannot be written (full, read-only, deleted) keeps the state in memory:
 * said once per episode, retried with a growing pause, and "resumed" once it works again.
 * Why files per object rather than one journal: docs/STATE.md.
 */
public final class FileStateStore implements StateStore, AutoCloseable {
    static final long COALESCE_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(FileStateStore.class);

    private final Path dir;
    private final StateDirectory files;
    private final Map<StateDirectory.Key, Optional<SavedObject>> pending = new LinkedHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private final Thread writer;
    private final FileLock lock;
    private boolean writing;
    private boolean failing;
    private boolean closed;

    private FileStateStore(Path dir, FileLock lock) {
        this.dir = dir;
        this.files = new StateDirectory(dir);
        this.lock = lock;
        this.writer = new Thread(this::writeLoop, "patrol-state-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Opens (creating it if needed) and locks `dir`. A directory that cannot be made or locked for
     * another reason still gives a store: it keeps state in memory and retries.
     *
     * @throws StateDirectoryInUseException when another daemon holds the directory
     */
    public static FileStateStore open(Path dir) throws StateDirectoryInUseException {
        FileLock lock = null;
        try {
            Files.createDirectories(dir);
            lock = StateLock.take(dir);
        } catch (StateDirectoryInUseException e) {
            throw e;
        } catch (IOException e) {
            LOG.warn("state directory {} cannot be used ({}); state is kept in memory and written once it can be",
                    dir, e.toString());
        }
        return new FileStateStore(dir, lock);
    }

    @Override
    public SavedState load() {
        return files.load();
    }

    @Override
    public void put(Group group, String id, SavedObject object) {
        enqueue(new StateDirectory.Key(group, id), Optional.of(object));
    }

    @Override
    public void remove(Group group, String id) {
        enqueue(new StateDirectory.Key(group, id), Optional.empty());
    }

    private synchronized void enqueue(StateDirectory.Key key, Optional<SavedObject> object) {
        pending.remove(key); // re-inserted last: the map stays in order of the latest change
        pending.put(key, object);
        notifyAll();
    }

    @Override
    public synchronized boolean flush() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        notifyAll();
        while ((!pending.isEmpty() || writing) && !failing && System.nanoTime() < deadline) {
            try {
                wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return pending.isEmpty() && !writing && !failing;
    }

    /** Files written since the store opened (for benchmarks: the write amplification). */
    public long writes() {
        return writes.get();
    }

    /** Writes what is pending, stops the writer and releases the directory. */
    @Override
    public void close() {
        flush();
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
            if (lock != null) {
                lock.channel().close();
            }
        } catch (IOException | InterruptedException e) {
            LOG.debug("closing state directory {}: {}", dir, e.toString());
        }
    }

    private void writeLoop() {
        long pause = 0;
        while (true) {
            Map<StateDirectory.Key, Optional<SavedObject>> batch = nextBatch(pause);
            if (batch == null) {
                return;
            }
            try {
                writes.addAndGet(files.write(batch));
                pause = succeeded();
            } catch (IOException | RuntimeException e) {
                pause = failed(batch, e, pause);
                if (pause < 0) {
                    return; // closing: what could not be written stays unwritten (said above)
                }
            }
        }
    }

    /** Waits for changes, then lets a burst gather for {@link #COALESCE_MILLIS}; null once closed and drained. */
    private synchronized Map<StateDirectory.Key, Optional<SavedObject>> nextBatch(long pauseMillis) {
        writing = false;
        notifyAll();
        try {
            long until = System.currentTimeMillis() + Math.max(pauseMillis, COALESCE_MILLIS);
            while (pending.isEmpty() && !closed) {
                wait();
                until = System.currentTimeMillis() + Math.max(pauseMillis, COALESCE_MILLIS);
            }
            for (long left; !closed && (left = until - System.currentTimeMillis()) > 0; ) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (pending.isEmpty()) {
            return null; // closed and nothing left
        }
        Map<StateDirectory.Key, Optional<SavedObject>> batch = new LinkedHashMap<>(pending);
        pending.clear();
        writing = true;
        return batch;
    }

    private synchronized long succeeded() {
        if (failing) {
            failing = false;
            LOG.info("state directory {}: writes resumed", dir);
        }
        return 0;
    }

    /** Keeps the batch (unless newer changes replaced an entry) and waits longer before the next try. */
    private synchronized long failed(Map<StateDirectory.Key, Optional<SavedObject>> batch, Exception e, long pause) {
        if (!failing) {
            failing = true;
            LOG.warn("state directory {} cannot be written ({}); state is kept in memory, retrying", dir, e.toString());
        } else {
            LOG.debug("state directory {} still cannot be written: {}", dir, e.toString());
        }
        Map<StateDirectory.Key, Optional<SavedObject>> merged = new LinkedHashMap<>(batch);
        merged.putAll(pending);
        pending.clear();
        pending.putAll(merged);
        return closed ? -1 : Math.min(30_000, Math.max(1_000, pause * 2));
    }
}
