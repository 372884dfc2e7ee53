package dev.patrol.adapters.process;

import java.util.Locale;
import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * {@link LinuxLibC} loaded once, with the facts that differ per architecture: the pidfd_open
 * syscall number and the layout of struct epoll_event (packed to 12 bytes only on x86_64).
 */
final class LinuxNative {
    /** pidfd_open is 434 on every architecture listed here (the unified table since Linux 5.3). */
    private static final long PIDFD_OPEN = 434;

    final LinuxLibC libc;
    final Runtime runtime;
    final int epollEventBytes;
    final int epollDataOffset;

    private LinuxNative(int epollEventBytes, int epollDataOffset) {
        this.libc = LibraryLoader.create(LinuxLibC.class).load("c");
        this.runtime = Runtime.getRuntime(libc);
        this.epollEventBytes = epollEventBytes;
        this.epollDataOffset = epollDataOffset;
    }

    private static LinuxNative loaded;
    private static IllegalStateException failed;

    /** Loaded on first use. Throws IllegalStateException off Linux or on an architecture not known here. */
    static synchronized LinuxNative get() {
        if (loaded == null && failed == null) {
            try {
                loaded = load();
            } catch (IllegalStateException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
        return loaded;
    }

    private static LinuxNative load() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("Linux")) {
            throw new IllegalStateException("not Linux (" + os + ")");
        }
        try {
            return switch (arch) {
                case "amd64", "x86_64" -> new LinuxNative(12, 4);
                case "aarch64", "riscv64", "ppc64le", "s390x" -> new LinuxNative(16, 8);
                default -> throw new IllegalStateException("pidfd_open and epoll_event are not known for " + arch);
            };
        } catch (LinkageError | RuntimeException e) {
            throw e instanceof IllegalStateException ise ? ise : new IllegalStateException("libc: " + e, e);
        }
    }

    /** A pidfd (close-on-exec) for `pid`, or minus the error number. */
    int pidfdOpen(int pid) {
        long fd = libc.syscall(PIDFD_OPEN, pid, 0);
        return fd >= 0 ? (int) fd : -errno();
    }

    /** close(2), for descriptors opened here before jnr-posix is bound. */
    int close(int fd) {
        return libc.close(fd);
    }

    /** errno of this thread's last call through {@link #libc}; read it at once. */
    int errno() {
        return LastError.getLastError(runtime);
    }
}
