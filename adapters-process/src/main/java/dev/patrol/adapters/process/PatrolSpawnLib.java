package dev.patrol.adapters.process;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.byref.IntByReference;

/**
 * libpatrolspawn.so (src/main/c/patrol_spawn.c): a spawn straight into a cgroup v2 with
 * clone3(CLONE_INTO_CGROUP). Public only because jnr-ffi implements it in its own class loader.
 * Strings are NUL-terminated bytes; a null array passes NULL.
 */
public interface PatrolSpawnLib {
    /** The PID, or minus the error number; `where` is then 1 when no child was made, 2 when the child failed. */
    int patrol_spawn(@In byte[] path, Pointer argv, Pointer envp, @In byte[] out, @In byte[] err, int merged,
            int logFlags, int logMode, @In byte[] dir, int ownGroup, @In byte[] cgroup, IntByReference where);
}
