package dev.patrol.ports.testing;

import dev.patrol.ports.process.Liveness;
import dev.patrol.ports.process.LivenessProbe;
import dev.patrol.ports.process.ProcessIdentity;
import dev.patrol.ports.process.ProcessSignaller;
import dev.patrol.ports.process.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A pretend process table: which PIDs are alive, and every signal sent. */
public final class FakeProcessTable implements LivenessProbe, ProcessSignaller {
    /** One recorded signal; `group` when sent to a process group. */
    public record Sent(long pid, Signal signal, boolean group) {
    }

    private final Map<Long, Long> alive = new HashMap<>();
    private final Map<Long, ProcessIdentity> identities = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();

    public synchronized void alive(long pid, long startTime) {
        alive.put(pid, startTime);
    }

    public synchronized void dead(long pid) {
        alive.remove(pid);
        identities.remove(pid);
    }

    /** What a live PID runs, for pid-verify; unknown until set. */
    public synchronized void identity(long pid, ProcessIdentity identity) {
        identities.put(pid, identity);
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
