#!/bin/sh
# Writes one line to stdout and one to stderr, tagged with $1.
echo "out $1"
echo "err $1" >&2
