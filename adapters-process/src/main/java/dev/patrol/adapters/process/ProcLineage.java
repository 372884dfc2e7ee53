package dev.patrol.adapters.process;

import dev.patrol.ports.process.ProcessLineage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A process's ancestors, group and kernel-thread flag from /proc/PID/stat (fields 4, 5 and 9),
 * for deciding whether Patrol may signal it (product.md A8).
 */
final class ProcLineage {
    /** PF_KTHREAD in the flags field (include/linux/sched.h). */
    private static final long PF_KTHREAD = 0x00200000L;
    /** kthreadd, the parent of every kernel thread. */
    private static final long KTHREADD = 2;
    /** A chain longer than this is a loop read across a race (a PID reused mid-walk). */
    private static final int MAX_DEPTH = 256;

    private ProcLineage() {
    }

    /** `pid`'s lineage, `inAppCgroup` as given; {@link ProcessLineage#UNKNOWN} if /proc has no such process. */
    static ProcessLineage of(long pid, boolean inAppCgroup) {
        String[] f = ProcStat.fields(pid);
        if (f.length <= ProcStat.FLAGS) {
            return ProcessLineage.UNKNOWN;
        }
        long parent = ProcStat.number(f, ProcStat.PARENT);
        boolean kernel = pid == KTHREADD || parent == KTHREADD
                || (ProcStat.number(f, ProcStat.FLAGS) & PF_KTHREAD) != 0;
        return new ProcessLineage(ProcStat.number(f, ProcStat.PROCESS_GROUP), ancestorsFrom(parent), kernel,
                inAppCgroup);
    }

    /** `pid` and its ancestors up to PID 1. */
    static Set<Long> selfAndAncestors(long pid) {
        Set<Long> all = new LinkedHashSet<>();
        all.add(pid);
        all.addAll(ancestorsFrom(ProcStat.number(ProcStat.fields(pid), ProcStat.PARENT)));
        return all;
    }

    private static List<Long> ancestorsFrom(long parent) {
        List<Long> chain = new ArrayList<>();
        for (long p = parent; p > 0 && chain.size() < MAX_DEPTH && !chain.contains(p); ) {
            chain.add(p);
            p = p == 1 ? 0 : ProcStat.number(ProcStat.fields(p), ProcStat.PARENT);
        }
        return chain;
    }
}
