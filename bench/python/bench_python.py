#!/usr/bin/env python3
"""ImpactKit's Python binding against what a Python script would do instead, in the same run.

    python3 bench/python/bench_python.py DATA_DIR COHORT_DIR_1000 COHORT_DIR_10000

1. Per canvas (small, large, huge): Canvas.from_json + evaluate + to_json, against json.loads + jsonschema
   validation against schema/canvas.schema.json + the evaluation written plainly (plain.py) + json.dumps; bare
   json.loads/json.dumps printed for reference, and our time split into load, evaluate and write.
2. Cohort: impactkit.Cohort against plain.Cohort over the same folders, each run in a fresh process (peak RSS is
   the process's own); the figures of both must agree, or the run fails.
"""

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "bindings" / "python"))

import impactkit  # noqa: E402
import plain  # noqa: E402


def median_time(fn, budget=0.4, rounds=7):
    """Median seconds per call over `rounds` rounds, each repeating fn for about budget/rounds seconds."""
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-6)
    reps = max(1, int(budget / rounds / once))
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(reps):
            fn()
        samples.append((time.perf_counter() - start) / reps)
    return statistics.median(samples)


def validator():
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    resources = []
    for path in (ROOT / "schema").glob("*.schema.json"):
        document = json.loads(path.read_text())
        resources.append((document["$id"], Resource.from_contents(document)))
    schema = json.loads((ROOT / "schema" / "canvas.schema.json").read_text())
    return Draft202012Validator(schema, registry=Registry().with_resources(resources))


def row(name, ours, peer, unit="ms", scale=1e3):
    ratio = peer / ours if ours else float("inf")
    print(f"{name:52} {ours * scale:10.3f} {unit} {peer * scale:10.3f} {unit}  {ratio:6.2f}x faster"
          if ratio >= 1 else
          f"{name:52} {ours * scale:10.3f} {unit} {peer * scale:10.3f} {unit}  {1 / ratio:6.2f}x slower")


def per_canvas(data: Path):
    check = validator()
    print(f"{'Python (median per document)':52} {'ImpactKit':>13} {'plain Python':>13}")
    for size in ("small", "large", "huge"):
        raw = (data / f"{size}.json").read_bytes()

        def ours():
            with impactkit.Canvas.from_json(raw) as canvas:
                canvas.evaluate()
                canvas.to_json()

        def theirs():
            document = json.loads(raw)
            check.validate(document)
            plain.evaluate(document)
            json.dumps(document, ensure_ascii=False, indent=2)

        # Same figures, or the comparison is meaningless.
        with impactkit.Canvas.from_json(raw) as canvas:
            report = canvas.evaluate()
        mine = plain.evaluate(json.loads(raw))
        assert report["totals"] == mine["totals"], (report["totals"], mine["totals"])
        assert [p["share"] for p in report["palette"]] == [p["share"] for p in mine["palette"]]
        assert (report["strongest"] or {}).get("domain") == mine["strongest"]

        budget = 2.0 if size == "huge" else 0.6
        row(f"load+validate+evaluate+write {size} ({len(raw)} B)", median_time(ours, budget), median_time(theirs, budget))
        canvas = impactkit.Canvas.from_json(raw)
        load = median_time(lambda: impactkit.Canvas.from_json(raw).close(), budget)
        evaluate = median_time(canvas.evaluate, budget)
        write = median_time(canvas.to_json, budget)
        loads = median_time(lambda: json.loads(raw), budget)
        document = json.loads(raw)
        dumps = median_time(lambda: json.dumps(document, ensure_ascii=False, indent=2), budget)
        validate = median_time(lambda: check.validate(document), budget)
        print(f"  ours: load {load * 1e3:.3f} ms, evaluate {evaluate * 1e3:.3f} ms, write {write * 1e3:.3f} ms;"
              f" theirs: json.loads {loads * 1e3:.3f} ms, jsonschema {validate * 1e3:.3f} ms,"
              f" json.dumps {dumps * 1e3:.3f} ms")
        canvas.close()


def cohort_run(which, folder):
    result = subprocess.run([sys.executable, str(HERE / "cohort_run.py"), which, str(folder)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def cohort(folders):
    print()
    print(f"{'Cohort (fresh process each)':52} {'ImpactKit':>13} {'plain Python':>13}")
    for folder in folders:
        ours = cohort_run("impactkit", folder)
        theirs = cohort_run("plain", folder)
        a, b = ours["figures"], theirs["figures"]
        b["cells"] = {d: [tuple(c) for c in cells] for d, cells in b["cells"].items()}
        a["cells"] = {d: [tuple(c) for c in cells] for d, cells in a["cells"].items()}
        b["distribution"] = {int(k): v for k, v in b["distribution"].items() if v}
        a["distribution"] = {int(k): v for k, v in a["distribution"].items()}
        for key in ("groups", "moments", "cells", "distribution", "attention"):
            if a[key] != b[key]:
                raise SystemExit(f"cohort figures disagree on {key}: {str(a[key])[:300]} vs {str(b[key])[:300]}")
        groups = a["groups"]
        row(f"cohort of {groups} groups ({a['moments']} canvases)", ours["seconds"], theirs["seconds"], "s ", 1)
        print(f"  peak RSS: ImpactKit {ours['peak_mib']:.1f} MiB, plain Python {theirs['peak_mib']:.1f} MiB")


if __name__ == "__main__":
    per_canvas(Path(sys.argv[1]))
    cohort([Path(p) for p in sys.argv[2:]])
