package dev.patrol.ports.process;

import java.util.List;

/**
 * Where a live process sits, for deciding whether Patrol may signal it (product.md A8): its
 * process group, its ancestors (parent first, up to PID 1), whether it is a kernel thread, and
 * whether it lies in the cgroup of the app asked about. {@link #UNKNOWN} proves nothing.
 */
public record ProcessLineage(long processGroup, List<Long> ancestors, boolean kernelThread, boolean inAppCgroup) {
    public static final ProcessLineage UNKNOWN = new ProcessLineage(0, List.of(), false, false);

    public ProcessLineage {
        ancestors = List.copyOf(ancestors);
    }

    /** True when `pid` is this process's parent, grandparent, … */
    public boolean descendsFrom(long pid) {
        return pid > 0 && ancestors.contains(pid);
    }
}
