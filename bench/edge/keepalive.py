#!/usr/bin/env python3
"""Opens N keep-alive connections to HOST:PORT, sends one request on each, keeps them all
open, then sends a second request on every one. Prints how many answered 200 both times."""
import socket, sys, time

host, port, n, path = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
req = f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()

def read_reply(s):
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        if k.strip().lower() == b"content-length":
            length = int(v.strip())
    while len(rest) < length:
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        rest += chunk
    return status

socks, errors = [], 0
t0 = time.time()
for i in range(n):
    try:
        s = socket.create_connection((host, port), timeout=10)
        socks.append(s)
    except OSError:
        errors += 1
for s in socks:
    s.sendall(req)
ok1 = 0
for s in socks:
    try:
        ok1 += read_reply(s) == 200
    except Exception:
        errors += 1
time.sleep(1.0)
for s in socks:
    try:
        s.sendall(req)
    except OSError:
        errors += 1
ok2 = 0
for s in socks:
    try:
        ok2 += read_reply(s) == 200
    except Exception:
        errors += 1
print(f"connections={len(socks)} first_ok={ok1} second_ok={ok2} errors={errors} seconds={time.time()-t0:.1f}")
for s in socks:
    s.close()
