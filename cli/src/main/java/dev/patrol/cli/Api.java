package dev.patrol.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** `/api/` reads and toggles of one object (spec §6.9): reads by GET, changes by POST. */
final class Api {
    private final Http http;
    private final Target target;

    Api(Http http, Target target) {
        this.http = http;
        this.target = target;
    }

    /** The object now; reads never need the secret (spec §6.11). */
    Snapshot read() {
        return Snapshot.of(answer(http.get("/api/?" + target.query() + "&history=true")));
    }

    /**
     * Sends `toggle`, with the secret in the JSON body (the original reads only that) and in
     * the header; returns the state from before it (spec §5.5).
     */
    Snapshot toggle(int toggle) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("group", target.group());
        req.put("id", target.id());
        req.put("toggle", toggle);
        if (http.hasSecret()) {
            req.put("secret", http.secret());
        }
        Map<String, Object> m = answer(http.postJson("/api/", Json.encode(req).getBytes(StandardCharsets.UTF_8)));
        Snapshot before = Snapshot.of(m);
        if (before.secret() && !http.hasSecret()) {
            // Spec §6.2: without a secret the daemon answers read-only and changes nothing.
            throw Failure.refused(target + " is protected by a secret: set PATROL_SECRET or use --secret-file");
        }
        if (before.casInvalid()) {
            throw Failure.refused(target + ": the daemon did not apply the change (cas-invalid)");
        }
        return before;
    }

    private Map<String, Object> answer(Http.Reply r) {
        if (r.status() != 200 && r.status() != 400 && r.status() != 405) {
            throw Failure.refused(target + ": HTTP " + r.status() + " from " + http.base() + "/api/");
        }
        Map<String, Object> m = Json.object(r.body(), http.base() + "/api/");
        String error = Json.error(m);
        if (!error.isEmpty()) {
            throw Failure.refused(target + ": " + error);
        }
        return m;
    }
}
