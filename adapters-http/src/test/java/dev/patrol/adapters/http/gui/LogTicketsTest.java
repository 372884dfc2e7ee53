package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Read tickets: one app, limited life, bounded count. */
class LogTicketsTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final LogTickets tickets = new LogTickets(new SecureRandom(), Duration.ofNanos(100), 3, now::get);

    @Test
    void givenAnIssuedTicket_secretFor_returnsTheSecretForThatAppOnly() {
        String t = tickets.issue("Vault", "s3cret");
        assertEquals(Optional.of("s3cret"), tickets.secretFor(t, "vault"));
        assertEquals(Optional.empty(), tickets.secretFor(t, "web"));
        assertEquals(Optional.empty(), tickets.secretFor("made-up", "vault"));
        assertEquals(Optional.empty(), tickets.secretFor(null, "vault"));
        assertNotEquals(t, tickets.issue("vault", "s3cret"));
    }

    @Test
    void givenAnExpiredTicket_secretFor_isEmpty() {
        String t = tickets.issue("vault", "s3cret");
        now.addAndGet(99);
        assertEquals(Optional.of("s3cret"), tickets.secretFor(t, "vault"));
        now.addAndGet(1);
        assertEquals(Optional.empty(), tickets.secretFor(t, "vault"));
        assertEquals(0, tickets.size());
    }

    @Test
    void givenMoreTicketsThanTheLimit_issue_dropsTheOldest() {
        String first = tickets.issue("a", "1");
        tickets.issue("b", "2");
        tickets.issue("c", "3");
        String fourth = tickets.issue("d", "4");
        assertEquals(3, tickets.size());
        assertEquals(Optional.empty(), tickets.secretFor(first, "a"));
        assertEquals(Optional.of("4"), tickets.secretFor(fourth, "d"));
    }
}
