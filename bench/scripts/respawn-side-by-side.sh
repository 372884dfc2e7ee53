#!/usr/bin/env bash
# Issue #17's table: respawn latency with containment on, Patrol before (cgroup entered through
# /bin/sh) and after (born in the cgroup, clone3), runit and s6, in the same run: 20 isolated
# SIGKILLs 1.2 s apart, clock stopped when the new child has exec'd. Each in its own process.
# Usage: CP=<bench classpath> respawn-side-by-side.sh [sizes, default "1 1000"] [rounds, default 1]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${CP:?set CP to the bench classpath (docs/BENCHMARKS.md)}"
for round in $(seq "${2:-1}"); do
  for n in ${1:-1 1000}; do
    for kind in posix-cgroups-sh posix-cgroups; do
      java --enable-native-access=ALL-UNNAMED -Djnr.ffi.asm.enabled=false -cp "$CP" \
        dev.patrol.bench.RespawnLatency "$kind" "$n" 20 1200 2>/dev/null \
        | grep -E "^(loadavg|==|kill -> app exec'd)"
    done
    for sup in runit s6; do
      if command -v "$([ "$sup" = runit ] && echo runsvdir || echo s6-svscan)" >/dev/null; then
        python3 "$here/other-supervisors.py" "$sup" "$n" 20 1200 | grep -v "run exec'd"
      else
        echo "== $sup: not installed"
      fi
    done
  done
done
