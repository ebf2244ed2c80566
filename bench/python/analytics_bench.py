"""Issue 24, item 4: a cohort of generated groups through the warehouse path — the analytics export (CLI NDJSON
and Python Parquet) and the ClickHouse SQL models on chDB — against the library's own cohort run (the CLI), with
wall time and each process's peak memory (GNU time). The heat map, coverage distribution and attention list of
the SQL are checked equal to the cohort report before any figure is printed.

Usage (make bench-analytics): build/analytics-venv/bin/python bench/python/analytics_bench.py COHORT_DIR [ROUNDS]
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / ".build-release" / "release" / "impact"
SALT = "analytics-bench-salt-0123456789"
MODELS = ROOT / "analytics" / "models"
THRESHOLDS = {"max_empty_domains": 0, "min_result_cards": 1, "results_expected_from_moment": 2, "min_cards_added": 1}


def timed(command, env=None):
    report = Path(tempfile.gettempdir()) / f"analytics-bench-{os.getpid()}.rss"
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-o", str(report), "-f", "%M", *command], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} exited {result.returncode}: {result.stderr.decode()[-500:]}")
    peak = int(report.read_text().split()[-1]) / 1024
    report.unlink()
    return seconds, peak, result.stdout


def models(folder, fmt):
    """Runs in its own process (so its peak memory is its own): every model over the exported files."""
    sys.path.insert(0, str(ROOT / "bindings" / "python"))
    from chdb import session
    from impactkit import analytics

    db = session.Session()
    kind = "Parquet" if fmt == "parquet" else "JSONEachRow"
    for table in analytics.TABLES:
        db.query(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM file('{folder}/{table}.{fmt}', {kind}, "
                 f"'{analytics.clickhouse_structure(table)}')")
    out = {}
    for name in ("cohort_heat_map", "coverage_distribution", "attention", "impact_spheres"):
        result = db.query((MODELS / f"{name}.sql").read_text(), "JSONEachRow", params=THRESHOLDS)
        out[name] = [json.loads(line) for line in result.bytes().decode().splitlines()]
    print(json.dumps(out))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--models":
        models(sys.argv[2], sys.argv[3])
        return
    cohort = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    work = Path(tempfile.mkdtemp(prefix="analytics-bench-"))
    env = dict(os.environ, IMPACTKIT_PSEUDONYM_SALT=SALT, PYTHONPATH=str(ROOT / "bindings" / "python"))
    python = sys.executable
    rows = {"cohort run (CLI, JSON report)": [], "export NDJSON (CLI)": [], "export Parquet (Python, pyarrow)": [],
            "models on chDB over Parquet": [], "models on chDB over NDJSON": []}
    peaks = {}
    try:
        for _ in range(rounds):
            for name, command in (
                ("cohort run (CLI, JSON report)", [str(CLI), "cohort", str(cohort), "--format", "json"]),
                ("export NDJSON (CLI)", [str(CLI), "export", str(cohort), "--format", "ndjson", "-o", str(work / "ndjson"),
                                         "--institution", "bench"]),
                ("export Parquet (Python, pyarrow)", [python, "-m", "impactkit.analytics", str(cohort), "--out",
                                                      str(work / "parquet"), "--institution", "bench"]),
                ("models on chDB over Parquet", [python, __file__, "--models", str(work / "parquet"), "parquet"]),
                ("models on chDB over NDJSON", [python, __file__, "--models", str(work / "ndjson"), "ndjson"]),
            ):
                seconds, peak, out = timed(command, env)
                rows[name].append(seconds)
                peaks[name] = max(peaks.get(name, 0), peak)
                if name.startswith("cohort run"):
                    report = json.loads(out)
                elif name.startswith("models"):
                    check(report, json.loads(out), name)
        groups = report["groups"]
        size = sum(p.stat().st_size for p in (work / "parquet").glob("*.parquet")) / 2**20
        ndjson = sum(p.stat().st_size for p in (work / "ndjson").glob("*.ndjson")) / 2**20
        print(f"cohort of {groups} groups ({len(report['attention'])} flagged); figures of the SQL equal the report")
        for name, samples in rows.items():
            samples.sort()
            print(f"  {name:36s} {samples[len(samples) // 2]:8.2f} s   peak {peaks[name]:7.0f} MiB")
        warehouse = min(rows["models on chDB over Parquet"])
        print(f"  exported: Parquet {size:.1f} MiB, NDJSON {ndjson:.1f} MiB; SQL over Parquet vs the cohort run: "
              f"{warehouse / min(rows['cohort run (CLI, JSON report)']):.2f}x the time")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check(report, sql, name):
    heat = {row["domain"]: row for row in sql["cohort_heat_map"]}
    for domain in report["domains"]:
        row = heat[domain["id"]]
        for field, cell in domain["fields"].items():
            if (row[f"{field}_cards"], row[f"{field}_groups"]) != (cell["cards"], cell["groups"]):
                raise SystemExit(f"{name}: heat map differs at {domain['id']} {field}")
    distribution = {r["covered_domains"]: r["groups"] for r in sql["coverage_distribution"]}
    if distribution != {e["covered_domains"]: e["groups"] for e in report["coverage_distribution"] if e["groups"]}:
        raise SystemExit(f"{name}: coverage distribution differs")
    reasons = sum(len(entry["reasons"]) for entry in report["attention"])
    if len(sql["attention"]) != reasons:
        raise SystemExit(f"{name}: {len(sql['attention'])} attention rows, the report has {reasons} reasons")


if __name__ == "__main__":
    main()
