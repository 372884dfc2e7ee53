package dev.patrol.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One app or service as an `/api/` answer or a `/status/` entry describes it (spec §6.4). */
record Snapshot(String name, String instanceId, long pid, String started, boolean disabled,
        boolean restart, boolean runOnce, boolean secret, boolean casInvalid, List<Past> history) {

    /** One history record (spec §6.6, plus Patrol's `signal` and `reason`). */
    record Past(String instanceId, long pid, String started, String stopped, long exitCode,
            long signal, String reason, boolean runOnce) {
        static Past of(Map<String, Object> m) {
            return new Past(Json.str(m, "instance-id"), Json.num(m, "pid"), Json.str(m, "started"),
                    Json.str(m, "stopped"), Json.num(m, "exit-code"), Json.num(m, "signal"),
                    Json.str(m, "reason"), Json.bool(m, "run-once"));
        }

        /** `0`, `1`, `SIGKILL`, with the reason Patrol ended it: `SIGTERM (execute-timeout)`. */
        String exit(boolean app) {
            String what = !app ? "" : signal > 0 ? Signals.name(signal) : Long.toString(exitCode);
            if (reason.isEmpty()) {
                return what.isEmpty() ? "-" : what;
            }
            return what.isEmpty() ? reason : what + " (" + reason + ")";
        }
    }

    @SuppressWarnings("unchecked")
    static Snapshot of(Map<String, Object> m) {
        List<Past> history = new ArrayList<>();
        for (Object h : Json.list(m, "history")) {
            if (h instanceof Map) {
                history.add(Past.of((Map<String, Object>) h));
            }
        }
        return new Snapshot(Json.str(m, "name"), Json.str(m, "instance-id"), Json.num(m, "pid"),
                Json.str(m, "started"), Json.bool(m, "disabled"), Json.bool(m, "restart"),
                Json.bool(m, "run-once"), Json.bool(m, "secret"), Json.bool(m, "cas-invalid"), history);
    }

    boolean running() {
        return !started.isEmpty();
    }

    Instant startedAt() {
        return Times.parse(started);
    }

    /** `running`, `stopping` (disabled, not gone yet), `disabled` or `stopped`; `+run-once`. */
    String state() {
        String s = running() ? (disabled ? "stopping" : "running") : disabled ? "disabled" : "stopped";
        return runOnce ? s + "+run-once" : s;
    }

    /** Launches after the first one that the kept history shows. */
    int restarts() {
        return running() ? history.size() : Math.max(0, history.size() - 1);
    }

    Past last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
