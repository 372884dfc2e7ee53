#!/bin/sh
# Opens the FIFO $1, says ready, and exits with status $2 once no writer holds the FIFO open.
exec 3< "$1"
echo ready
read -r line <&3
exit "$2"
