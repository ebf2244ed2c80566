#!/usr/bin/env python3
"""Writes the canvases the picture tests draw (Tests/data/pictures/): a large real-looking one (60 placements over
five domains with long Dutch card texts, the notes students write, effects, interactions and impact chains) and a
hostile one (markup, very long words, emoji, right-to-left text, control characters, a note of 2,000 characters).
Deterministic: run again after changing it and commit the result."""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/data/pictures"
# Placements per cell (domain by domain, fields in order): uneven, as real canvases are; 60 in all.
COUNTS = [6, 4, 3, 5, 4, 4, 3, 3, 5, 4, 5, 4, 2, 3, 5]
DOMAINS = ["target-group", "partners", "complexity", "interprofessional", "knowledge"]
ACTIVITIES = [
    "Interviews met bewoners van de wijk over bewegen en eten",
    "Co-creatiesessie met het wijkteam en de huisartsenpraktijk",
    "Observatie tijdens de beweegochtend in het buurthuis",
    "Literatuuronderzoek naar valpreventie bij thuiswonende ouderen",
    "Gezamenlijke intervisie met studenten fysiotherapie en verpleegkunde",
]
PLACES = [
    "Buurthuis De Bolder, Bottendaal",
    "Huisartsenpraktijk aan de Sint Annastraat",
    "Online samenwerkingsomgeving van de hogeschool",
    "Bij de mensen thuis, samen met de wijkverpleegkundige",
]
RESULTS = [
    "Beweegkaart voor de wijk, door bewoners zelf getest",
    "Adviesrapport voor de gemeente over ontmoetingsplekken",
    "Nieuwe werkwijze voor huisbezoeken in het wijkteam",
    "Eigen leerdoelen bijgesteld na feedback van de opdrachtgever",
]
NOTES = [
    "Zes ouderen geïnterviewd; twee wilden liever thuis praten",
    "Afgestemd met Ellen (wijkteam): de beweegochtend start om tien uur, dus wij zijn er om negen",
    "Hier liepen we vast: de gemeente wil eerst cijfers zien",
    None,
    None,
]


def large():
    placements = []
    number = 0
    for d, domain in enumerate(DOMAINS):
        for f, (field, texts) in enumerate([("activity", ACTIVITIES), ("place", PLACES), ("result", RESULTS)]):
            count = COUNTS[d * 3 + f]
            for i in range(count):
                number += 1
                placement = {"id": f"p{number}", "text": texts[(d + i) % len(texts)] + (f" ({i + 1})" if i >= len(texts) else ""),
                             "domain": domain, "field": field}
                note = NOTES[(number + d) % len(NOTES)]
                if note:
                    placement["note"] = note
                if field == "result" and i % 2 == 0:
                    placement["effect"] = {"intended": i % 4 == 0, "valence": "positive" if i != 2 else "negative",
                                           "spheres": ["practice", "society"] if i == 0 else ["education"]}
                if field == "activity" and i < 2:
                    placement["interaction"] = {"mode": "direct"} if i == 0 else {"mode": "indirect", "carrier": "video", "partners": ["target-group"]}
                placements.append(placement)
    assert len(placements) == 60, len(placements)
    by_cell = {}
    for p in placements:
        by_cell.setdefault((p["domain"], p["field"]), []).append(p["id"])
    chains = [
        {"id": "c1", "activity": by_cell[("target-group", "activity")][0], "places": [by_cell[("target-group", "place")][0]],
         "results": [by_cell[("target-group", "result")][0]], "note": "Beweegkaart samen met bewoners ontworpen"},
        {"id": "c2", "activity": by_cell[("partners", "activity")][1], "places": [],
         "results": [by_cell[("complexity", "result")][2]]},
    ]
    return {
        "schema": "impactkit/canvas/1", "id": "pzw-large", "title": "Proeftuin Zorg en Welzijn Bottendaal: samen gezond ouder worden in de wijk",
        "template": "lim", "variant": "without-cards",
        "moment": {"label": "Eindpresentatie semester 1", "date": "2027-01-22"},
        "team": [{"name": n, "role": r} for n, r in [("Ayla de Vries", "student verpleegkunde"), ("Mehmet Yilmaz", "student fysiotherapie"),
                                                     ("Sanne Jansen", "student social work"), ("Ellen Smit", "coach"),
                                                     ("Wijkteam Bottendaal", "opdrachtgever")]],
        "cards": [], "placements": placements, "chains": chains, "reflections": [],
    }


def hostile():
    long_word = "arbeidsmarktcommunicatiemedewerkersopleidingsprogrammaontwikkelingstraject" * 3
    texts = [
        "<script>alert('x')</script> & \"quotes\" & 'apostrophes'",
        long_word,
        "Emoji 👩🏽‍⚕️🚲🏥 en tekens: ü é ß ĳ € – — … ← →",
        "نص عربي من اليمين إلى اليسار",
        "Tab\tand newline\nin one text\u0001\u007f",
        "https://example.org/" + "a/b/c/" * 40,
    ]
    placements = [{"id": f"p{i + 1}", "text": t, "domain": "target-group" if i % 2 == 0 else "knowledge",
                   "field": ["activity", "place", "result"][i % 3]} for i, t in enumerate(texts)]
    placements[0]["note"] = ("Een heel lange notitie die studenten schreven. " * 45)[:2000]
    return {
        "schema": "impactkit/canvas/1", "id": "hostile", "title": "<b>Titel</b> " + long_word,
        "template": "lim", "variant": "without-cards",
        "moment": {"label": "Week " + "9" * 60, "date": "2026-09-28"},
        "team": [{"name": "Naam " * 39, "role": "<i>rol</i>"}],
        "cards": [], "placements": placements, "chains": [], "reflections": [],
    }


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, document in (("large-canvas.json", large()), ("hostile-canvas.json", hostile())):
        (OUT / name).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        print("wrote", OUT / name)
