#!/bin/sh
# A classic daemon launcher: starts the daemon in the background, writes its PID, returns at once.
sleep 600 &
echo $! > "$PATROL_PID"
exit 0
