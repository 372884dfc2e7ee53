#!/usr/bin/env bash
# Wall time of `patrolctl status` (bin/patrolctl, as a user runs it) against a daemon with N apps
# (issue #15), beside `patrolctl version` (start-up alone) and a plain `curl` of /status/.
# Usage: patrolctl-status.sh [N=500] [enabled]   (needs hyperfine: apt-get install -y hyperfine)
# Without `enabled` the N apps are disabled (they are still all in the table); with it they run `sleep`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-500}"
port=18431
work="$(mktemp -d)"
pid=
trap '[ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"' EXIT
ln -s /bin/sleep "$work/sleep"
python3 "$root/bench/scripts/make-config.py" "$n" "$port" 11259 "$work" "${2:-}" > "$work/config.json"
"$root/bin/patrol" --version > /dev/null      # builds the daemon jar and its archive outside the timing
"$root/bin/patrolctl" version > /dev/null     # builds the client jar and its archive outside the timing
"$root/bin/patrol" --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/status/"; do sleep 0.05; done
if [ "${2:-}" = enabled ]; then
  until [ "$(curl -sf "http://127.0.0.1:$port/status/" | grep -c '"pid": [1-9]')" -ge "$n" ]; do sleep 0.1; done
fi
rows=$("$root/bin/patrolctl" --url "http://127.0.0.1:$port" status | wc -l)
echo "apps=$n ${2:-disabled} status-rows=$((rows - 1)) status-bytes=$(curl -s "http://127.0.0.1:$port/status/" | wc -c)"
export PATROL_URL="http://127.0.0.1:$port"
hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-markdown "$work/result.md" \
  "$root/bin/patrolctl version" \
  "$root/bin/patrolctl status" \
  "$root/bin/patrolctl status --json" \
  "curl -s -o /dev/null http://127.0.0.1:$port/status/"
cat "$work/result.md"
