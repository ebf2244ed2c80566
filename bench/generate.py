#!/usr/bin/env python3
"""Deterministic test data for the benchmarks (same seed, same bytes).

    python3 bench/generate.py canvases OUT_DIR            small.json, large.json, huge.json
    python3 bench/generate.py cohort OUT_DIR N [--seed S]  N groups: journeys of 2–3 moments and single canvases

Card ids come from the built-in LIM template (read from examples/data, so no library call is needed here).
"""

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOMAINS = ["target-group", "partners", "complexity", "interprofessional", "knowledge"]
FIELD_OF_KIND = {"act": "activity", "loc": "place", "res": "result"}
WORDS = ("buurt bewoners gesprek wijkteam ouderen bewegen voeding interview prototype advies gemeente huisarts "
         "school sportclub verslag presentatie samenwerking kennis praktijk onderzoek onderwijs").split()


def template_cards():
    """The LIM deck's card ids by kind, from the demo canvas's template reference and the card catalogue."""
    text = (ROOT / "Sources/ImpactKit/Canvas/LIMTemplate.swift").read_text(encoding="utf-8")
    import re
    ids = re.findall(r'card\("((?:act|loc|res)\.[a-z-]+)"', text)
    cards = {"activity": [], "place": [], "result": []}
    for card in ids:
        cards[FIELD_OF_KIND[card[:3]]].append(card)
    return cards


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def canvas(rng, cards, *, id, title, placements, notes, own_cards, label=None, date=None, team=6):
    document = {"schema": "impactkit/canvas/1", "id": id, "title": title, "template": "lim", "variant": "standard"}
    if label:
        document["moment"] = {"label": label, **({"date": date} if date else {})}
    document["team"] = [{"name": f"Student {i + 1}", "role": rng.choice(["student", "coach", "opdrachtgever"])}
                        for i in range(team)]
    own = [{"id": f"own.{i}", "kind": "blank", "text": sentence(rng, 4)} for i in range(own_cards)]
    document["cards"] = own
    slots = set()
    laid = []
    attempts = 0
    while len(laid) < placements and attempts < placements * 20:
        attempts += 1
        domain = rng.choice(DOMAINS)
        if own and rng.random() < 0.5:
            card, field = rng.choice(own)["id"], rng.choice(["activity", "place", "result"])
        else:
            field = rng.choice(["activity", "place", "result"])
            card = rng.choice(cards[field])
        if (card, domain, field) in slots:
            continue
        slots.add((card, domain, field))
        item = {"id": f"p{len(laid) + 1}", "card": card, "domain": domain, "field": field}
        if rng.random() < notes:
            item["note"] = sentence(rng, 12)
        laid.append(item)
    document["placements"] = laid
    document["reflections"] = [{"question": "lim.students.gain", "answer": sentence(rng, 20)}]
    return document


def write(path: Path, document) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def canvases(out: Path) -> None:
    rng = random.Random(20261123)
    cards = template_cards()
    out.mkdir(parents=True, exist_ok=True)
    write(out / "small.json", canvas(rng, cards, id="small", title="Eén groep", placements=15, notes=0.2, own_cards=1))
    write(out / "large.json", canvas(rng, cards, id="large", title="Veel kaarten en notities", placements=600,
                                     notes=1.0, own_cards=150, team=12))
    write(out / "huge.json", canvas(rng, cards, id="huge", title="Stress", placements=20000, notes=0.5,
                                    own_cards=5000, team=40))


def cohort(out: Path, groups: int, seed: int) -> None:
    rng = random.Random(seed)
    cards = template_cards()
    out.mkdir(parents=True, exist_ok=True)
    labels = [("Start", "2026-09-07"), ("Week 5", "2026-10-05"), ("Einde", "2027-01-22")]
    for number in range(groups):
        moments = rng.choice([1, 2, 2, 3])
        size = rng.randint(0, 20)
        steps = []
        for index in range(moments):
            steps.append(canvas(rng, cards, id=f"g{number}-m{index}", title=f"Groep {number}", placements=size,
                                notes=0.3, own_cards=rng.randint(0, 2), label=labels[index][0],
                                date=labels[index][1], team=5))
            size += rng.randint(0, 8)
        name = out / f"group-{number:05d}.json"
        if moments == 1:
            write(name, steps[0])
        else:
            write(name, {"schema": "impactkit/journey/1", "id": f"g{number}", "title": f"Groep {number}",
                         "moments": steps})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["canvases", "cohort"])
    parser.add_argument("out", type=Path)
    parser.add_argument("groups", type=int, nargs="?", default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.what == "canvases":
        canvases(args.out)
    else:
        cohort(args.out, args.groups, args.seed)


if __name__ == "__main__":
    main()
