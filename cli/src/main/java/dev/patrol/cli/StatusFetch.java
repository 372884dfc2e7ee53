package dev.patrol.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one daemon for `status`: `/status/` (which carries each object's history, spec §6.5)
 * and, when the daemon serves it, `/resources/` for CPU and memory (the original never does).
 */
final class StatusFetch {
    /** One daemon's rows, or the one-line reason it could not be read. */
    record Result(String host, List<StatusRow> rows, Failure failure) {
    }

    private StatusFetch() {
    }

    static Result fetch(Http http) {
        try {
            Http.Reply r = http.get("/status/");
            if (r.status() != 200) {
                throw Failure.refused(http.base() + ": /status/ answered HTTP " + r.status());
            }
            Map<String, Object> status = Json.object(r.body(), http.base() + "/status/");
            Map<String, Object> resources = resources(http);
            List<StatusRow> rows = new ArrayList<>();
            add(rows, http.base(), "app", Json.obj(status, "apps"), Json.obj(resources, "apps"));
            add(rows, http.base(), "service", Json.obj(status, "service"), Json.obj(resources, "services"));
            return new Result(http.base(), rows, null);
        } catch (Failure f) {
            return new Result(http.base(), List.of(), f);
        }
    }

    /** `GET /resources/` when it answers 200 with JSON; otherwise nothing (shown as `-`). */
    private static Map<String, Object> resources(Http http) {
        Http.Reply r = http.get("/resources/", Map.of("Accept", "application/json"));
        if (r.status() != 200) {
            return Map.of();
        }
        try {
            return Json.object(r.body(), "/resources/");
        } catch (Failure notJson) {
            return Map.of(); // a static file or page of that name, not the endpoint
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(List<StatusRow> rows, String host, String group, Map<String, Object> entries,
            Map<String, Object> resources) {
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            if (!(e.getValue() instanceof Map)) {
                continue;
            }
            Map<String, Object> res = Json.obj(resources, e.getKey());
            rows.add(new StatusRow(host, group, e.getKey(), Snapshot.of((Map<String, Object>) e.getValue()),
                    Json.optNum(res, "cpu-seconds"), Json.optNum(res, "memory-bytes")));
        }
    }
}
