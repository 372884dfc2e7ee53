package dev.patrol.adapters.udp;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Replies (encode and send) run one at a time, in the order they were queued, by whichever
 * thread holds the turn. A thread that queues a reply while nothing else is pending runs it
 * itself: at a steady rate that saves a thread wake-up per datagram, which cost more CPU
 * than the send. Otherwise the sender thread is woken, and only if it may be asleep, so the
 * engine thread moves on and a backlog is sent without a wake-up per reply.
 */
final class ReplyQueue {
    /**
     * Most replies a helping thread sends before going back to its own work. One: the receiver
     * helps after each datagram it reads, and sending more than one reply per datagram read
     * would let the socket's buffer fill behind a backlog of replies.
     */
    static final int HELP_LIMIT = 1;

    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();
    private final AtomicBoolean wake = new AtomicBoolean();
    private final Thread sender;
    private volatile boolean stopped;

    ReplyQueue(String threadName) {
        sender = new Thread(this::senderLoop, threadName);
        sender.setDaemon(true);
    }

    void start() {
        sender.start();
    }

    /** Queues `reply`; runs it on this thread when `alone` (nothing else pending) and nobody is sending. */
    void add(Runnable reply, boolean alone) {
        queue.add(reply);
        if (!alone || !help(HELP_LIMIT)) {
            wakeSender();
        }
    }

    /**
     * Runs up to `max` queued replies here if no other thread is sending; true when the
     * queue was left empty. A caller that gets false and queued work must wake the sender.
     */
    boolean help(int max) {
        if (queue.isEmpty()) {
            return true;
        }
        if (!turn.tryLock()) {
            return false;
        }
        try {
            return runQueued(max);
        } finally {
            turn.unlock();
        }
    }

    /** Ends the sender thread; replies still queued are dropped. */
    void stop() {
        stopped = true;
        LockSupport.unpark(sender);
        queue.clear();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    private void wakeSender() {
        if (!wake.getAndSet(true)) {
            LockSupport.unpark(sender);
        }
    }

    private void senderLoop() {
        while (!stopped) {
            if (!wake.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            turn.lock();
            try {
                runQueued(Integer.MAX_VALUE);
            } finally {
                turn.unlock();
            }
        }
    }

    private boolean runQueued(int max) {
        for (int i = 0; i < max && !stopped; i++) {
            Runnable reply = queue.poll();
            if (reply == null) {
                return true;
            }
            reply.run();
        }
        return queue.isEmpty();
    }
}
