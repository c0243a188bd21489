#!/usr/bin/env python3
"""Prints the benchmark's table from Gatling's statistics and the pgbench results (bench/run)."""
import glob
import json
import os
import re
import sys

TARGETS = {  # SPEC §6, p99 at 32 concurrent clients, in ms
    "directory-get": 20, "directory-match": 20, "referral-create": 50, "referrals-received": 30,
    "statistics-network": 50, "referral-flows": 50,
}


def gatling_stats(directory):
    """Per request name: count, errors and percentiles, read from the statistics table of Gatling's
    report (index.html; Gatling 3.14 writes no JSON statistics)."""
    runs = sorted(glob.glob(os.path.join(directory, "*", "index.html")), key=os.path.getmtime)
    if not runs:
        sys.exit("no Gatling results under " + directory)
    with open(runs[-1], encoding="utf-8") as f:
        html = f.read()
    rows = {}
    row = re.compile(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', re.S)
    cell = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')
    for match in row.finditer(html):
        cells = {int(c): v for c, v in cell.findall(match.group(2))}
        if 2 not in cells or cells[2] == "-" or match.group(1) == "All Requests":
            continue
        rows[match.group(1)] = {
            "count": int(cells[2]), "ko": int(cells[4]),
            "p50": int(cells[8]), "p95": int(cells[10]), "p99": int(cells[11]),
        }
    return rows


def pgbench_tps(path):
    results = {}
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                name, clients, tps = line.split()
                results[(name, clients)] = float(tps)
    return results


def main():
    gatling_dir, pgbench_file, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rows = gatling_stats(gatling_dir)
    pg = pgbench_tps(pgbench_file)
    endpoints = []
    for name in rows:
        endpoint = name.split(" ")[0]
        if endpoint not in endpoints:
            endpoints.append(endpoint)
    print("| endpoint | load | req/s | p50 ms | p95 ms | p99 ms | errors | pgbench tps | API / pgbench | target p99 (c32) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for endpoint in endpoints:
        phases = [n for n in rows if n.startswith(endpoint + " ") and not n.endswith("warmup")]
        for name in phases:
            r = rows[name]
            load = name.split(" ", 1)[1]
            rate = r["count"] / seconds
            tps = pg.get((endpoint, load[1:])) if load.startswith("c") else None
            ratio = "%.0f %%" % (100 * rate / tps) if tps else ""
            target = ""
            if load == "c32" and endpoint in TARGETS:
                target = "< %d: %s" % (TARGETS[endpoint], "met" if r["p99"] < TARGETS[endpoint] else "MISSED")
            print("| %s | %s | %.0f | %d | %d | %d | %d | %s | %s | %s |" % (
                endpoint, load, rate, r["p50"], r["p95"], r["p99"], r["ko"],
                "%.0f" % tps if tps else "", ratio, target))
    on, off = pg.get(("rls-on", "32")), pg.get(("rls-off", "32"))
    if on and off:
        print()
        print("Row-level security, received-box query at 32 clients (pgbench): %.0f tps with, %.0f without: "
              "%.1f %% cost (target < 10 %%)" % (on, off, 100 * (off - on) / off))


if __name__ == "__main__":
    main()
