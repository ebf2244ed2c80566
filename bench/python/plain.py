"""What a Python script would write instead of using ImpactKit: the same evaluations, plainly, over `json`.
Used by bench_python.py as the peer; its results are checked against ImpactKit's so both do the same work."""

import json
from collections import Counter

DOMAINS = ["target-group", "partners", "complexity", "interprofessional", "knowledge"]
FIELDS = ["activity", "place", "result"]


def counts(canvas):
    """domain -> [activity, place, result] for the domains in use."""
    in_use = canvas.get("domains") or DOMAINS
    table = {d: [0, 0, 0] for d in DOMAINS if d in in_use}
    for p in canvas.get("placements", []):
        table[p["domain"]][FIELDS.index(p["field"])] += 1
    return table


def coverage(row):
    return "empty" if sum(row) == 0 else ("covered" if all(row) else "partial")


def evaluate(canvas):
    """The core of the canvas report: counts, coverage, shares (4 decimals half up), strongest and weakest."""
    table = counts(canvas)
    total = sum(sum(r) for r in table.values())
    shares = {d: ((sum(r) * 20000 + total) // (2 * total)) / 10000 if total else 0 for d, r in table.items()}
    keys = {d: (sum(r), sum(1 for x in r if x)) for d, r in table.items()}
    strongest = weakest = None
    if len(keys) >= 2 and max(keys.values()) != min(keys.values()):
        high, low = max(keys.values()), min(keys.values())
        strongest = next(d for d in table if keys[d] == high)
        weakest = next(d for d in table if keys[d] == low)
    return {
        "totals": {"cards": total, **{f: sum(r[i] for r in table.values()) for i, f in enumerate(FIELDS)}},
        "domains": [{"id": d, "fields": dict(zip(FIELDS, r)), "coverage": coverage(r)} for d, r in table.items()],
        "palette": [{"domain": d, "share": s} for d, s in shares.items()],
        "strongest": strongest, "weakest": weakest,
    }


def _items(canvas):
    slots = {}
    for p in canvas.get("placements", []):
        key = ("card", p["card"]) if "card" in p else ("text", p["text"])
        slots.setdefault(key, []).append((p["domain"], p["field"]))
    return slots


def added_cards(old, new):
    """Cards added from one moment to the next: slots gained minus those that are moves (multiset difference)."""
    before, after = _items(old), _items(new)
    added = 0
    for key, arrived in after.items():
        gone = list(before.get(key, []))
        unmatched = []
        for slot in arrived:
            if slot in gone:
                gone.remove(slot)
            else:
                unmatched.append(slot)
        added += max(0, len(unmatched) - len(gone))
    return added


class Cohort:
    def __init__(self):
        self.groups = 0
        self.moments = 0
        self.cells = {d: [[0, 0] for _ in FIELDS] for d in DOMAINS}  # [cards, groups]
        self.covered = Counter()
        self.distribution = Counter()
        self.attention = []
        self.skipped = []

    def add(self, name, text):
        try:
            document = json.loads(text)
        except ValueError as error:
            self.skipped.append(name)
            return
        self.fold(document)

    def merge(self, other):
        """Adds the figures of a cohort over the groups that come after this one's (a worker's share)."""
        self.groups += other.groups
        self.moments += other.moments
        for domain, cells in other.cells.items():
            for mine, theirs in zip(self.cells[domain], cells):
                mine[0] += theirs[0]
                mine[1] += theirs[1]
        self.covered.update(other.covered)
        self.distribution.update(other.distribution)
        self.attention += other.attention
        self.skipped += other.skipped

    def fold(self, document):
        """Adds one parsed group (a journey or a single canvas)."""
        self.add_summary(summarize(document))

    def add_summary(self, summary):
        """Adds one group by what summarize() kept of it (fresh, or from a stamp cache)."""
        self.groups += 1
        self.moments += summary["moments"]
        covered = 0
        for domain, row in summary["latest"].items():
            for index, count in enumerate(row):
                self.cells[domain][index][0] += count
                self.cells[domain][index][1] += 1 if count else 0
            if coverage(row) == "covered":
                covered += 1
                self.covered[domain] += 1
        self.distribution[covered] += 1
        if summary["reasons"]:
            self.attention.append((summary["id"], summary["reasons"]))

    def report(self):
        return {
            "groups": self.groups, "moments": self.moments,
            "cells": {d: [tuple(c) for c in cells] for d, cells in self.cells.items()},
            "distribution": dict(self.distribution),
            "attention": self.attention,
        }


def summarize(document):
    """What a cohort needs of one group: its moments, the latest moment's counts, the reasons it needs attention.
    Plain JSON, so a stamp cache can keep it (peers.stamp_cached_cohort)."""
    moments = document["moments"] if document.get("schema") == "impactkit/journey/1" else [document]
    # Each moment counted once (issue 39, item 4: this peer counted a moment up to four times).
    tables = [counts(moment) for moment in moments]
    latest = tables[-1]
    reasons = []
    if any(sum(row) == 0 for row in latest.values()):
        reasons.append("empty-domains")
    if any(table and sum(r[2] for r in table.values()) < 1 for table in tables[1:]):
        reasons.append("few-results")
    for index, (old, new) in enumerate(zip(moments, moments[1:])):
        before, after = tables[index], tables[index + 1]
        newly = [d for d in after if coverage(after[d]) == "covered" and coverage(before.get(d, [0, 0, 0])) != "covered"]
        if added_cards(old, new) < 1 and not newly:
            reasons.append("no-progress")
    return {"id": document["id"], "moments": len(moments), "latest": latest, "reasons": reasons}
