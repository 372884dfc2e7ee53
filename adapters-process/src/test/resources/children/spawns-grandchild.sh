#!/bin/sh
# Starts a background sleep, prints its PID, and waits for it.
/bin/sleep 300 &
echo "$!"
wait
