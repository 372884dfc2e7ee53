package dev.patrol.adapters.http.gui;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Read tickets for a protected app's logs. After a POST that carried the right secret, the
 * GUI hands out a random 128-bit ticket instead of repeating the secret in links (F11): the
 * ticket may appear in a `/logs/` link or a follow stream URL, reads only that app's logs,
 * and expires. The secret stays on the server, and every use re-checks it with the engine.
 */
final class LogTickets {
    /** Query parameter carrying a ticket. */
    static final String PARAM = "ticket";

    private record Grant(String appId, String secret, long expiresAt) {
    }

    private final SecureRandom random;
    private final long ttlNanos;
    private final int max;
    private final LongSupplier nanoTime;
    private final Map<String, Grant> grants = new LinkedHashMap<>();

    LogTickets(SecureRandom random, Duration ttl, int max, LongSupplier nanoTime) {
        this.random = random;
        this.ttlNanos = ttl.toNanos();
        this.max = max;
        this.nanoTime = nanoTime;
    }

    /** A new ticket for `appId`'s logs, holding `secret` until it expires. */
    synchronized String issue(String appId, String secret) {
        purge();
        while (grants.size() >= max) {
            Iterator<String> oldest = grants.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        grants.put(ticket, new Grant(key(appId), secret, nanoTime.getAsLong() + ttlNanos));
        return ticket;
    }

    /** The secret a live ticket holds for `appId`; empty for an unknown, expired or other app's ticket. */
    synchronized Optional<String> secretFor(String ticket, String appId) {
        if (ticket == null || ticket.isEmpty()) {
            return Optional.empty();
        }
        purge();
        Grant g = grants.get(ticket);
        return g != null && g.appId().equals(key(appId)) ? Optional.of(g.secret()) : Optional.empty();
    }

    synchronized int size() {
        return grants.size();
    }

    private void purge() {
        long now = nanoTime.getAsLong();
        grants.values().removeIf(g -> now - g.expiresAt() >= 0);
    }

    private static String key(String appId) {
        return appId == null ? "" : appId.toLowerCase(Locale.ROOT);
    }
}
