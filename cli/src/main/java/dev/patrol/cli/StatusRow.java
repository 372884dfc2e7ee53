package dev.patrol.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of `status`: an app or service of one daemon, with its resources when served. */
record StatusRow(String host, String group, String id, Snapshot s, Double cpuSeconds, Double memoryBytes) {
    boolean isApp() {
        return group.equals("app");
    }

    /** `web` for an app, `service/ssh` for a service: what the other commands take. */
    String label() {
        return isApp() ? id : "service/" + id;
    }

    String pid() {
        return isApp() && s.running() && s.pid() > 0 ? Long.toString(s.pid()) : "-";
    }

    Long uptimeSeconds(Instant now) {
        Instant started = s.startedAt();
        return started == null ? null : Math.max(0, Duration.between(started, now).getSeconds());
    }

    String uptime(Instant now) {
        Long u = uptimeSeconds(now);
        return u == null ? (s.running() ? "?" : "-") : Times.duration(Duration.ofSeconds(u));
    }

    String cpu() {
        return cpuSeconds == null ? "-" : String.format("%.1fs", cpuSeconds);
    }

    String memory() {
        return memoryBytes == null ? "-" : Bytes.human(memoryBytes);
    }

    String lastExit() {
        Snapshot.Past last = s.last();
        return last == null ? "-" : last.exit(isApp());
    }

    /** The `--json` form of this row. */
    Map<String, Object> json(Instant now, boolean withHost) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withHost) {
            m.put("url", host);
        }
        m.put("id", id);
        m.put("name", s.name());
        m.put("state", s.state());
        m.put("running", s.running());
        m.put("disabled", s.disabled());
        m.put("pid", isApp() && s.running() ? s.pid() : null);
        m.put("started", s.running() ? s.started() : null);
        m.put("uptime-seconds", uptimeSeconds(now));
        m.put("restarts", s.restarts());
        m.put("cpu-seconds", cpuSeconds);
        m.put("memory-bytes", memoryBytes);
        Snapshot.Past last = s.last();
        if (last == null) {
            m.put("last-exit", null);
        } else {
            Map<String, Object> e = new LinkedHashMap<>();
            if (isApp()) {
                e.put("exit-code", last.exitCode());
                e.put("signal", last.signal() > 0 ? last.signal() : null);
            }
            e.put("reason", last.reason().isEmpty() ? null : last.reason());
            e.put("stopped", last.stopped());
            m.put("last-exit", e);
        }
        return m;
    }
}
