#!/usr/bin/env python3
"""A coach's report over a folder of canvases: one line per group, the cohort's heat map of domain × field, and the
groups that need attention (a domain still empty, or no result laid at all).

    python3 cohort_report.py DIR [--lang nl|en]
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

import impactkit

FIELDS = ("activity", "place", "result")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    args = parser.parse_args()
    nl = args.lang == "nl"

    heat = Counter()
    names = {}
    attention = []
    groups = 0
    print(f"{'canvas':32} {'moment':18} {'kaarten' if nl else 'cards':>7} {'gedekt' if nl else 'covered':>8}  "
          f"{'zwakste domein' if nl else 'weakest domain'}")
    for path in sorted(args.folder.glob("*.json")):
        try:
            with impactkit.Canvas.load(path) as canvas:
                report = canvas.evaluate(args.lang)
        except impactkit.SchemaError:
            continue  # another kind of document in the folder (e.g. a report)
        except impactkit.ImpactKitError as error:
            print(f"{path.name}: {error}", file=sys.stderr)
            continue
        groups += 1
        for domain in report["domains"]:
            names[domain["id"]] = domain["name"]
            for field in FIELDS:
                heat[domain["id"], field] += domain["fields"][field]
        weakest = report["weakest"]["domain"] if report["weakest"] else "—"
        moment = report.get("moment", {}).get("label", "")
        covered = f"{len(report['coverage']['covered'])}/{len(report['domains'])}"
        print(f"{path.stem:32} {moment:18} {report['totals']['cards']:7} {covered:>8}  {names.get(weakest, weakest)}")
        for empty in report["coverage"]["empty"]:
            attention.append((path.stem, ("nog leeg: " if nl else "still empty: ") + names[empty]))
        if report["totals"]["result"] == 0:
            attention.append((path.stem, "nog geen opbrengst" if nl else "no result yet"))

    print()
    print(("Heatmap van het cohort" if nl else "Cohort heat map") + f" ({groups} canvassen)")
    labels = ("activiteit", "plaats", "opbrengst") if nl else FIELDS
    print(f"{'':38}" + "".join(f"{label:>11}" for label in labels))
    for domain, name in names.items():
        print(f"{name:38}" + "".join(f"{heat[domain, field]:11}" for field in FIELDS))
    print()
    print("Aandacht nodig:" if nl else "Needs attention:")
    for group, reason in attention or [("—", "geen" if nl else "none")]:
        print(f"  {group}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
