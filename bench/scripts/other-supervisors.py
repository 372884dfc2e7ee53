#!/usr/bin/env python3
"""Respawn latency of runit and s6, measured as RespawnLatency measures Patrol (issue #17).

Usage: other-supervisors.py runit|s6 N [kills] [gap-ms]   (default 20 kills, 1200 ms apart)

Starts N services under runsvdir or s6-svscan in a temporary directory. Each service's `run`
is a tiny C program that execs `/bin/sleep 1000000` (so no shell runs). Then it SIGKILLs
the child of a randomly chosen supervisor (runsv or s6-supervise), waiting gap-ms before each
kill. The clock runs from the kill until the supervisor's new child has exec'd: first its
`run` (the supervisor's part) and then sleep. Children are read from
/proc/PID/task/PID/children. At the end it kills the whole tree.
"""
import os, random, shutil, signal, subprocess, sys, tempfile, time

SLEEP = os.path.realpath("/bin/sleep")
RUN_C = '#include <unistd.h>\nint main(void){execl("%s","sleep","1000000",(char*)0);return 127;}\n' % SLEEP


def children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def exe(pid):
    try:
        return os.readlink("/proc/%d/exe" % pid)
    except OSError:
        return None


def supervisors(root_pid, name):
    return [p for p in children(root_pid) if exe(p) and os.path.basename(exe(p)) == name]


def pct(values, q):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def main():
    kind, n = sys.argv[1], int(sys.argv[2])
    kills = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    gap = (int(sys.argv[4]) if len(sys.argv) > 4 else 1200) / 1000.0
    work = tempfile.mkdtemp(prefix="respawn-%s-" % kind)
    run = os.path.join(work, "run-sleep")
    with open(run + ".c", "w") as f:
        f.write(RUN_C)
    subprocess.check_call(["gcc", "-O2", "-o", run, run + ".c"])
    sv = os.path.join(work, "sv")
    for i in range(n):
        d = os.path.join(sv, "s%d" % i)
        os.makedirs(d)
        shutil.copy(run, os.path.join(d, "run"))
    cmd, sup = (["runsvdir", "-P", sv], "runsv") if kind == "runit" else (["s6-svscan", "-c", str(max(1000, 2 * n)), sv], "s6-supervise")
    root = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.time() + 120
        while True:
            sups = supervisors(root.pid, sup)
            ready = [s for s in sups if any(exe(c) == SLEEP for c in children(s))]
            if len(ready) == n:
                break
            if time.time() > deadline:
                raise SystemExit("only %d of %d services running" % (len(ready), n))
            time.sleep(0.05)
        time.sleep(min(10, 1 + n / 100))  # let the start of N services settle
        print("loadavg before: %s" % open("/proc/loadavg").read().strip())
        rnd = random.Random(42)
        first, full = [], []
        for _ in range(kills):
            time.sleep(gap)
            s = rnd.choice(sups)
            old = [c for c in children(s) if exe(c) == SLEEP][0]
            t0 = time.perf_counter_ns()
            os.kill(old, signal.SIGKILL)
            t_run = None
            while True:
                new = [c for c in children(s) if c != old]
                e = exe(new[0]) if new else None
                if e is not None and t_run is None and os.path.basename(e) != sup:
                    t_run = time.perf_counter_ns()
                if e == SLEEP:
                    t_sleep = time.perf_counter_ns()
                    break
            first.append((t_run or t_sleep) - t0)
            full.append(t_sleep - t0)
        for label, v in (("kill -> run exec'd", first), ("kill -> sleep exec'd", full)):
            ms = [x / 1e6 for x in v]
            print("== %s, %d services, %d kills %.1f s apart: %s p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                  % (kind, n, kills, gap, label, pct(ms, 0.5), pct(ms, 0.99), max(ms)))
    finally:
        os.killpg(root.pid, signal.SIGHUP if kind == "runit" else signal.SIGTERM)
        time.sleep(1)
        for s in supervisors(root.pid, sup):
            for c in children(s):
                os.kill(c, signal.SIGKILL)
        try:
            os.killpg(root.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        root.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
