#!/bin/sh
# Ignores SIGUSR1 and SIGTERM, and so does its grandchild (SIG_IGN is inherited): only SIGKILL ends them.
trap '' USR1 TERM
sleep 600 &
echo $! > grandchild.pid
wait
