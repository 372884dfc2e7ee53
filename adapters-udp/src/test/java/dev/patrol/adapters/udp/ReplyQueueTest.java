package dev.patrol.adapters.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies run one at a time in the order they were queued, here when possible, else on the sender thread. */
class ReplyQueueTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private final ReplyQueue queue = new ReplyQueue("test-udp-sender");
    /** Each reply records "name@thread". */
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        queue.stop();
    }

    private Runnable reply(String name) {
        return () -> ran.add(name + "@" + Thread.currentThread().getName());
    }

    @Test
    void givenNobodySending_aReplyAddedAlone_runsOnTheAddingThread() {
        queue.start();

        queue.add(reply("a"), true);

        assertEquals(List.of("a@" + Thread.currentThread().getName()), ran, "ran before add returned");
        assertTrue(queue.isEmpty());
    }

    @Test
    void givenAReplyNotAlone_add_leavesItToTheSenderThread() {
        queue.start();

        queue.add(reply("a"), false);

        Await.until("the reply sent by the sender thread", () -> ran.equals(List.of("a@test-udp-sender")), ran::toString,
                WITHIN);
    }

    @Test
    void givenAnotherThreadSending_repliesAddedMeanwhile_followInOrderOnTheSenderThread() throws Exception {
        queue.start();
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> queue.add(() -> {
            ran.add("first");
            sending.countDown();
            awaitQuietly(release);
        }, true), "other");
        other.start();
        assertTrue(sending.await(5, TimeUnit.SECONDS), "the other thread is sending");

        queue.add(reply("second"), true); // the turn is taken: queued, not run here
        queue.add(reply("third"), true);
        assertEquals(List.of("first"), ran);
        release.countDown();

        Await.until("all three in order", () -> ran.size() == 3, ran::toString, WITHIN);
        assertEquals("first", ran.get(0));
        assertTrue(ran.get(1).startsWith("second@") && ran.get(2).startsWith("third@"), ran.toString());
        assertFalse(ran.get(1).endsWith("@" + Thread.currentThread().getName()), "not run by the adding thread");
        other.join(5_000);
    }

    @Test
    void givenQueuedReplies_help_runsAtMostTheLimitInOrder() {
        // Not started: nothing but help() runs the queue.
        for (int i = 0; i < 4; i++) {
            queue.add(reply("r" + i), false);
        }

        assertFalse(queue.help(3), "one left over");
        assertEquals(3, ran.size());
        assertTrue(ran.get(0).startsWith("r0@") && ran.get(2).startsWith("r2@"), ran.toString());
        assertTrue(queue.help(3), "the rest");
        assertEquals(4, ran.size());
        assertTrue(ran.get(3).startsWith("r3@"), ran.toString());
    }

    @Test
    void givenAStoppedQueue_queuedReplies_areDropped() {
        queue.add(reply("a"), false);

        queue.stop();

        assertTrue(queue.isEmpty());
        assertTrue(queue.help(ReplyQueue.HELP_LIMIT));
        assertEquals(List.of(), ran);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
