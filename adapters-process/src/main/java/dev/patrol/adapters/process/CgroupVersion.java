package dev.patrol.adapters.process;

import java.nio.file.Path;

/**
 * What differs between the cgroup hierarchies Patrol can contain apps in: cgroup v2
 * ({@link CgroupV2}, preferred) and the v1 `pids` hierarchy ({@link CgroupV1Pids}, where v2 is
 * unusable). Everything else (cgroup.procs, sub-cgroups, rmdir) works alike in both.
 */
interface CgroupVersion {
    /** For the log and operators: "v2" or "v1 pids". */
    String label();

    /** The cgroup directory that `procCgroup` (a /proc/PID/cgroup file) names in this hierarchy, or why none. */
    CgroupProbe.Found find(Path mounts, Path procCgroup);

    /** Null when `root`, just created, is a cgroup of this hierarchy that Patrol can empty; else why not. */
    String whyUnusable(Path root);

    /** True while a process runs in `cg` or a sub-cgroup. */
    boolean populated(AppCgroup cg);

    /** SIGKILLs every process in `cg` and its sub-cgroups; false when it held none. */
    boolean kill(AppCgroup cg);
}
