#!/usr/bin/env python3
"""One cohort run in a fresh process, so its peak RSS is its own: python3 cohort_run.py impactkit|plain DIR.
Prints a JSON line: seconds, peak RSS in MiB, and the figures (for the agreement check)."""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bindings" / "python"))


def peak_rss_mib():
    """VmHWM of this process. (getrusage's ru_maxrss is not used: Linux carries the parent's peak over fork and
    exec, so a child started by a big parent reports the parent's peak.)"""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    which, folder = sys.argv[1], Path(sys.argv[2])
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    start = time.perf_counter()
    if which == "impactkit":
        import impactkit

        cohort = impactkit.Cohort()
        for name in names:
            cohort.add_json((folder / name).read_bytes(), source=name)
        report = cohort.evaluate()
        figures = {
            "groups": report["groups"], "moments": report["moments"],
            "cells": {d["id"]: [(d["fields"][f]["cards"], d["fields"][f]["groups"]) for f in ("activity", "place", "result")]
                      for d in report["domains"]},
            "distribution": {row["covered_domains"]: row["groups"] for row in report["coverage_distribution"] if row["groups"]},
            "attention": [(a["id"], [r["code"] for r in a["reasons"]]) for a in report["attention"]],
        }
    else:
        import plain

        cohort = plain.Cohort()
        for name in names:
            cohort.add(name, (folder / name).read_bytes())
        figures = cohort.report()
    seconds = time.perf_counter() - start
    peak = peak_rss_mib()
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "figures": figures}))


if __name__ == "__main__":
    main()
