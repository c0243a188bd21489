#!/usr/bin/env python3
"""Where the time goes in each endpoint's 32-client phase (bench/run with BENCH_PROFILE=1): the
share of the two cores taken by the API, PostgreSQL, Keycloak and the load generator (bench/cpu.py),
the API's garbage-collection pauses, and its CPU samples (Java Flight Recorder) by the library
that was running, with the hottest own methods.

Usage: profile.py api.jfr phases.txt cpu.txt"""
import collections
import datetime
import os
import subprocess
import sys

LIBRARIES = [  # the first frame from the top of the stack that is not the JDK's names the library
    ("org.postgresql.", "PostgreSQL driver"), ("com.zaxxer.hikari.", "connection pool"),
    ("org.jooq.", "jOOQ"), ("tools.jackson.", "JSON"), ("com.fasterxml.jackson.", "JSON"),
    ("com.nimbusds.", "token check"), ("org.springframework.security.", "Spring Security"),
    ("org.springframework.", "Spring"), ("org.apache.catalina.", "Tomcat"),
    ("org.apache.coyote.", "Tomcat"), ("org.apache.tomcat.", "Tomcat"), ("ch.qos.logback.", "logging"),
    ("org.slf4j.", "logging"), ("io.micrometer.", "metrics"), ("org.hibernate.validator.", "validation"),
    ("be.passerelle.", "Passerelle"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def windows(path, phase="c32"):
    result = {}
    with open(path) as f:
        for line in f:
            endpoint, name, first, last = line.rstrip("\n").split("\t")
            if name == phase:
                result[endpoint] = (int(first), int(last))
    return result


def cpu_samples(path):
    with open(path) as f:
        return [[int(x) for x in line.split()] for line in f if len(line.split()) == 7]


def cpu_split(samples, window):
    inside = [s for s in samples if window[0] <= s[0] <= window[1]]
    if len(inside) < 2:
        return None
    first, last = inside[0], inside[-1]
    api, pg, kc, busy, idle = (last[i] - first[i] for i in range(1, 6))
    total = busy + idle
    if total <= 0:
        return None
    share = lambda x: 100.0 * x / total
    return share(api), share(pg), share(kc), share(busy - api - pg - kc), share(idle)


def epoch_ms(text, today):
    # "02:10:11.123", or "02:10:11.123 (2026-11-28)" when not the day of the recording's start;
    # in the machine's time zone
    clock, _, day = text.partition(" (")
    day = day.rstrip(")") or today
    moment = datetime.datetime.strptime(day + " " + clock, "%Y-%m-%d %H:%M:%S.%f")
    return int(moment.astimezone().timestamp() * 1000)


def jfr_events(jfr, event, depth, today):
    """Yields (epoch ms, fields, stack frames) for each event of the recording."""
    command = ["jfr", "print", "--events", event, "--stack-depth", str(depth), jfr]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, bufsize=1 << 20) as process:
        start, fields, frames, in_stack = None, {}, [], False
        for line in process.stdout:
            line = line.strip()
            if line.endswith("{") and not line.startswith("stackTrace"):
                start, fields, frames, in_stack = None, {}, [], False
            elif line.startswith("startTime = "):
                start = epoch_ms(line[len("startTime = "):], today)
            elif line.startswith("stackTrace = ["):
                in_stack = True
            elif in_stack and line == "]":
                in_stack = False
            elif in_stack:
                if line != "...":
                    frames.append(line.split("(")[0])
            elif line == "}" and start is not None:
                yield start, fields, frames
                start = None
            elif " = " in line:
                key, value = line.split(" = ", 1)
                fields[key] = value


def library(frames):
    for frame in frames:
        if frame.startswith(JDK):
            continue
        for prefix, name in LIBRARIES:
            if frame.startswith(prefix):
                return name
        return "other: " + ".".join(frame.split(".")[:2])
    return "JDK: " + ".".join(frames[0].split(".")[:3]) if frames else "JDK"


def duration_ms(text):
    value, unit = text.split()[:2]
    factor = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}.get(unit, 1.0)
    return float(value) * factor


def main():
    jfr, phases, cpu = sys.argv[1:4]
    cuts = windows(phases)
    samples = cpu_samples(cpu) if os.path.exists(cpu) else []
    first = min(window[0] for window in cuts.values())
    today = datetime.datetime.fromtimestamp(first / 1000).strftime("%Y-%m-%d")
    libraries = {e: collections.Counter() for e in cuts}
    own = {e: collections.Counter() for e in cuts}
    for at, _, frames in jfr_events(jfr, "jdk.ExecutionSample", 32, today):
        for endpoint, (first, last) in cuts.items():
            if first <= at <= last:
                libraries[endpoint][library(frames)] += 1
                mine = next((f for f in frames if f.startswith("be.passerelle.")), None)
                if mine:
                    own[endpoint][mine] += 1
    pauses = {e: [0, 0.0] for e in cuts}
    for at, fields, _ in jfr_events(jfr, "jdk.GarbageCollection", 1, today):
        for endpoint, (first, last) in cuts.items():
            if first <= at <= last:
                pauses[endpoint][0] += 1
                pauses[endpoint][1] += duration_ms(fields.get("sumOfPauses", "0 ms"))
    print("Where the time goes at 32 clients (CPU of the two cores by process; the API's CPU samples "
          "by library; garbage-collection pauses during the phase):")
    print()
    print("| endpoint | API | PostgreSQL | Keycloak | load generator | idle | GC pauses | API samples by library (top 5) | nearest own frame (inclusive) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for endpoint in cuts:
        split = cpu_split(samples, cuts[endpoint])
        shares = ["%.0f %%" % x for x in split] if split else [""] * 5
        total = sum(libraries[endpoint].values()) or 1
        top = ", ".join("%s %.0f %%" % (name, 100.0 * n / total) for name, n in libraries[endpoint].most_common(5))
        frames = ", ".join("%s %.0f %%" % (f.split(".", 3)[-1], 100.0 * n / total)
                           for f, n in own[endpoint].most_common(2))
        print("| %s | %s | %d (%.0f ms) | %s | %s |" % (
            endpoint, " | ".join(shares), pauses[endpoint][0], pauses[endpoint][1], top, frames))


if __name__ == "__main__":
    main()
