#!/usr/bin/env bash
# Side by side (issue #15): `patrolctl status` against Patrol and `supervisorctl status` against
# supervisord, each supervising N stopped programs, in one hyperfine series.
# Usage: patrolctl-vs-supervisorctl.sh [N=500]  (needs: apt-get install -y hyperfine supervisor)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n="${1:-500}"
port=18451
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
ln -s /bin/sleep "$work/sleep"
python3 "$root/bench/scripts/make-config.py" "$n" "$port" 11269 "$work" > "$work/config.json"
{
  printf '[unix_http_server]\nfile=%s/supervisor.sock\n\n' "$work"
  printf '[supervisord]\nlogfile=%s/supervisord.log\npidfile=%s/supervisord.pid\nnodaemon=true\n\n' "$work" "$work"
  printf '[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n'
  printf '[supervisorctl]\nserverurl=unix://%s/supervisor.sock\n\n' "$work"
  for i in $(seq 0 $((n - 1))); do
    printf '[program:app%04d]\ncommand=/bin/sleep 100000\nautostart=false\n\n' "$i"
  done
} > "$work/supervisord.conf"
"$root/bin/patrol" --version > /dev/null
"$root/bin/patrolctl" version > /dev/null
"$root/bin/patrol" --config "$work/config.json" > "$work/daemon.log" 2>&1 &
pids+=($!)
supervisord -c "$work/supervisord.conf" &
pids+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$port/status/"; do sleep 0.05; done
until supervisorctl -c "$work/supervisord.conf" status > /dev/null 2>&1 || [ $? -eq 3 ]; do sleep 0.05; done
echo "patrolctl rows: $(( $("$root/bin/patrolctl" --url "http://127.0.0.1:$port" status | wc -l) - 1 )), supervisorctl rows: $(supervisorctl -c "$work/supervisord.conf" status | wc -l || true)"
# supervisorctl exits 3 when a program is not running (all of them here): -i keeps that a success.
hyperfine -N -i --warmup 3 --runs "${RUNS:-30}" \
  "$root/bin/patrolctl --url http://127.0.0.1:$port status" \
  "supervisorctl -c $work/supervisord.conf status"
