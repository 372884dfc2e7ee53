#!/usr/bin/env bash
# Patrol beside the original Go build (/work/shared/reference/patrol-go), on the same generated
# config, one after the other in one sitting; prints one table of ratios (issue #17).
# Usage: side-by-side.sh [quick]   quick: ~3 minutes; default: ~6 minutes.
# SETTLE, IDLE and LOAD (seconds) and APPS override the run length and size. The phases alternate
# (Patrol, Go, Patrol, Go, ...) so both daemons see the same minutes of a shared host.
# Patrol starts through bin/patrol (PATROL_JAVA / PATROL_JAVA_OPTS apply); wrk must be installed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ "${1:-}" = quick ]; then
  : "${SETTLE:=5}" "${IDLE:=20}" "${LOAD:=15}"
else
  : "${SETTLE:=10}" "${IDLE:=60}" "${LOAD:=60}"
fi
: "${APPS:=500}"
command -v wrk >/dev/null || { echo "side-by-side: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
[ -x "${PATROL_GO:-/work/shared/reference/patrol-go}" ] || { echo "side-by-side: no Go build (PATROL_GO)" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/bin/patrol" --version >/dev/null   # builds the jar and its class archive outside the figures
echo "side-by-side: apps=$APPS settle=${SETTLE}s idle=${IDLE}s load=${LOAD}s; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%FT%TZ)" >&2
for phase in start1 idle load; do
  for kind in patrol go; do
    echo "side-by-side: $kind $phase..." >&2
    python3 "$root/bench/scripts/footprint.py" "$kind" "$phase" --apps "$APPS" --settle "$SETTLE" \
        --idle "$IDLE" --load "$LOAD" > "$out/$kind-$phase.json"
  done
done
echo "side-by-side: done, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$out" "$APPS" "$LOAD" <<'EOF'
import json, sys
d, apps, load = sys.argv[1], sys.argv[2], sys.argv[3]
r = {(k, p): json.load(open(f"{d}/{k}-{p}.json")) for k in ("patrol", "go") for p in ("start1", "idle", "load")}
rows = [
    ("RSS idle, 1 app (MiB)", "start1", "rss_idle_mib"),
    (f"RSS idle, {apps} apps (MiB)", "idle", "rss_idle_mib"),
    (f"RSS peak during {load} s wrk c16 /api/ + c16 /status/ (MiB)", "load", "rss_during_load_peak_mib"),
    ("RSS after that load (MiB)", "load", "rss_after_load_mib"),
    (f"idle CPU, {apps} apps (ms per minute)", "idle", "idle_cpu_ms_per_min"),
    (f"idle wake-ups, {apps} apps (per second, all threads)", "idle", "idle_wakeups_per_s"),
    ("GET /api/ c16, 2 s after the first answer (req/s)", "load", "api_c16_cold"),
    ("GET /api/ c16, warm (req/s)", "load", "api_c16_warm"),
    (f"GET /status/ c1, {apps} apps (req/s)", "load", "status_c1"),
    ("start-up to the first /status/, 1 app (ms)", "start1", "startup_ms"),
    (f"start-up to the first /status/, {apps} apps (ms)", "idle", "startup_ms"),
]
print("| figure | Patrol | Go | Patrol / Go |")
print("|---|---:|---:|---:|")
for name, phase, key in rows:
    p, g = r[("patrol", phase)][key], r[("go", phase)][key]
    ratio = "%.2f" % (p / g) if g else "—"
    print(f"| {name} | {p:,} | {g:,} | {ratio} |")
print(f"\nPatrol's /events client stayed connected during the load: {r[('patrol', 'load')]['sse_client_alive']}"
      " (the original has no /events: its GUI needs templates that are not shipped).")
EOF
