package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.HistoryRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A short digest of what the GUI tables show. `lastseen` is left out on purpose: a running
 * PID_PATROL app reports "now" and HTTP apps ping constantly, so including it would make
 * every poll a change. Uptimes tick in the browser instead.
 */
final class StateVersion {
    private StateVersion() {
    }

    static String of(ApiStatus s) {
        StringBuilder b = new StringBuilder(256);
        b.append(epoch(s.started())).append('|').append(s.shutdown()).append('\n');
        append(b, "a", s.apps());
        append(b, "s", s.services());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static void append(StringBuilder b, String kind, Map<String, ApiResponse> m) {
        new TreeMap<>(m).forEach((id, r) -> {
            List<HistoryRecord> h = r.history();
            b.append(kind).append(':').append(id).append('|').append(r.name()).append('|').append(r.pid())
                    .append('|').append(epoch(r.started())).append('|').append(r.instanceId())
                    .append('|').append(r.disabled()).append(r.restart()).append(r.runOnce()).append(r.secret())
                    .append('|').append(h.size()).append('|')
                    .append(h.isEmpty() ? "" : epoch(h.get(h.size() - 1).stopped()))
                    .append('|').append(r.keyValue().hashCode())
                    .append('|').append(r.launchError() == null ? "" : r.launchError().toString()).append('\n');
        });
    }

    private static String epoch(Instant i) {
        return i == null ? "-" : i.toString();
    }
}
