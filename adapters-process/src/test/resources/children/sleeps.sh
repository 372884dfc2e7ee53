#!/bin/sh
# Sleeps for $1 seconds (default 30) as the same PID.
exec /bin/sleep "${1:-30}"
