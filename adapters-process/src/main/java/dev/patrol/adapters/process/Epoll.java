package dev.patrol.adapters.process;

import jnr.constants.platform.Errno;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;

/** One epoll set whose entries are one-shot and carry a 64-bit key. */
final class Epoll {
    static final int IN = 0x001;
    private static final int ONESHOT = 1 << 30;
    private static final int CLOEXEC = 02000000; // O_CLOEXEC on every architecture LinuxNative knows
    private static final int CTL_ADD = 1;
    private static final int CTL_MOD = 3;
    private static final int EEXIST = Errno.EEXIST.intValue();

    private final LinuxNative linux;
    private final int epfd;

    Epoll(LinuxNative linux) {
        this.linux = linux;
        this.epfd = linux.libc.epoll_create1(CLOEXEC);
        if (epfd < 0) {
            throw new IllegalStateException("epoll_create1 failed: " + NativeSpawn.describe(linux.errno()));
        }
    }

    /**
     * Reports `events` on `fd` once, as `key`; an fd disarmed by its last report is armed again.
     * Returns 0 or the error number. Safe from any thread, also while {@link #await} blocks.
     */
    int arm(int fd, int events, long key) {
        Pointer event = Memory.allocateDirect(linux.runtime, linux.epollEventBytes, true);
        event.putInt(0, events | ONESHOT);
        event.putLong(linux.epollDataOffset, key);
        if (linux.libc.epoll_ctl(epfd, CTL_ADD, fd, event) == 0) {
            return 0;
        }
        int errno = linux.errno();
        if (errno != EEXIST) {
            return errno;
        }
        return linux.libc.epoll_ctl(epfd, CTL_MOD, fd, event) == 0 ? 0 : linux.errno();
    }

    /** A buffer for {@link #await}. */
    Pointer buffer(int events) {
        return Memory.allocateDirect(linux.runtime, events * linux.epollEventBytes, true);
    }

    /** Blocks until an armed fd is ready; the number of reports in `buffer`, or minus the error number. */
    int await(Pointer buffer, int capacity) {
        int n = linux.libc.epoll_wait(epfd, buffer, capacity, -1);
        return n >= 0 ? n : -linux.errno();
    }

    long key(Pointer buffer, int index) {
        return buffer.getLong((long) index * linux.epollEventBytes + linux.epollDataOffset);
    }
}
