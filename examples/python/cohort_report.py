#!/usr/bin/env python3
"""A coach's report over a folder of canvases and journeys (LIM §9.1): the cohort's heat map, how many domains each
group covers, the groups that need attention and why, and, per journey, its progress and evidence per outcome.

    python3 cohort_report.py DIR [--lang nl|en] [--max-empty-domains N]

Documents are streamed into impactkit.Cohort one at a time, so a folder of thousands of groups is fine.
"""

import argparse
import sys
from pathlib import Path

import impactkit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument("--max-empty-domains", type=int, default=0)
    args = parser.parse_args()
    nl = args.lang == "nl"

    cohort = impactkit.Cohort(impactkit.Thresholds(max_empty_domains=args.max_empty_domains))
    cohort.add_directory(args.folder, on_error=lambda name, error: print(f"{name}: {error}", file=sys.stderr))
    report = cohort.evaluate(args.lang)

    print(("Heatmap: groepen met kaarten per veld" if nl else "Heat map: groups with cards per field")
          + f" ({report['groups']} {'groepen' if nl else 'groups'})")
    labels = ("activiteit", "plaats", "opbrengst") if nl else ("activity", "place", "result")
    print(f"{'':40}" + "".join(f"{label:>12}" for label in labels) + f"{'gedekt' if nl else 'covered':>10}")
    for domain in report["domains"]:
        cells = "".join(
            f"{domain['fields'][field]['groups']:>6} ({round(domain['fields'][field]['share_of_groups'] * 100):>3}%)"
            for field in ("activity", "place", "result"))
        print(f"{domain['name']:40}{cells}{domain['covered']:>7}/{domain['groups_in_use']}")

    print()
    print("Gedekte domeinen per groep:" if nl else "Covered domains per group:")
    for row in report["coverage_distribution"]:
        print(f"  {row['covered_domains']}: {'#' * row['groups']} {row['groups']}")

    print()
    print("Aandacht nodig:" if nl else "Needs attention:")
    for group in report["attention"]:
        for reason in group["reasons"]:
            print(f"  {group['title']} [{reason['code']}]: {reason['text']}")

    # Journeys: progress from first to last moment and the evidence per learning outcome, for the portfolio talk.
    for path in sorted(args.folder.glob("*.json")):
        try:
            journey = impactkit.Journey.load(path)
        except impactkit.ImpactKitError:
            continue  # a canvas, or a file the cohort already reported
        with journey:
            summary = journey.evaluate(args.lang)
            if len(summary["moments"]) < 2:
                continue
            print()
            print(f"{summary['title']}: {summary['progress'][-1]['summary']}")
            for outcome in summary["outcomes"]:
                print(f"  {outcome['title']}: {outcome['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
