#!/usr/bin/env bash
# Slow-client benchmark (issue 12): /status/, /api/ and UDP latency of a normal client while
# 0, 500 and 2000 hostile connections (slow headers, slow bodies, stalled SSE readers) are
# held open against the packaged daemon. Loopback only; each level runs SECONDS_PER_LEVEL (default 20).
# Usage: bench/scripts/run-slow-clients.sh [LEVEL...]   (default: 0 500 2000)
# Environment: JAR=daemon fat jar (default bootstrap/target/patrol-bootstrap-*-all.jar), SECONDS_PER_LEVEL.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="${JAR:-$(ls "$root"/bootstrap/target/patrol-bootstrap-*-all.jar | head -n 1)}"
levels=("$@"); [ ${#levels[@]} -gt 0 ] || levels=(0 500 2000)
work="$(mktemp -d)"
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
javac -d "$work/classes" "$root/bench/src/main/java/dev/patrol/bench/SlowClientLoad.java" \
  "$root/bench/src/main/java/dev/patrol/bench/Stats.java"
free_port() { python3 -c "import socket; s=socket.socket(socket.AF_INET, socket.$1); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"; }
http=$(free_port SOCK_STREAM); udp=$(free_port SOCK_DGRAM) # other benchmarks may hold fixed ports
python3 "$root/bench/scripts/make-config.py" 50 "$http" "$udp" / > "$work/config.json"
echo "ulimit -n: soft $(ulimit -Sn), hard $(ulimit -Hn)"
java --enable-native-access=ALL-UNNAMED -jar "$jar" --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$http/status/" >/dev/null && break; sleep 0.1; done
kill -0 "$pid" || { echo "the daemon did not start:" >&2; cat "$work/daemon.log" >&2; exit 1; }
for n in "${levels[@]}"; do
  echo "== $n hostile connections, ${SECONDS_PER_LEVEL:-20} s"
  java -cp "$work/classes" dev.patrol.bench.SlowClientLoad "$http" "$udp" "$n" "${SECONDS_PER_LEVEL:-20}" "$pid"
  sleep 12 # let the daemon cut off the last tricklers before the next level
done
grep -i -E "warn|error" "$work/daemon.log" | tail -n 5 || true
