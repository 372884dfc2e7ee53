#!/usr/bin/env bash
# Daemon start (bin/patrol, as an operator runs it) to the first /status/ answer, and to every
# app running, with N apps (issue #6). Usage: run-startup.sh N [enabled]
# Without `enabled` the N apps are disabled; with it they are launched (`sleep`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
pid=
trap '[ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"' EXIT
ln -s /bin/sleep "$work/sleep"
python3 "$root/bench/scripts/make-config.py" "$1" 18422 11249 "$work" "${2:-}" > "$work/config.json"
"$root/bin/patrol" --version > /dev/null   # builds the jar and its class archive outside the timing
start=$(date +%s%N)
"$root/bin/patrol" ${PATROL_ARGS:-} --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null http://127.0.0.1:18422/status/; do sleep 0.005; done
first=$(date +%s%N)
# CPU time the daemon used until then (utime + stime, clock ticks): less noisy than wall time on a busy host.
ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
line="apps=$1 ${2:-disabled} first-status=$(( (first - start) / 1000000 )) ms cpu=$(( ticks * 1000 / $(getconf CLK_TCK) )) ms"
if [ "${2:-}" = enabled ]; then
  # Every app has a PID once its "pid" in /status/ is non-zero.
  until [ "$(curl -sf http://127.0.0.1:18422/status/ | grep -c '"pid": [1-9]')" -ge "$1" ]; do sleep 0.01; done
  line="$line all-running=$(( ($(date +%s%N) - start) / 1000000 )) ms"
fi
echo "$line"
