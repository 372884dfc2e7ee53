#!/bin/sh
# Runs until a signal ends it (SIGUSR1 does, by its default action).
exec sleep 600
