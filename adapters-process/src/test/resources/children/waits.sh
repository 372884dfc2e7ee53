#!/bin/sh
# Stays a shell (no exec) so the kernel's [interpreter, script] argv is what /proc shows.
/bin/sleep "${1:-30}" &
wait
