package dev.patrol.adapters.state;

import dev.patrol.ports.api.Group;
import dev.patrol.ports.state.SavedObject;
import dev.patrol.ports.state.SavedState;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout of a state directory: `apps/ID.state`, `services/ID.state`, and `damaged/` where a
 * file that cannot be used is moved, with the time it was found, for an operator to inspect.
 */
final class StateDirectory {
    /** One object's file. */
    record Key(Group group, String id) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StateDirectory.class);
    private static final String SUFFIX = ".state";
    /** Config IDs are lowercased `0-9a-z-`; anything else never names a file. */
    private static final Pattern ID = Pattern.compile("[0-9a-z-]{1,63}");

    private final Path dir;

    StateDirectory(Path dir) {
        this.dir = dir;
    }

    /** Every usable file; each damaged one is said once and moved aside, and its object starts fresh. */
    SavedState load() {
        return new SavedState(load(Group.APP), load(Group.SERVICE));
    }

    private Map<String, SavedObject> load(Group group) {
        Map<String, SavedObject> out = new LinkedHashMap<>();
        Path sub = dir.resolve(folder(group));
        if (!Files.isDirectory(sub)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sub, "*" + SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                if (!ID.matcher(id).matches()) {
                    continue;
                }
                try {
                    out.put(id, StateFile.read(f));
                } catch (IOException e) {
                    setAside(f, group.wire() + " " + id, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("state directory {}: cannot list {} ({}); they start fresh", dir, sub, e.toString());
        }
        return out;
    }

    private void setAside(Path f, String what, IOException why) {
        Path damaged = dir.resolve("damaged").resolve(f.getFileName() + "." + System.currentTimeMillis());
        String where;
        try {
            Files.createDirectories(damaged.getParent());
            Files.move(f, damaged, StandardCopyOption.REPLACE_EXISTING);
            where = "moved to " + damaged;
        } catch (IOException e) {
            where = "left in place (" + e + ")";
        }
        LOG.warn("state of {} in {} is damaged ({}): {}; it starts fresh", what, f, why.getMessage(), where);
    }

    /** Writes (or removes) every entry, then makes the renames durable; returns the files written. */
    int write(Map<Key, Optional<SavedObject>> batch) throws IOException {
        int written = 0;
        boolean[] touched = new boolean[2];
        for (Map.Entry<Key, Optional<SavedObject>> e : batch.entrySet()) {
            Key k = e.getKey();
            if (!ID.matcher(k.id()).matches()) {
                LOG.warn("not saving the state of {} '{}': not a config ID", k.group().wire(), k.id());
                continue;
            }
            Path sub = dir.resolve(folder(k.group()));
            Files.createDirectories(sub);
            Path file = sub.resolve(k.id() + SUFFIX);
            if (e.getValue().isPresent()) {
                StateFile.write(file, e.getValue().get());
                written++;
            } else {
                Files.deleteIfExists(file);
            }
            touched[k.group().ordinal()] = true;
        }
        for (Group g : Group.values()) {
            if (touched[g.ordinal()]) {
                syncDirectory(dir.resolve(folder(g)));
            }
        }
        return written;
    }

    /** fsync of the directory: the rename itself survives a power loss. */
    private static void syncDirectory(Path d) throws IOException {
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private static String folder(Group g) {
        return g == Group.APP ? "apps" : "services";
    }
}
