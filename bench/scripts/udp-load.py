#!/usr/bin/env python3
"""UDP ping load: sends COUNT pings for app `udp` at RATE per second (0 = flat out) and
counts the replies. Prints sent, replied, loss and the achieved send rate."""
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
print("sent=%d replied=%d loss=%.2f%% send_rate=%.0f/s" % (count, replies, 100.0 * (count - replies) / count, count / elapsed))
