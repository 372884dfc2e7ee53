#!/usr/bin/env bash
# HTTP and UDP API benchmarks against the packaged daemon (issue 5). Loopback only, bounded.
# Usage: bench/scripts/run-wire.sh   (needs wrk: apt-get install wrk)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$(ls "$root"/bootstrap/target/patrol-bootstrap-*-all.jar | head -n 1)"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$root/bench/scripts/make-config.py" 50 18421 11248 / > "$work/config.json"
java --enable-native-access=ALL-UNNAMED -jar "$jar" --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18421/status/ >/dev/null && break; sleep 0.1; done
echo "== warm-up"; wrk -t2 -c16 -d5s 'http://127.0.0.1:18421/api/?group=app&id=web' >/dev/null
echo "== GET /api/?group=app&id=web, 16 connections";  wrk -t2 -c16 -d10s 'http://127.0.0.1:18421/api/?group=app&id=web'
echo "== POST /api/ ping, 16 connections";             wrk -t2 -c16 -d10s -s "$root/bench/scripts/ping.lua" 'http://127.0.0.1:18421/api/'
echo "== GET /status/ (52 apps), 1 connection";         wrk -t1 -c1 -d10s 'http://127.0.0.1:18421/status/'
echo "== GET /status/ (52 apps), 16 connections";       wrk -t2 -c16 -d10s 'http://127.0.0.1:18421/status/'
echo "== UDP pings flat out (200000)";                  python3 "$root/bench/scripts/udp-load.py" 11248 200000 0
echo "== UDP pings paced at 50000/s (250000)";          python3 "$root/bench/scripts/udp-load.py" 11248 250000 50000
