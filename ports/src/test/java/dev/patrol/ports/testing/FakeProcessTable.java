package dev.patrol.ports.testing;

import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;
import dev.patrol.ports.process.ProcessLineage;
import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.process.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A pretend process table: which PIDs are alive, and every signal sent. */
public final class FakeProcessTable implements LivenessProbe, ProcessSignaller {
    /** One recorded signal; `group` when sent to a process group. */
    public record Sent(long pid, Signal signal, boolean group) {
    }

    private final Map<Long, Long> alive = new HashMap<>();
    private final Map<Long, ProcessIdentity> identities = new HashMap<>();
    private final Map<Long, ProcessLineage> lineages = new HashMap<>();
    private final Map<Long, String> cgroupOf = new HashMap<>();
    private final Set<Long> daemon = new HashSet<>();
    private final List<Sent> sent = new ArrayList<>();

    /** `pid` lives; a new start time is a new process, which knows nothing of the old one's place. */
    public synchronized void alive(long pid, long startTime) {
        Long before = alive.put(pid, startTime);
        if (before != null && before != startTime) {
            identities.remove(pid);
            lineages.remove(pid);
            cgroupOf.remove(pid);
        }
    }

    public synchronized void dead(long pid) {
        alive.remove(pid);
        identities.remove(pid);
        lineages.remove(pid);
        cgroupOf.remove(pid);
    }

    /** What a live PID runs, for pid-verify; unknown until set. */
    public synchronized void identity(long pid, ProcessIdentity identity) {
        identities.put(pid, identity);
    }

    /** Where a live PID sits in the process tree; unknown until set. */
    public synchronized void lineage(long pid, ProcessLineage lineage) {
        lineages.put(pid, lineage);
    }

    /** A live PID inside app `appId`'s cgroup. */
    public synchronized void inCgroupOf(long pid, String appId) {
        cgroupOf.put(pid, appId);
    }

    /** The daemon's PID and its ancestors, which nothing may signal. */
    public synchronized void daemon(Long... pids) {
        daemon.clear();
        daemon.addAll(List.of(pids));
    }

    @Override
    public synchronized ProcessLineage lineage(long pid, String appId) {
        if (!alive.containsKey(pid)) {
            return ProcessLineage.UNKNOWN;
        }
        ProcessLineage l = lineages.getOrDefault(pid, ProcessLineage.UNKNOWN);
        boolean inCgroup = appId.equals(cgroupOf.get(pid));
        return new ProcessLineage(l.processGroup(), l.ancestors(), l.kernelThread(), inCgroup);
    }

    @Override
    public synchronized Set<Long> daemonAndAncestors() {
        return Set.copyOf(daemon);
    }

    @Override
    public synchronized Liveness probe(long pid) {
        return alive.containsKey(pid) ? Liveness.ALIVE : Liveness.DEAD;
    }

    @Override
    public synchronized long startTime(long pid) {
        return alive.getOrDefault(pid, 0L);
    }

    @Override
    public synchronized ProcessIdentity identity(long pid) {
        return alive.containsKey(pid) ? identities.getOrDefault(pid, ProcessIdentity.UNKNOWN) : ProcessIdentity.UNKNOWN;
    }

    @Override
    public synchronized boolean signal(long pid, Signal signal) {
        sent.add(new Sent(pid, signal, false));
        return alive.containsKey(pid);
    }

    @Override
    public synchronized boolean signalGroup(long pgid, Signal signal) {
        sent.add(new Sent(pgid, signal, true));
        return alive.containsKey(pgid);
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized void clearSent() {
        sent.clear();
    }
}
