#!/bin/sh
# Compiles libpatrolspawn.so into the classes directory $1 (a jar resource). Without gcc, or off
# x86_64, nothing is built and Patrol keeps entering cgroups through /bin/sh (CgroupTrampoline).
set -u
out="$1/dev/patrol/adapters/process/native/linux-x86_64"
src="$(dirname "$0")/patrol_spawn.c"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "patrol_spawn: not built on $(uname -s)-$(uname -m) (Linux x86_64 only)"
  exit 0
fi
if ! command -v gcc >/dev/null 2>&1; then
  echo "patrol_spawn: WARNING: no gcc, libpatrolspawn.so not built (apt-get install gcc libc6-dev)"
  exit 0
fi
mkdir -p "$out"
if [ "$out/libpatrolspawn.so" -nt "$src" ]; then
  exit 0
fi
if gcc -O2 -Wall -Wextra -fPIC -shared -o "$out/libpatrolspawn.so" "$src"; then
  echo "patrol_spawn: built $out/libpatrolspawn.so"
else
  echo "patrol_spawn: WARNING: gcc failed, libpatrolspawn.so not built"
  rm -f "$out/libpatrolspawn.so"
fi
