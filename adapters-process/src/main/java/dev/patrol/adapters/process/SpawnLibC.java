package dev.patrol.adapters.process;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.byref.IntByReference;

/**
 * The glibc posix_spawn calls {@link PosixSpawnLauncher} needs (jnr-posix lacks sigmask,
 * sigdefault, chdir and closefrom). Public only because jnr-ffi implements it in its own
 * class loader. Every call returns 0 or an error number; paths are NUL-terminated bytes.
 */
public interface SpawnLibC {
    int posix_spawn(IntByReference pid, @In byte[] path, Pointer fileActions, Pointer attr, Pointer argv, Pointer envp);

    int posix_spawn_file_actions_init(Pointer fileActions);

    int posix_spawn_file_actions_destroy(Pointer fileActions);

    int posix_spawn_file_actions_addopen(Pointer fileActions, int fd, @In byte[] path, int flags, int mode);

    int posix_spawn_file_actions_adddup2(Pointer fileActions, int fd, int newFd);

    /** glibc 2.29+. */
    int posix_spawn_file_actions_addchdir_np(Pointer fileActions, @In byte[] path);

    /** glibc 2.34+. */
    int posix_spawn_file_actions_addclosefrom_np(Pointer fileActions, int from);

    int posix_spawnattr_init(Pointer attr);

    int posix_spawnattr_destroy(Pointer attr);

    int posix_spawnattr_setflags(Pointer attr, short flags);

    int posix_spawnattr_setpgroup(Pointer attr, int pgroup);

    int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);

    int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset);

    int sigemptyset(Pointer sigset);
}
