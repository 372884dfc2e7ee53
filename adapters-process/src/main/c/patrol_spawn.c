/*
 * patrol_spawn: posix_spawn straight into a cgroup, for glibc before 2.39 (which lacks
 * posix_spawnattr_setcgroup_np). A clone3(CLONE_VM | CLONE_VFORK | CLONE_INTO_CGROUP) child on
 * its own stack, as glibc's __spawni does: the child is born in the cgroup, so entering it takes
 * cgroup_threadgroup_rwsem for reading only and never waits for an RCU grace period, as a write
 * to cgroup.procs does. The child does only async-signal-safe work (raw system calls and libc's
 * thin syscall wrappers; no malloc, no locks) and then execs; it shares the parent's memory, so
 * it reports a failure through `failure` before _exit(127), and the parent (suspended until the
 * exec or exit, by CLONE_VFORK) reaps it and returns the error.
 *
 * x86_64 only: the clone3 entry below is assembly (the child must not return through a stack
 * frame of the parent). Elsewhere this file does not compile and Patrol keeps its /bin/sh
 * trampoline.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#if !defined(__x86_64__)
#error "patrol_spawn supports x86_64 only"
#endif

#define CHILD_STACK (64 * 1024)
#define SYS_CLONE3 435
#define SYS_CLOSE_RANGE 436
#define INTO_CGROUP 0x200000000ULL /* CLONE_INTO_CGROUP, Linux 5.7 */
#define KERNEL_SIGSET 8            /* bytes of the kernel's sigset: signals 1-64 */

/* struct clone_args up to `cgroup` (CLONE_ARGS_SIZE_VER2, 88 bytes). */
struct clone_args3 {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid,
        set_tid_size, cgroup;
};

/* The kernel's struct sigaction on x86_64 (no glibc filtering of its internal signals 32, 33). */
struct kernel_sigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint64_t mask;
};

struct child {
    const char *path;
    char *const *argv;
    char *const *envp;
    const char *out, *err, *dir;
    int merged, log_flags, log_mode, own_group;
    volatile int started; /* 1 once the child runs: see KILLED_AT_BIRTH */
    volatile int failure; /* errno of the step that failed in the child; 0 when it exec'd */
};

/* long clone3_run(struct clone_args3 *args, size_t size, int (*fn)(void *), void *arg): as glibc's
 * __clone3, the child calls fn(arg) on its new stack and exits with its result. */
long patrol_clone3_run(struct clone_args3 *, size_t, int (*)(void *), void *);
__asm__(".text\n"
        ".globl patrol_clone3_run\n"
        ".hidden patrol_clone3_run\n"
        ".type patrol_clone3_run,@function\n"
        "patrol_clone3_run:\n"
        "  mov %rcx, %r8\n"        /* arg survives the syscall in r8 (rcx does not) */
        "  mov $435, %eax\n"
        "  syscall\n"
        "  test %rax, %rax\n"
        "  jz 1f\n"
        "  ret\n"                   /* parent: PID or -errno */
        "1:\n"
        "  xor %ebp, %ebp\n"
        "  and $-16, %rsp\n"
        "  mov %r8, %rdi\n"
        "  call *%rdx\n"
        "  mov %rax, %rdi\n"
        "  mov $231, %eax\n"        /* exit_group */
        "  syscall\n"
        "  hlt\n"
        ".size patrol_clone3_run, .-patrol_clone3_run\n");

static int sigmask_all(uint64_t *old) {
    uint64_t all = ~0ULL;
    return (int) syscall(SYS_rt_sigprocmask, SIG_SETMASK, &all, old, KERNEL_SIGSET);
}

/* Opens `file` (or /dev/null) onto `fd`, as posix_spawn_file_actions_addopen does. */
static int open_onto(int fd, const char *file, int flags, int mode) {
    int got = open(file == NULL ? "/dev/null" : file, flags, mode);
    if (got < 0) {
        return -1;
    }
    if (got != fd) {
        if (dup2(got, fd) < 0) {
            return -1;
        }
        close(got);
    }
    return 0;
}

/* Closes every descriptor >= 3: close_range (Linux 5.9), else by reading /proc/self/fd. */
static int close_from_3(void) {
    if (syscall(SYS_CLOSE_RANGE, 3U, ~0U, 0) == 0) {
        return 0;
    }
    char buf[4096];
    for (;;) {
        int dirfd = open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirfd < 0) {
            return -1;
        }
        int closed = 0;
        long n;
        while ((n = syscall(SYS_getdents64, dirfd, buf, sizeof buf)) > 0) {
            for (long off = 0; off < n;) {
                unsigned short reclen = *(unsigned short *) (buf + off + 16);
                const char *name = buf + off + 19;
                int fd = 0;
                for (const char *c = name; *c >= '0' && *c <= '9'; c++) {
                    fd = fd * 10 + (*c - '0');
                }
                if (name[0] >= '0' && name[0] <= '9' && fd >= 3 && fd != dirfd) {
                    close(fd);
                    closed = 1;
                }
                off += reclen;
            }
        }
        close(dirfd);
        if (n < 0) {
            return -1;
        }
        if (!closed) {
            return 0; /* a pass that closed nothing saw them all gone */
        }
    }
}

/* In the child: the order of glibc's __spawni_child, then execve. */
static int child_main(void *arg) {
    struct child *c = arg;
    c->started = 1;
    struct kernel_sigaction dfl;
    memset(&dfl, 0, sizeof dfl); /* SIG_DFL */
    for (int sig = 1; sig <= 64; sig++) { /* the JVM's handlers must not run in here */
        if (sig != SIGKILL && sig != SIGSTOP) {
            syscall(SYS_rt_sigaction, sig, &dfl, NULL, KERNEL_SIGSET);
        }
    }
    if (c->own_group && setpgid(0, 0) != 0) {
        goto fail;
    }
    if (open_onto(0, NULL, O_RDONLY, 0) != 0 || open_onto(1, c->out, c->log_flags, c->log_mode) != 0) {
        goto fail;
    }
    if (c->merged ? dup2(1, 2) < 0 : open_onto(2, c->err, c->log_flags, c->log_mode) != 0) {
        goto fail;
    }
    if (c->dir != NULL && chdir(c->dir) != 0) {
        goto fail;
    }
    if (close_from_3() != 0) {
        goto fail;
    }
    uint64_t none = 0;
    if (syscall(SYS_rt_sigprocmask, SIG_SETMASK, &none, NULL, KERNEL_SIGSET) != 0) {
        goto fail;
    }
    execve(c->path, c->argv, c->envp);
fail:
    c->failure = errno != 0 ? errno : EINVAL;
    _exit(127);
}

/*
 * Spawns `path` into the cgroup directory `cgroup`: stdin /dev/null, stdout `out` and stderr
 * `err` (NULL: /dev/null; `merged`: stderr is stdout) opened with `log_flags` and `log_mode`,
 * working directory `dir` (NULL: unchanged), its own process group if `own_group`, default
 * dispositions and an empty mask for every signal, no descriptor beyond 0-2.
 * Returns the PID, or minus the error number; *where is then 1 when no child was made (the
 * cgroup, the stack, clone3 itself), 2 when the child failed before or in execve, and 3 when the
 * kernel killed it before it ran (-ESRCH). Linux 6.18 does that to every child cloned into a
 * cgroup that has ever been killed through cgroup.kill (its kill_seq differs from the parent
 * cgroup's); a fresh cgroup of the same name works again.
 */
int patrol_spawn(const char *path, char *const argv[], char *const envp[], const char *out,
                 const char *err, int merged, int log_flags, int log_mode, const char *dir,
                 int own_group, const char *cgroup, int *where) {
    struct child c = {path, argv, envp, out, err, dir, merged, log_flags, log_mode, own_group, 0, 0};
    *where = 1;
    int cgfd = open(cgroup, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (cgfd < 0) {
        return -errno;
    }
    void *stack = mmap(NULL, CHILD_STACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK,
                       -1, 0);
    if (stack == MAP_FAILED) {
        int e = errno;
        close(cgfd);
        return -e;
    }
    struct clone_args3 args;
    memset(&args, 0, sizeof args);
    args.flags = CLONE_VM | CLONE_VFORK | INTO_CGROUP;
    args.exit_signal = SIGCHLD;
    args.stack = (uint64_t) (uintptr_t) stack;
    args.stack_size = CHILD_STACK;
    args.cgroup = (uint64_t) cgfd;
    uint64_t mask;
    sigmask_all(&mask); /* no handler of the JVM may run on the child's stack */
    long pid = patrol_clone3_run(&args, sizeof args, child_main, &c);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &mask, NULL, KERNEL_SIGSET);
    munmap(stack, CHILD_STACK);
    close(cgfd);
    if (pid < 0) {
        return (int) pid;
    }
    if (!c.started || c.failure != 0) {
        int status;
        while (waitpid((pid_t) pid, &status, 0) < 0 && errno == EINTR) {
        }
        *where = c.started ? 2 : 3;
        return c.started ? -c.failure : -ESRCH;
    }
    *where = 0;
    return (int) pid;
}
