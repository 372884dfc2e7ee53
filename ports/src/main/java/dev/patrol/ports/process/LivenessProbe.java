package dev.patrol.ports.process;

/** Asks the OS whether a PID is alive and which process it is (product.md F3). */
public interface LivenessProbe {
    Liveness probe(long pid);

    /** The process start time (clock ticks since boot, /proc/PID/stat field 22); 0 if unknown. */
    long startTime(long pid);

    /** The executable and argv[0] of a process, for `pid-verify`; {@link ProcessIdentity#UNKNOWN} if unknown. */
    ProcessIdentity identity(long pid);
}
