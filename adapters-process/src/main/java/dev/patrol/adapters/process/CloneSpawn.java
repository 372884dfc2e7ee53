package dev.patrol.adapters.process;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;
import jnr.ffi.byref.IntByReference;

/**
 * A spawn that is born in its cgroup v2 (clone3 with CLONE_INTO_CGROUP, Linux 5.7+), through
 * libpatrolspawn.so, which the build compiles from src/main/c into the jar and which is
 * extracted to a temporary file at first use. Unlike a write to cgroup.procs, entering the
 * cgroup this way never waits for an RCU grace period, and the child is in it from its first
 * instruction. The child does what {@link NativeSpawn}'s posix_spawn does, in the same order.
 */
final class CloneSpawn {
    private static final String LIBRARY = "native/linux-x86_64/libpatrolspawn.so";

    private static CloneSpawn shared;
    private static String whyNot;

    /**
     * One spawn's outcome: a PID, or an error number, whether the child failed (before or in
     * execve) and whether the kernel killed it before it ran (a cgroup once killed, see patrol_spawn.c).
     */
    record Result(int pid, int errno, boolean childFailed, boolean killedAtBirth) {
        boolean ok() {
            return pid > 0;
        }
    }

    private final PatrolSpawnLib lib;
    private final Runtime runtime;

    private CloneSpawn(PatrolSpawnLib lib) {
        this.lib = lib;
        this.runtime = Runtime.getRuntime(lib);
    }

    /** The JVM's one binding, or null when there is none here ({@link #whyNot()} says why). */
    static synchronized CloneSpawn shared() {
        if (shared == null && whyNot == null) {
            try {
                shared = load();
            } catch (IOException | LinkageError | RuntimeException e) {
                whyNot = "libpatrolspawn.so does not load: " + e;
            }
        }
        return shared;
    }

    static synchronized String whyNot() {
        return whyNot;
    }

    /** From now on nothing is spawned this way: the kernel lacks it (`why`). */
    static synchronized void disable(String why) {
        shared = null;
        whyNot = why;
    }

    private static CloneSpawn load() throws IOException {
        String arch = System.getProperty("os.arch", "");
        if (!System.getProperty("os.name", "").equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            whyNot = "libpatrolspawn.so is built for Linux x86_64 only, not " + arch;
            return null;
        }
        try (InputStream in = CloneSpawn.class.getResourceAsStream(LIBRARY)) {
            if (in == null) {
                whyNot = "libpatrolspawn.so is not in this build (no C compiler when it was built)";
                return null;
            }
            Path dir = Files.createTempDirectory("patrol-native");
            Path file = dir.resolve("libpatrolspawn.so");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit(); // dlopen has mapped it by then
            dir.toFile().deleteOnExit();
            return new CloneSpawn(LibraryLoader.create(PatrolSpawnLib.class).load(file.toString()));
        }
    }

    /** Spawns `r` into the cgroup directory `cgroup`. */
    Result spawn(NativeSpawn.Request r, Path cgroup) {
        NativeSpawn.Strings argv = NativeSpawn.strings(runtime, r.argv());
        NativeSpawn.Strings env = NativeSpawn.strings(runtime, r.env());
        IntByReference where = new IntByReference();
        String dir = r.directory() == null || r.directory().isEmpty() ? null : r.directory();
        int rc = lib.patrol_spawn(NativeSpawn.cString(r.path()), argv.array(), env.array(), bytes(r.stdout()),
                bytes(r.stderr()), r.merged() ? 1 : 0, NativeSpawn.LOG_FLAGS, NativeSpawn.LOG_MODE, bytes(dir),
                r.ownGroup() ? 1 : 0, NativeSpawn.cString(cgroup.toString()), where);
        Reference.reachabilityFence(argv); // raw addresses into their blocks
        Reference.reachabilityFence(env);
        return rc > 0 ? new Result(rc, 0, false, false)
                : new Result(0, -rc, where.intValue() == 2, where.intValue() == 3);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : NativeSpawn.cString(s);
    }
}
