package dev.patrol.ports.process;

import java.util.Set;

/** Asks the OS whether a PID is alive and which process it is (product.md F3). */
public interface LivenessProbe {
    Liveness probe(long pid);

    /** The process start time (clock ticks since boot, /proc/PID/stat field 22); 0 if unknown. */
    long startTime(long pid);

    /** The executable and argv[0] of a process, for `pid-verify`; {@link ProcessIdentity#UNKNOWN} if unknown. */
    ProcessIdentity identity(long pid);

    /**
     * The place of `pid` in the process tree, and whether it is in app `appId`'s cgroup (false
     * where containment is off); {@link ProcessLineage#UNKNOWN} when the OS will not say.
     */
    ProcessLineage lineage(long pid, String appId);

    /** The daemon's own PID and its ancestors' up to PID 1: processes Patrol never signals. */
    Set<Long> daemonAndAncestors();
}
