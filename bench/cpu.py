#!/usr/bin/env python3
"""Samples, once a second while the API runs, the CPU time spent by the API, PostgreSQL, Keycloak and
everything else (the load generator), and the API's resident memory: one line per sample,
"epoch-ms api pg keycloak busy idle rss-kB" with CPU times in clock ticks (bench/run, bench/profile.py)."""
import os
import sys
import time


def ticks(pid, children=False):
    try:
        with open("/proc/%s/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    # fields[11:15] are utime, stime, cutime, cstime (fields 14 to 17 of proc(5))
    return sum(int(x) for x in fields[11:15 if children else 13])


def cmdline(pid):
    try:
        with open("/proc/%s/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def comm(pid):
    try:
        with open("/proc/%s/comm" % pid) as f:
            return f.read().strip()
    except OSError:
        return ""


def rss(pid):
    try:
        with open("/proc/%s/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    api = sys.argv[1]
    while os.path.exists("/proc/" + api):
        pg = keycloak = 0
        for pid in filter(str.isdigit, os.listdir("/proc")):
            if comm(pid) == "postgres":
                pg += ticks(pid, children=True)  # ended backends are counted in the postmaster's
            elif pid != api and "keycloak" in cmdline(pid):
                keycloak += ticks(pid)
        with open("/proc/stat") as f:
            cpu = [int(x) for x in f.readline().split()[1:]]
        idle = cpu[3] + cpu[4]
        print(int(time.time() * 1000), ticks(api), pg, keycloak, sum(cpu[:8]) - idle, idle, rss(api), flush=True)
        time.sleep(1)


if __name__ == "__main__":
    main()
