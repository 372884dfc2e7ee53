#!/usr/bin/env python3
"""Writes a benchmark config: N disabled PID_PATROL apps (they still appear in /status/),
an HTTP-keepalive app `web` and a UDP-keepalive app `udp` for pings, on the given ports.
A fifth argument `enabled` makes the N apps run (`sleep`, logs under WORKDIR/logs)."""
import json
import sys

apps, http_port, udp_port, workdir = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
enabled = len(sys.argv) > 5 and sys.argv[5] == "enabled"
cfg = {
    "http": {"listen": "127.0.0.1:%d" % http_port},
    "udp": {"listen": "127.0.0.1:%d" % udp_port},
    "ping-timeout": 180,
    "apps": {},
}
for i in range(apps):
    cfg["apps"]["app%04d" % i] = {
        "name": "App %d" % i, "keepalive": 1, "disabled": not enabled,
        "working-directory": workdir, "binary": "bin/sleep" if workdir == "/" else "sleep", "args": ["100000"],
        "log-directory": "logs", "pid-path": "app%04d.pid" % i,
    }
for name, keepalive in (("web", 3), ("udp", 4)):
    cfg["apps"][name] = {
        "name": name, "keepalive": keepalive, "disabled": True,
        "working-directory": workdir, "binary": "bin/true", "log-directory": "logs",
    }
json.dump(cfg, sys.stdout, indent=1)
