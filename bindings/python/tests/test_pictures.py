"""The charts next to the canvas poster: journey progress, cohort heat map, Actiescan radar, IDG bars. Each must be
well-formed SVG with only ImpactKit's own elements, show the figures it is about, and show hostile text as text."""

import json
import xml.etree.ElementTree as ET

from impactkit import Actiescan, ChangeLog, Cohort, Journey

from conftest import DATA, ROOT

NS = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script>'


def parse(svg: str):
    root = ET.fromstring(svg)  # raises unless well-formed
    tags = {element.tag.replace(NS, "") for element in root.iter()}
    assert tags <= {"svg", "title", "desc", "rect", "text", "line", "polygon", "circle"}, tags
    return root, [element.text for element in root.iter(NS + "text")]


def test_journey_progress():
    journey = Journey.load(DATA / "pzw-bottendaal.journey.json")
    root, texts = parse(journey.render_svg("nl"))
    # 5 domains × 2 moments: totals 6 2 1 3 0 | 8 4 3 3 3 (the report's cards per domain)
    totals = [t for t in texts if t.isdigit()]
    assert totals == ["6", "8", "2", "4", "1", "3", "3", "3", "0", "3"]
    # The moment's label with its date on the line below (issue 22: moments keep their dates).
    assert texts[texts.index("Week 5") + 1] == "2026-10-02" and "plaats" in texts


def test_cohort_heat_map():
    cohort = Cohort()
    cohort.add_directory(ROOT / "Tests" / "data" / "cohort")
    root, texts = parse(cohort.render_svg("en"))
    assert "4 groups, 7 canvases, 1 skipped" in texts
    assert texts.count("4 of 4 groups") == 2 and "11 cards" in texts and "1 card" in texts


def test_actiescan_radar():
    scan = Actiescan.load(DATA / "instruments" / "lin-actiescan.json")
    root, texts = parse(scan.render_svg("nl"))
    polygons = list(root.iter(NS + "polygon"))
    assert len(polygons) == 5 + 2  # five rings, two scans
    assert "zwakst: Vergroten innovatief vermogen" in texts
    assert any(t.startswith("niet beantwoord: Dagelijkse zorg") for t in texts)
    # The scan that left "Dagelijkse zorg" unanswered has no corner on that axis (not one at 0, below the scale's 1).
    assert [len(p.get("points").split()) for p in polygons[5:]] == [5, 4]
    circles = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(NS + "circle")]
    assert len(circles) == 9 and (570.0, 480.0) not in circles
    document = json.loads(scan.to_json())
    document["title"] = HOSTILE
    document["scans"][0]["label"] = "</text><iframe>"
    _, texts = parse(Actiescan.from_json(json.dumps(document)).render_svg())
    assert HOSTILE in texts and any(t.startswith("</text><iframe>") for t in texts)


def test_idg_bars():
    log = ChangeLog.load(DATA / "pwmi-changelog.json")
    root, texts = parse(log.render_svg("en"))
    assert ["1 (8%)", "1 (8%)", "4 (33%)", "3 (25%)", "2 (17%)", "1 (8%)"] == [t for t in texts if "%)" in t]
    assert "12 changes per Inner Development Goals dimension" in texts
