"""Issue 32: a team canvas — revisions for compare-and-swap, and who laid what (by, at) counted per member."""

import json

import pytest

import impactkit
from impactkit import Canvas, InvalidArgument, NotFound

TEAM = {
    "schema": "impactkit/canvas/1", "id": "team", "title": "Team", "template": "lim",
    "team": [{"id": "s1", "name": "Noor"}, {"id": "s2", "name": "Daan"}],
    "placements": [
        {"id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1",
         "at": "2026-09-28T10:15:00Z"},
        {"id": "p2", "card": "loc.community-centre", "domain": "partners", "field": "place", "by": "s2"},
        {"id": "p3", "card": "res.report", "domain": "knowledge", "field": "result"},
    ],
    "chains": [{"id": "c1", "activity": "p1", "places": ["p2"], "by": "s2", "at": "2026-09-29T08:00:00+02:00"}],
    "reflections": [{"question": "lim.students.notice", "answer": "Veel bij partners", "by": "s1",
                     "at": "2026-09-29T09:00:00Z"}],
}


def test_authorship_round_trips_and_is_counted_per_member():
    canvas = Canvas.from_json(json.dumps(TEAM))
    written = json.loads(canvas.to_json())
    assert written["team"][0] == {"id": "s1", "name": "Noor"}
    assert (written["placements"][0]["by"], written["placements"][0]["at"]) == ("s1", "2026-09-28T10:15:00Z")
    assert written["chains"][0]["at"] == "2026-09-29T08:00:00+02:00"
    contributions = canvas.evaluate("en")["contributions"]
    noor, daan = contributions["members"]
    assert noor == {"member": "s1", "placements": 1, "fields": {"activity": 1, "place": 0, "result": 0},
                    "domains": {"target-group": 0, "partners": 1, "complexity": 0, "interprofessional": 0, "knowledge": 0},
                    "chains": 0, "answers": 1}
    assert (daan["placements"], daan["chains"]) == (1, 1)
    assert contributions["unattributed"] == {"placements": 1, "chains": 0, "answers": 0}
    assert "Noor (s1): 1 kaart (activiteit 1, plaats 0, opbrengst 0), 0 impactketens, 1 antwoord" in canvas.report_text("nl")


def test_authorship_is_checked_with_its_pointer():
    stranger = json.loads(json.dumps(TEAM))
    stranger["placements"][2]["by"] = "s9"
    with pytest.raises(NotFound) as caught:
        Canvas.from_json(json.dumps(stranger))
    assert caught.value.path == "/placements/2/by"
    late = json.loads(json.dumps(TEAM))
    late["placements"][0]["at"] = "28-09-2026 10:15"
    with pytest.raises(InvalidArgument) as caught:
        Canvas.from_json(json.dumps(late))
    assert caught.value.path == "/placements/0/at"


def test_a_revision_names_the_content():
    canvas = Canvas.from_json(json.dumps(TEAM))
    assert impactkit.open(json.dumps(TEAM, indent=4)).revision == canvas.revision
    changed = json.loads(json.dumps(TEAM))
    changed["placements"][0]["at"] = "2026-09-28T10:16:00Z"
    assert Canvas.from_json(json.dumps(changed)).revision != canvas.revision
