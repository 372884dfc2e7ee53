package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The best launcher this host supports: posix_spawn (exact exit signals, fastest respawn)
 * on glibc 2.34+, else ProcessBuilder with `setsid`.
 */
public final class ProcessLaunchers {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessLaunchers.class);

    private ProcessLaunchers() {
    }

    /**
     * Makes the native bindings (posix_spawn, pidfd_open, epoll, libpatrolspawn.so) ahead of the
     * first launcher, so a daemon can do it on a spare core while it reads its config. No process,
     * no thread; one file, the temporary copy of libpatrolspawn.so. Where a binding is
     * unavailable, the launcher finds that out again and says so.
     */
    public static void warmUp() {
        try {
            NativeSpawn.shared();
            LinuxNative.get();
            CloneSpawn.shared(); // null where it cannot load; the launcher says why
        } catch (IllegalStateException e) {
            // reported when the launcher is built
        }
    }

    /**
     * Binds jnr-posix's libc (signals, liveness probes, reaping) now instead of at its first
     * call. A daemon does it on a spare thread once it listens: it is ~0.3 s of CPU.
     */
    public static void bindPosix() {
        LazyPosix.bind();
    }

    /** Without cgroup containment. */
    public static ProcessLauncher forThisHost() {
        return forThisHost(Cgroups.off());
    }

    /** `cgroups` must be the instance the {@link JnrPosixProcesses} signaller uses. */
    public static ProcessLauncher forThisHost(Cgroups cgroups) {
        if (PosixSpawnLauncher.supported()) {
            LOG.info("launching apps with posix_spawn");
            return new PosixSpawnLauncher(new FilePidFiles(), cgroups);
        }
        LOG.warn("glibc 2.34+ not found: launching apps with ProcessBuilder and setsid;"
                + " deaths by signal are recorded as exit codes 128+N"
                + (cgroups.enabled() ? "; apps get no cgroup (containment needs posix_spawn)" : ""));
        return new ProcessBuilderLauncher();
    }
}
