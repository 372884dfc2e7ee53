#!/bin/sh
# A keepalive-2 app: writes its own PID to $PATROL_PID, then runs. Exits 3 if it cannot write it.
echo $$ > "$PATROL_PID" || exit 3
exec sleep 600
