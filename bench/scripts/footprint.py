#!/usr/bin/env python3
"""Footprint of one daemon (issue #17): RSS idle, idle CPU and wake-ups per thread, RSS during and
after wrk load, req/s, start-up to the first /status/ answer. Prints one JSON object.

Usage: footprint.py patrol|go PHASE [options]; PHASE is one of
  start1  1 app: start-up, RSS once idle
  idle    N apps: start-up, RSS once idle, CPU and wake-ups over an idle window
  load    N apps: GET /api/ c16 (started 2 s after the first answer, then warm), /status/ c1,
          then wrk -c16 on /api/ and on /status/ at once plus an /events client: RSS peak and after
Options: --apps N (500) --settle S (10) --idle S (60) --load S (60) --threads (per-thread table)
Patrol runs through bin/patrol (PATROL_JAVA_OPTS applies); Go is /work/shared/reference/patrol-go.
"""
import argparse, json, os, re, shutil, signal, subprocess, sys, tempfile, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GO = os.environ.get("PATROL_GO", "/work/shared/reference/patrol-go")
HTTP, UDP = int(os.environ.get("HTTP_PORT", 28617)), int(os.environ.get("UDP_PORT", 21759))
API = "/api/?group=app&id=web"


def tasks(pid):
    """{tid: (name, cpu_ns, voluntary+involuntary switches)} of a live process."""
    out = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            ns = int(open(f"/proc/{pid}/task/{tid}/schedstat").read().split()[0])
            st = open(f"/proc/{pid}/task/{tid}/status").read()
            sw = sum(int(m) for m in re.findall(r"ctxt_switches:\s+(\d+)", st))
            out[tid] = (name, ns, sw)
        except (OSError, ValueError):
            pass
    return out


def rss_mib(pid):
    m = re.search(r"VmRSS:\s+(\d+) kB", open(f"/proc/{pid}/status").read())
    if not m:  # a zombie: the daemon exited
        raise RuntimeError(f"daemon {pid} exited")
    return round(int(m.group(1)) / 1024, 1)


def answers(path="/status/", timeout=0.2):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{HTTP}{path}", timeout=timeout).read()
        return True
    except Exception:
        return False


def wrk(path, conns, seconds, threads=1):
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{conns}", f"-d{seconds}s", f"http://127.0.0.1:{HTTP}{path}"],
                         capture_output=True, text=True).stdout
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    return round(float(m.group(1))) if m else 0


def port_free(port):
    import socket
    with socket.socket() as s:
        try:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT from a last run is fine
            s.bind(("127.0.0.1", port)); return True
        except OSError:
            return False


class Daemon:
    def __init__(self, kind, apps):
        if not port_free(HTTP):  # another daemon there would answer for this one
            sys.exit(f"127.0.0.1:{HTTP} is in use: set HTTP_PORT")
        self.kind, self.work = kind, tempfile.mkdtemp(prefix="footprint-")
        os.symlink("/bin/sleep", self.work + "/sleep")
        cfg = subprocess.check_output([sys.executable, ROOT + "/bench/scripts/make-config.py",
                                       str(apps), str(HTTP), str(UDP), self.work])
        open(self.work + "/config.json", "wb").write(cfg)
        cmd = [os.environ.get("PATROL_BIN", ROOT + "/bin/patrol"), "--config"] if kind == "patrol" else [GO, "-config"]
        self.log = open(self.work + "/daemon.log", "wb")
        t0 = time.time()
        self.proc = subprocess.Popen(cmd + [self.work + "/config.json"], stdout=self.log, stderr=self.log,
                                     cwd=self.work, start_new_session=True)
        while not answers(timeout=0.05):
            if self.proc.poll() is not None:
                sys.exit(f"{kind} exited: {open(self.work + '/daemon.log').read()[-2000:]}")
            time.sleep(0.005)
        self.startup_ms = round((time.time() - t0) * 1000)
        self.pid = self.proc.pid

    def stop(self):
        # The original spins on SIGTERM (reference README): SIGKILL it. Patrol gets a normal stop.
        self.proc.send_signal(signal.SIGKILL if self.kind == "go" else signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill(); self.proc.wait()
        shutil.rmtree(self.work, ignore_errors=True)


def idle_window(d, seconds, per_thread):
    before, b_total = tasks(d.pid), cpu_total_ms(d.pid)
    time.sleep(seconds)
    after, a_total = tasks(d.pid), cpu_total_ms(d.pid)
    rows = []
    for tid, (name, ns, sw) in after.items():
        if tid in before:
            rows.append((name, (ns - before[tid][1]) / 1e6, sw - before[tid][2]))
    scale = 60.0 / seconds
    res = {"idle_cpu_ms_per_min": round(sum(r[1] for r in rows) * scale, 1),
           "idle_cpu_ticks_ms_per_min": round((a_total - b_total) * scale, 1),
           "idle_wakeups_per_s": round(sum(r[2] for r in rows) / seconds, 1),
           "threads": len(after)}
    if per_thread:
        rows.sort(key=lambda r: -r[1])
        res["per_thread"] = [{"name": n, "cpu_ms_per_min": round(c * scale, 2), "wakeups_per_s": round(w / seconds, 2)}
                             for n, c, w in rows if c > 0 or w > 0]
    return res


def cpu_total_ms(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def load_phase(d, a):
    res = {}
    time.sleep(2)
    res["api_c16_cold"] = wrk(API, 16, 5)
    res["api_c16_warm"] = wrk(API, 16, 5)
    res["status_c1"] = wrk("/status/", 1, 5)
    sse = None
    if d.kind == "patrol":  # the original's GUI does not render without its templates: no /events
        sse = subprocess.Popen(["curl", "-sN", "-H", "Accept: text/event-stream", f"http://127.0.0.1:{HTTP}/events"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    loads = [threading.Thread(target=wrk, args=(p, 16, a.load)) for p in (API, "/status/")]
    for t in loads:
        t.start()
    peak = threads = 0
    while any(t.is_alive() for t in loads):
        peak = max(peak, rss_mib(d.pid))
        threads = max(threads, len(os.listdir(f"/proc/{d.pid}/task")))
        time.sleep(0.5)
    res["rss_during_load_peak_mib"] = peak
    res["threads_during_load_max"] = threads
    time.sleep(a.settle)
    res["rss_after_load_mib"] = rss_mib(d.pid)
    res["threads_after_load"] = len(os.listdir(f"/proc/{d.pid}/task"))
    res["sse_client_alive"] = sse is not None and sse.poll() is None
    if sse:
        sse.kill(); sse.wait()
    return res


def main():
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["patrol", "go"])
    p.add_argument("phase", choices=["start1", "idle", "load"])
    p.add_argument("--apps", type=int, default=500)
    p.add_argument("--settle", type=float, default=10)
    p.add_argument("--idle", type=float, default=60)
    p.add_argument("--load", type=int, default=60)
    p.add_argument("--threads", action="store_true")
    a = p.parse_args()
    d = Daemon(a.kind, 1 if a.phase == "start1" else a.apps)
    res = {"daemon": a.kind, "phase": a.phase, "apps": 1 if a.phase == "start1" else a.apps,
           "startup_ms": d.startup_ms}
    try:
        if a.phase == "load":
            res.update(load_phase(d, a))
        else:
            time.sleep(a.settle)
            res["rss_idle_mib"] = rss_mib(d.pid)
            if a.phase == "idle":
                res.update(idle_window(d, a.idle, a.threads))
    except RuntimeError as e:
        sys.exit(f"{e}: {open(d.work + '/daemon.log', errors='replace').read()[-3000:]}")
    finally:
        d.stop()
    print(json.dumps(res))


if __name__ == "__main__":
    main()
