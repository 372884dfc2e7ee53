#!/usr/bin/env bash
# HTTP and UDP API benchmarks against the packaged daemon (issue 5). Loopback only, bounded.
# Usage: bench/scripts/run-wire.sh [all|http|udp]   (default all; http needs wrk: apt-get install wrk)
# Environment: JAR=path to a daemon fat jar (default bootstrap/target/patrol-bootstrap-*-all.jar);
#              JAVA_OPTS=extra JVM flags for the daemon (e.g. -XX:StartFlightRecording=...);
#              BUSY=N runs N CPU-spinning shell loops during the measurements, to compare
#              builds on a machine made "moderately busy" the same way each time (default 0);
#              LOAD=py drives UDP with udp-load.py instead of udp-load.c (compiled here with cc).
set -euo pipefail
mode="${1:-all}"
case "$mode" in all|http|udp) ;; *) echo "usage: $0 [all|http|udp]" >&2; exit 2;; esac
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${JAR:-$(ls "$root"/bootstrap/target/patrol-bootstrap-*-all.jar | head -n 1)}"
work="$(mktemp -d)"
spinners=()
cleanup() {
  for s in "${spinners[@]}"; do kill "$s" 2>/dev/null || true; done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"
}
trap cleanup EXIT
python3 "$root/bench/scripts/make-config.py" 50 18421 11248 / > "$work/config.json"
java ${JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED -jar "$jar" --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pid=$!
if [ "${LOAD:-c}" = py ]; then
  udp_load() { python3 "$root/bench/scripts/udp-load.py" "$@"; }
else
  cc -O2 -pthread -o "$work/udp-load" "$root/bench/scripts/udp-load.c"
  udp_load() { "$work/udp-load" "$@"; }
fi
# The daemon's CPU time (user + system) around one UDP run, per datagram sent: the cost that
# decides how much load the daemon keeps up with when it gets only part of the 2 cores.
udp_run() {
  local before after
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  udp_load 11248 "$1" "$2"
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$1" \
    'BEGIN { printf "daemon CPU %.2f s, %.1f us per datagram sent\n", t / hz, 1e6 * t / hz / n }'
}
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18421/status/ >/dev/null && break; sleep 0.1; done
for _ in $(seq 1 "${BUSY:-0}"); do bash -c 'while :; do :; done' & spinners+=($!); done
echo "== jar $jar, ${BUSY:-0} spinning loops, UDP load tool ${LOAD:-c}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$mode" != udp ]; then
  echo "== warm-up"; wrk -t2 -c16 -d5s 'http://127.0.0.1:18421/api/?group=app&id=web' >/dev/null
  echo "== GET /api/?group=app&id=web, 16 connections";  wrk -t2 -c16 -d10s 'http://127.0.0.1:18421/api/?group=app&id=web'
  echo "== POST /api/ ping, 16 connections";             wrk -t2 -c16 -d10s -s "$root/bench/scripts/ping.lua" 'http://127.0.0.1:18421/api/'
  echo "== GET /status/ (52 apps), 1 connection";         wrk -t1 -c1 -d10s 'http://127.0.0.1:18421/status/'
  echo "== GET /status/ (52 apps), 16 connections";       wrk -t2 -c16 -d10s 'http://127.0.0.1:18421/status/'
fi
if [ "$mode" != http ]; then
  if [ "$mode" = udp ]; then
    # Without the HTTP runs before it, the JIT would still be compiling during the figures.
    echo "== UDP warm-up (500000 at 25000/s)";         udp_load 11248 500000 25000 >/dev/null
  fi
  echo "== UDP pings flat out (200000)";                  udp_run 200000 0
  echo "== UDP pings paced at 50000/s (250000)";          udp_run 250000 50000
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # The listener's drop warnings (rate-limited) and its counters, logged when it stops.
  grep -h "udp:\|udp stopped" "$work/daemon.log" | tail -n 5 || true
fi
