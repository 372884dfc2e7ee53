#!/usr/bin/env bash
# Daemon start to the first /status/ answer, with N apps (issue 6). Usage: run-startup.sh N
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$(ls "$root"/bootstrap/target/patrol-bootstrap-*-all.jar | head -n 1)"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 "$root/bench/scripts/make-config.py" "$1" 18422 11249 / > "$work/config.json"
start=$(date +%s%N)
java --enable-native-access=ALL-UNNAMED -jar "$jar" --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null http://127.0.0.1:18422/status/; do sleep 0.005; done
end=$(date +%s%N)
echo "apps=$1 start-to-first-status=$(( (end - start) / 1000000 )) ms"
