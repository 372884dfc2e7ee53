package dev.patrol.adapters.process;

import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jnr.constants.platform.Errno;
import jnr.constants.platform.OpenFlags;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.byref.IntByReference;
import jnr.posix.SpawnAttribute;

/**
 * One glibc posix_spawn(3): stdin /dev/null, stdout/stderr opened for append, chdir, every
 * other descriptor closed, empty signal mask, default dispositions, optionally a new group.
 * Strings go to the kernel as UTF-8 bytes, as Go passes the config's strings.
 */
final class NativeSpawn {
    // glibc on x86_64/aarch64: posix_spawnattr_t 336 bytes, file actions 80, sigset_t 128.
    private static final int ATTR_BYTES = 1024;
    private static final int ACTIONS_BYTES = 512;
    private static final int SIGSET_BYTES = 256;
    private static final int O_RDONLY = OpenFlags.O_RDONLY.intValue();
    /**
     * How both spawn paths open the log files: append, created 0644, and O_NOFOLLOW, so a link
     * planted as the log file after LogTargets checked it is still refused (issue #12).
     */
    static final int LOG_FLAGS = OpenFlags.O_WRONLY.intValue() | OpenFlags.O_CREAT.intValue()
            | OpenFlags.O_APPEND.intValue() | OpenFlags.O_NOFOLLOW.intValue();
    static final int LOG_MODE = 0644;
    private static final byte[] DEV_NULL = cString("/dev/null");

    /** What to spawn; null log files mean /dev/null, a null directory keeps the JVM's. */
    record Request(String path, List<String> argv, List<String> env, String stdout, String stderr,
            boolean merged, String directory, boolean ownGroup) {
    }

    private static NativeSpawn shared;
    private static IllegalStateException failed;

    private final SpawnLibC libc;
    private final Runtime runtime;
    private final Pointer emptySet;
    private final Pointer fullSet;

    /**
     * The JVM's one binding, made on first use: jnr-ffi generates a class per binding, which
     * takes a good part of a second, and the binding holds no per-launch state.
     * Throws IllegalStateException when libc lacks addchdir_np (2.29) or addclosefrom_np (2.34).
     */
    static synchronized NativeSpawn shared() {
        if (shared == null && failed == null) {
            try {
                shared = new NativeSpawn();
            } catch (IllegalStateException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return shared;
    }

    private NativeSpawn() {
        try {
            libc = LibraryLoader.create(SpawnLibC.class).load("c");
            runtime = Runtime.getRuntime(libc);
            emptySet = Memory.allocateDirect(runtime, SIGSET_BYTES, true);
            fullSet = Memory.allocateDirect(runtime, SIGSET_BYTES, true);
            libc.sigemptyset(emptySet);
            // Signals 1-64, written directly: sigfillset leaves out glibc's internal 32 and 33,
            // which the spawn would then leave ignored (SIG_IGN survives exec) in every app.
            fullSet.putLong(0, -1L);
            Pointer probe = Memory.allocateDirect(runtime, ACTIONS_BYTES, true);
            libc.posix_spawn_file_actions_init(probe);
            libc.posix_spawn_file_actions_addchdir_np(probe, cString("/"));
            libc.posix_spawn_file_actions_addclosefrom_np(probe, 3);
            libc.posix_spawn_file_actions_destroy(probe);
        } catch (LinkageError | RuntimeException e) {
            throw new IllegalStateException("posix_spawn with addchdir_np and addclosefrom_np (glibc >= 2.34) "
                    + "is not available: " + e, e);
        }
    }

    /** The child's PID, or minus the error number when no child was left running. */
    int spawn(Request r) {
        Pointer actions = Memory.allocateDirect(runtime, ACTIONS_BYTES, true);
        Pointer attr = Memory.allocateDirect(runtime, ATTR_BYTES, true);
        int rc = libc.posix_spawn_file_actions_init(actions);
        if (rc != 0) {
            return -rc;
        }
        try {
            rc = libc.posix_spawnattr_init(attr);
            if (rc != 0) {
                return -rc;
            }
            try {
                rc = fileActions(actions, r);
                rc = rc != 0 ? rc : attributes(attr, r.ownGroup());
                return rc != 0 ? -rc : run(r, actions, attr);
            } finally {
                libc.posix_spawnattr_destroy(attr);
            }
        } finally {
            libc.posix_spawn_file_actions_destroy(actions);
        }
    }

    private int run(Request r, Pointer actions, Pointer attr) {
        Strings argv = strings(runtime, r.argv());
        Strings env = strings(runtime, r.env());
        IntByReference pid = new IntByReference();
        int rc = libc.posix_spawn(pid, cString(r.path()), actions, attr, argv.array, env.array);
        // The arrays hold raw addresses into `bytes`: keep every block alive past the call.
        Reference.reachabilityFence(argv);
        Reference.reachabilityFence(env);
        return rc == 0 ? pid.intValue() : -rc;
    }

    /** Applied in order in the child: fd 0, 1, 2, then chdir, then close everything else. */
    private int fileActions(Pointer a, Request r) {
        int rc = libc.posix_spawn_file_actions_addopen(a, 0, DEV_NULL, O_RDONLY, 0);
        rc = rc != 0 ? rc : output(a, 1, r.stdout());
        rc = rc != 0 ? rc : r.merged() ? libc.posix_spawn_file_actions_adddup2(a, 1, 2) : output(a, 2, r.stderr());
        if (rc == 0 && r.directory() != null && !r.directory().isEmpty()) {
            rc = libc.posix_spawn_file_actions_addchdir_np(a, cString(r.directory()));
        }
        return rc != 0 ? rc : libc.posix_spawn_file_actions_addclosefrom_np(a, 3); // no JVM fd leaks into apps
    }

    private int output(Pointer a, int fd, String file) {
        return libc.posix_spawn_file_actions_addopen(a, fd, file == null ? DEV_NULL : cString(file),
                LOG_FLAGS, LOG_MODE);
    }

    /** Signals blocked or ignored by the JVM's threads must not leak into apps. */
    private int attributes(Pointer attr, boolean ownGroup) {
        int flags = SpawnAttribute.SETSIGMASK | SpawnAttribute.SETSIGDEF | (ownGroup ? SpawnAttribute.SETPGROUP : 0);
        int rc = libc.posix_spawnattr_setflags(attr, (short) flags);
        rc = rc != 0 ? rc : libc.posix_spawnattr_setsigmask(attr, emptySet);
        rc = rc != 0 ? rc : libc.posix_spawnattr_setsigdefault(attr, fullSet);
        return rc != 0 || !ownGroup ? rc : libc.posix_spawnattr_setpgroup(attr, 0); // 0: the child's own PID
    }

    /** A NULL-terminated `char *[]` and the one block its strings live in. */
    record Strings(Pointer array, Pointer bytes) {
    }

    static Strings strings(Runtime runtime, List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        int total = 1;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = cString(values.get(i));
            total += encoded[i].length;
        }
        Pointer bytes = Memory.allocateDirect(runtime, total, true);
        int slot = runtime.addressSize();
        Pointer array = Memory.allocateDirect(runtime, (encoded.length + 1) * slot, true); // last slot NULL
        long offset = 0;
        for (int i = 0; i < encoded.length; i++) {
            bytes.put(offset, encoded[i], 0, encoded[i].length);
            array.putAddress((long) i * slot, bytes.address() + offset);
            offset += encoded[i].length;
        }
        return new Strings(array, bytes);
    }

    static byte[] cString(String s) {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[raw.length + 1];
        System.arraycopy(raw, 0, out, 0, raw.length);
        return out;
    }

    /** strerror-like text for a posix_spawn error number. */
    static String describe(int errno) {
        Errno e = Errno.valueOf(errno);
        return e == null || e == Errno.__UNKNOWN_CONSTANT__ ? "error " + errno : e.description() + " (" + e.name() + ")";
    }
}
