#!/bin/sh
# Ignores TERM and USR1 (inherited across exec), says ready, then sleeps as the same PID.
trap "" TERM USR1
echo ready
exec /bin/sleep 300
