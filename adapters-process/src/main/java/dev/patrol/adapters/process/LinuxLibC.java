package dev.patrol.adapters.process;

import jnr.ffi.Pointer;

/**
 * The Linux calls the one-thread reaper needs (jnr-posix has neither pidfds nor epoll). Public
 * only because jnr-ffi implements it in its own class loader. Each returns -1 and sets errno
 * on failure.
 */
public interface LinuxLibC {
    /** syscall(2): only for pidfd_open, which glibc before 2.36 does not wrap. */
    long syscall(long number, long arg1, long arg2);

    int close(int fd);

    int epoll_create1(int flags);

    int epoll_ctl(int epfd, int op, int fd, Pointer event);

    int epoll_wait(int epfd, Pointer events, int maxEvents, int timeoutMillis);
}
