#!/bin/sh
# Leaves a zombie: the background child exits, and the exec-ed sleep never reaps it.
/bin/sleep 0 &
echo "$!"
exec /bin/sleep 300
