#!/bin/sh
# Starts a sleep that leaves this group: setsid (no fork, as it is no group leader) gives it a
# session and group of its own, as a daemonizing descendant would. Prints its PID and waits.
setsid /bin/sleep 300 &
echo "$!"
wait
