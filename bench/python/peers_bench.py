#!/usr/bin/env python3
"""ImpactKit against the peers a competent user would pick (issue 23), interleaved round by round.

    build/bench/venv/bin/python bench/python/peers_bench.py DATA_DIR COHORT_DIR...   (make bench-peers)

Every contestant's figures are compared with ImpactKit's first; a disagreement stops the run. Each row gives the
median over the rounds and the spread (lowest–highest round); in every round the contestants run in a rotated
order, so a slow phase of the shared machine falls on all of them.

1. Per canvas (small, large, huge): load + validate + evaluate. ImpactKit's Python binding (Canvas.from_json +
   evaluate) against FastPeer (orjson + jsonschema-rs + cross-checks + plain evaluation) and TypedPeer (msgspec).
2. Cohorts, each run in a fresh process (wall clock from the parent, peak RSS of that process): cold — the
   installed CLI on all cores, the C ABI through Python on one thread, FastPeer on one process and on a pool of
   as many processes as cores; the heat map alone with pandas and with DuckDB. Warm — the week after: 5 % of the
   documents changed, ImpactKit with its cache against the peers' only way, reading everything again.
"""

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "bindings" / "python"))

import impactkit  # noqa: E402
import peers  # noqa: E402
import plain  # noqa: E402

CLI = ROOT / "build" / "stage" / "bin" / "impact"
CORES = os.cpu_count() or 1


def interleaved(contestants, rounds, budget):
    """{name: [seconds per call, one per round]}: each round runs every contestant for about budget/rounds seconds
    (reps calibrated once per contestant), in an order rotated by one each round."""
    names = list(contestants)
    reps = {}
    for name, fn in contestants.items():
        start = time.perf_counter()
        fn()
        reps[name] = max(1, int(budget / rounds / max(time.perf_counter() - start, 1e-6)))
    samples = {name: [] for name in names}
    for round_number in range(rounds):
        order = names[round_number % len(names):] + names[:round_number % len(names)]
        for name in order:
            fn = contestants[name]
            start = time.perf_counter()
            for _ in range(reps[name]):
                fn()
            samples[name].append((time.perf_counter() - start) / reps[name])
    return samples


def show(label, samples, base, unit=1e3, suffix="ms"):
    """One line per contestant: median, spread, and the ratio of medians to `base`."""
    reference = statistics.median(samples[base])
    print(label)
    for name, values in samples.items():
        median = statistics.median(values)
        ratio = "" if name == base else f"  {median / reference:6.2f}x ImpactKit's time"
        print(f"  {name:44} {median * unit:10.3f} {suffix}  ({min(values) * unit:.3f}–{max(values) * unit:.3f}){ratio}")


def agree_on_canvas(report, evaluation):
    assert report["totals"] == evaluation["totals"], (report["totals"], evaluation["totals"])
    assert [p["share"] for p in report["palette"]] == [p["share"] for p in evaluation["palette"]]
    assert (report["strongest"] or {}).get("domain") == evaluation["strongest"]


def per_canvas(data, deck):
    fast, typed = peers.FastPeer(deck), peers.TypedPeer(deck)
    print(f"1. Per canvas: load + validate + evaluate, per call (median of rounds, lowest–highest), {CORES} cores")
    for size in ("small", "large", "huge"):
        raw = (data / f"{size}.json").read_bytes()
        with impactkit.Canvas.from_json(raw) as canvas:
            report = canvas.evaluate()
        for peer in (fast, typed):
            agree_on_canvas(report, plain.evaluate(peer.load(raw)))

        def ours():
            with impactkit.Canvas.from_json(raw) as canvas:
                canvas.evaluate()

        import orjson

        contestants = {
            "ImpactKit (Python binding)": ours,
            "orjson + jsonschema-rs + cross-checks": lambda: plain.evaluate(fast.load(raw)),
            "msgspec typed + cross-checks": lambda: plain.evaluate(typed.load(raw)),
            "orjson.loads alone (the parse floor)": lambda: orjson.loads(raw),
        }
        rounds, budget = (5, 6.0) if size == "huge" else (9, 2.0)
        show(f"{size} ({len(raw)} B)", interleaved(contestants, rounds, budget), "ImpactKit (Python binding)")
        loads = {
            "ImpactKit load + validate": lambda: impactkit.Canvas.from_json(raw).close(),
            "orjson + jsonschema-rs + cross-checks": lambda: fast.load(raw),
            "msgspec typed + cross-checks": lambda: typed.load(raw),
        }
        show(f"  {size}: load + validate only", interleaved(loads, rounds, budget), "ImpactKit load + validate")


# --- cohorts ---------------------------------------------------------------------------------------------------

def timed_process(command):
    """Wall seconds seen by the parent, peak RSS (MiB) of the command itself, and its stdout. The peak comes from
    GNU time, a small process between: Linux carries a parent's peak into a child over fork and exec, so this
    (large) bench process would lend every child its own peak."""
    report = Path(os.environ.get("TMPDIR", "/tmp")) / f"peers-bench-{os.getpid()}.rss"
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-o", str(report), "-f", "%M", *command], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command} exited {result.returncode}")
    peak = int(report.read_text().split()[-1]) / 1024
    report.unlink()
    return seconds, peak, result.stdout


def figures_of_report(report):
    return {
        "groups": report["groups"], "moments": report["moments"],
        "cells": {d["id"]: [(d["fields"][f]["cards"], d["fields"][f]["groups"]) for f in ("activity", "place", "result")]
                  for d in report["domains"]},
        "distribution": {row["covered_domains"]: row["groups"] for row in report["coverage_distribution"] if row["groups"]},
        "attention": [[a["id"], [r["code"] for r in a["reasons"]]] for a in report["attention"]],
    }


def figures_of_plain(cohort):
    report = cohort.report()
    return {
        "groups": report["groups"], "moments": report["moments"],
        "cells": {d: [tuple(c) for c in cells] for d, cells in report["cells"].items()},
        "distribution": {k: v for k, v in report["distribution"].items() if v},
        "attention": [[name, reasons] for name, reasons in report["attention"]],
    }


def peer_run(folder, processes):
    """FastPeer over a folder, on one process or a pool; prints its figures as JSON (run in a fresh process)."""
    deck = peers.Deck(impactkit)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    peer = peers.FastPeer(deck)
    if processes == 1:
        cohort = peers.peer_cohort(peer, folder, names)
    else:
        size = max(1, len(names) // (processes * 8))
        shares = [names[i:i + size] for i in range(0, len(names), size)]
        cohort = plain.Cohort()
        with ProcessPoolExecutor(processes, initializer=_init_worker) as pool:
            for part in pool.map(_worker_share, [folder] * len(shares), shares):
                cohort.merge(part)
    print(json.dumps(figures_of_plain(cohort)))


def figures_run(folder):
    """The figures alone over orjson, no schema and no cross-checks (the floor of what the figures cost in Python;
    it accepts documents ImpactKit refuses)."""
    import orjson

    cohort = plain.Cohort()
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".json")):
        cohort.fold(orjson.loads((Path(folder) / name).read_bytes()))
    print(json.dumps(figures_of_plain(cohort)))


def stamp_run(folder, cache):
    """FastPeer with a stamp cache, one process; prints its figures as JSON (run in a fresh process)."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    cohort = peers.stamp_cached_cohort(peers.FastPeer(peers.Deck(impactkit)), folder, names, cache)
    print(json.dumps(figures_of_plain(cohort)))


_worker_peer = None


def _init_worker():
    global _worker_peer
    _worker_peer = peers.FastPeer(peers.Deck(impactkit))


def _worker_share(folder, names):
    return peers.peer_cohort(_worker_peer, folder, names)


def heat_map_run(folder, which):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".json"))
    cells = peers.pandas_heat_map(folder, names) if which == "pandas" else peers.duckdb_heat_map(folder)
    print(json.dumps([[d, f, c, g] for (d, f), (c, g) in sorted(cells.items())]))


def binding_run(folder):
    cohort = impactkit.Cohort()
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".json")):
        cohort.add_json((Path(folder) / name).read_bytes(), source=name)
    print(json.dumps(figures_of_report(cohort.evaluate())))


def changed_copy(folder, share=0.05):
    """A copy of the cohort (hard links) in which every 20th document was rewritten — as a week of a coach's edits
    would: a new file, same groups, bytes changed (an unknown member, which every reader keeps or ignores)."""
    target = Path(str(folder) + "-week2")
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(folder, target, copy_function=os.link)
    names = sorted(n for n in os.listdir(target) if n.endswith(".json"))
    step = round(1 / share)
    for name in names[::step]:
        document = json.loads((target / name).read_bytes())
        document["x-bench-week"] = 2
        temporary = target / (name + ".tmp")
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        os.replace(temporary, target / name)
    return target, len(names[::step])


def cohort(folder, rounds):
    script = [sys.executable, str(Path(__file__).resolve())]
    cache = Path(str(folder) + ".cache.json")
    commands = {
        f"ImpactKit CLI, {CORES} threads": [str(CLI), "cohort", str(folder), "--format", "json"],
        "ImpactKit C ABI via Python, 1 thread": script + ["binding", str(folder)],
        "orjson + jsonschema-rs + checks, 1 process": script + ["peer", str(folder), "1"],
        f"orjson + jsonschema-rs + checks, {CORES} processes": script + ["peer", str(folder), str(CORES)],
        "orjson + the figures only (no checks), 1 process": script + ["figures", str(folder)],
        "pandas, heat map only": script + ["heat", str(folder), "pandas"],
        "DuckDB read_json, explicit columns, heat map only": script + ["heat", str(folder), "duckdb"],
    }
    samples = {name: [] for name in commands}
    memory = {}
    outputs = {}
    names = list(commands)
    for round_number in range(rounds):
        order = names[round_number % len(names):] + names[:round_number % len(names)]
        for name in order:
            seconds, peak, out = timed_process(commands[name])
            samples[name].append(seconds)
            memory[name] = max(memory.get(name, 0), peak)
            outputs[name] = out
    ours = figures_of_report(json.loads(outputs[names[0]]))
    for name in names[1:5]:
        theirs = json.loads(outputs[name])
        theirs["cells"] = {d: [tuple(c) for c in cells] for d, cells in theirs["cells"].items()}
        theirs["distribution"] = {int(k): v for k, v in theirs["distribution"].items()}
        mine = json.loads(json.dumps(ours))
        mine["cells"] = {d: [tuple(c) for c in cells] for d, cells in mine["cells"].items()}
        mine["distribution"] = {int(k): v for k, v in mine["distribution"].items()}
        for key in ("groups", "moments", "cells", "distribution", "attention"):
            if mine[key] != theirs[key]:
                raise SystemExit(f"{name} disagrees on {key}: {str(theirs[key])[:200]} vs {str(mine[key])[:200]}")
    heat = sorted([d, f, cells[i][0], cells[i][1]] for d, cells in ours["cells"].items()
                  for i, f in enumerate(("activity", "place", "result")))
    for name in names[5:]:
        if sorted(json.loads(outputs[name])) != heat:
            raise SystemExit(f"{name} disagrees on the heat map")
    groups = ours["groups"]
    flagged = len(ours["attention"])
    show(f"cohort of {groups} groups, cold ({flagged} flagged = {100 * flagged / groups:.0f} %; figures agree)",
         samples, names[0], 1, "s ")
    print("  peak RSS (MiB): " + ", ".join(f"{name.split(',')[0]} {memory[name]:.0f}" for name in names))

    # Warm: last week's cache, this week 5 % changed, and a re-run with nothing changed. Beside ImpactKit's cache,
    # the peer with a stamp cache of its own (issue 39, item 4: a cached ImpactKit was compared with an uncached
    # peer); the uncached peers' re-run is a cold run.
    week2, changed = changed_copy(folder)
    stamps = Path(str(folder) + ".stamps.json")
    warm_commands = {
        "ImpactKit CLI with --cache (5 % changed)": [str(CLI), "cohort", str(week2), "--format", "json",
                                                      "--cache", str(cache)],
        "stamp-cached peer, 1 process (5 % changed)": script + ["stamp", str(week2), str(stamps)],
        "ImpactKit CLI with --cache (unchanged)": [str(CLI), "cohort", str(week2), "--format", "json",
                                                    "--cache", str(cache)],
        "stamp-cached peer, 1 process (unchanged)": script + ["stamp", str(week2), str(stamps)],
        "orjson + jsonschema-rs + checks, 1 process": script + ["peer", str(week2), "1"],
        f"orjson + jsonschema-rs + checks, {CORES} processes": script + ["peer", str(week2), str(CORES)],
    }
    warm = {name: [] for name in warm_commands}
    for round_number in range(rounds):
        for stale in (cache, stamps):
            if stale.exists():
                stale.unlink()
        timed_process([str(CLI), "cohort", str(folder), "--format", "json", "--cache", str(cache)])  # last week
        timed_process(script + ["stamp", str(folder), str(stamps)])
        week2, _ = changed_copy(folder)
        cold = json.loads(subprocess.run([str(CLI), "cohort", str(week2), "--format", "json"],
                                         capture_output=True, check=True).stdout)
        for name in warm_commands:  # in this order: the "unchanged" runs find what the "5 %" runs left
            seconds, _, out = timed_process(warm_commands[name])
            warm[name].append(seconds)
            if name.startswith("ImpactKit") and json.loads(out) != cold:
                raise SystemExit("the warm report differs from a cold one")
            if name.startswith("stamp") and json.loads(out)["attention"] != figures_of_report(cold)["attention"]:
                raise SystemExit(f"{name} disagrees with a cold run")
    show(f"cohort of {groups} groups, warm ({changed} documents changed; report equal to a cold run)", warm,
         "ImpactKit CLI with --cache (5 % changed)", 1, "s ")
    shutil.rmtree(week2)
    cache.unlink()
    stamps.unlink()


def main():
    if sys.argv[1] == "peer":
        return peer_run(sys.argv[2], int(sys.argv[3]))
    if sys.argv[1] == "heat":
        return heat_map_run(sys.argv[2], sys.argv[3])
    if sys.argv[1] == "figures":
        return figures_run(sys.argv[2])
    if sys.argv[1] == "stamp":
        return stamp_run(sys.argv[2], sys.argv[3])
    if sys.argv[1] == "binding":
        return binding_run(sys.argv[2])
    deck = peers.Deck(impactkit)
    per_canvas(Path(sys.argv[1]), deck)
    for folder in sys.argv[2:]:
        print()
        count = len([n for n in os.listdir(folder) if n.endswith(".json")])
        cohort(Path(folder), 3 if count <= 10000 else 1)


if __name__ == "__main__":
    main()
