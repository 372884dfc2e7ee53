package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what a process runs from /proc: the exe link, argv[0] and a `#!` script (pid-verify, F3). */
final class ProcIdentity {
    private static final String DELETED = " (deleted)";

    private ProcIdentity() {
    }

    static ProcessIdentity of(long pid) {
        if (pid <= 0) {
            return ProcessIdentity.UNKNOWN;
        }
        Path dir = Path.of("/proc", Long.toString(pid));
        List<String> argv = argv(dir, 2);
        String argv0 = argv.isEmpty() ? "" : argv.get(0);
        String script = argv.size() > 1 && isScript(dir, argv.get(1)) ? argv.get(1) : "";
        return new ProcessIdentity(executable(dir), argv0, script);
    }

    /** "" when the link is not ours to read (another user's process gives EACCES). */
    private static String executable(Path dir) {
        try {
            String target = Files.readSymbolicLink(dir.resolve("exe")).toString();
            // A replaced binary still runs: the kernel appends " (deleted)" to the old inode's path.
            return target.endsWith(DELETED) ? target.substring(0, target.length() - DELETED.length()) : target;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "";
        }
    }

    /** The first `max` entries of cmdline (NUL-separated, world-readable; empty for a zombie). */
    private static List<String> argv(Path dir, int max) {
        List<String> out = new ArrayList<>(max);
        try {
            byte[] raw = Files.readAllBytes(dir.resolve("cmdline"));
            int start = 0;
            for (int i = 0; i < raw.length && out.size() < max; i++) {
                if (raw[i] == 0) {
                    out.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        return out;
    }

    /**
     * The kernel runs a `#!` script as [interpreter, script, ...]; argv[1] is the script when
     * that file starts with "#!". A relative path is resolved against the process's cwd.
     */
    private static boolean isScript(Path dir, String arg) {
        if (arg.isEmpty() || arg.indexOf('\0') >= 0) {
            return false;
        }
        try {
            Path file = Path.of(arg);
            if (!file.isAbsolute()) {
                file = Files.readSymbolicLink(dir.resolve("cwd")).resolve(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(2);
                return head.length == 2 && head[0] == '#' && head[1] == '!';
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
