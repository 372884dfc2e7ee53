package dev.patrol.domain.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Named one-shot timers on the monotonic clock. Arming a name again replaces its timer;
 * cancelled timers are dropped lazily. Engine-thread only.
 */
final class Timers {
    private record Entry(long deadline, long seq, String name, Runnable action) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            (a, b) -> a.deadline != b.deadline ? Long.compare(a.deadline, b.deadline) : Long.compare(a.seq, b.seq));
    private final Map<String, Entry> live = new HashMap<>();
    private long seq;

    void arm(String name, long deadline, Runnable action) {
        Entry e = new Entry(deadline, seq++, name, action);
        live.put(name, e);
        queue.add(e);
    }

    void cancel(String name) {
        live.remove(name);
    }

    boolean armed(String name) {
        return live.containsKey(name);
    }

    /** The earliest live deadline, or Long.MAX_VALUE when nothing is armed. */
    long next() {
        prune();
        Entry e = queue.peek();
        return e == null ? Long.MAX_VALUE : e.deadline;
    }

    /** Runs every timer due at `now`, in deadline order, including ones armed while running. */
    void fire(long now) {
        while (true) {
            prune();
            Entry e = queue.peek();
            if (e == null || e.deadline - now > 0) {
                return;
            }
            queue.poll();
            live.remove(e.name);
            e.action.run();
        }
    }

    private void prune() {
        while (!queue.isEmpty() && live.get(queue.peek().name) != queue.peek()) {
            queue.poll();
        }
    }
}
