#!/usr/bin/env python3
"""UDP ping load: sends COUNT pings for app `udp` at RATE per second (0 = flat out) and
counts the replies. Prints sent, replied, loss and the achieved send rate, then where the
lost datagrams went: the kernel's per-socket drop counters (/proc/net/udp) of the daemon's
socket (requests it had no room for) and of this client's socket (replies this script did
not read in time, which is the load tool's loss, not the daemon's)."""
import socket
import sys
import threading
import time

port, count, rate = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
payload = b'{"group":"app","id":"udp","ping":true}'
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
s.connect(("127.0.0.1", port))
replies = 0
done = threading.Event()


def drops(local_port):
    """The drop counter of the UDP socket bound to 127.0.0.1:local_port, or -1. Java binds
    an IPv6 socket, where 127.0.0.1 is the v4-mapped ::ffff:127.0.0.1."""
    want = (":%04X" % local_port, ("0100007F", "0000000000000000FFFF00000100007F"))
    for table in ("/proc/net/udp", "/proc/net/udp6"):
        try:
            with open(table) as f:
                for line in f.readlines()[1:]:
                    fields = line.split()
                    address, _, port = fields[1].partition(":")
                    if ":" + port == want[0] and address in want[1]:
                        return int(fields[-1])
        except OSError:
            pass
    return -1


def receive():
    global replies
    s.settimeout(2.0)
    while True:
        try:
            s.recv(4096)
            replies += 1
        except socket.timeout:
            if done.is_set():
                return


mine = s.getsockname()[1]
server_drops, client_drops = drops(port), drops(mine)
t = threading.Thread(target=receive)
t.start()
start = time.perf_counter()
for i in range(count):
    if rate > 0:
        target = start + i / rate
        while time.perf_counter() < target:
            pass
    s.send(payload)
elapsed = time.perf_counter() - start
done.set()
t.join()
print("sent=%d replied=%d loss=%.2f%% send_rate=%.0f/s server_socket_drops=%d client_socket_drops=%d"
      % (count, replies, 100.0 * (count - replies) / count, count / elapsed,
         drops(port) - server_drops, drops(mine) - client_drops))
