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
                    "chains": 0, "answers": 1, "effects": 0, "interactions": 0}
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
    assert impactkit.loads(json.dumps(TEAM, indent=4)).revision == canvas.revision
    changed = json.loads(json.dumps(TEAM))
    changed["placements"][0]["at"] = "2026-09-28T10:16:00Z"
    assert Canvas.from_json(json.dumps(changed)).revision != canvas.revision


def test_a_batch_of_operations_applies_all_or_nothing_with_its_undo():
    canvas = Canvas.from_json(json.dumps(TEAM))
    start = canvas.revision
    undo = canvas.apply([
        {"op": "place", "id": "w2", "card": "act.survey", "domain": "knowledge", "field": "activity", "by": "s2",
         "at": "2026-09-30T14:00:00Z"},
        {"op": "answer", "question": "lim.students.judge", "answer": "Goed", "by": "s2"},
    ])
    assert [op["op"] for op in undo] == ["withdraw", "unplace"]
    assert canvas.evaluate("en")["contributions"]["members"][1]["placements"] == 2
    canvas.apply(undo)
    assert canvas.revision == start
    with pytest.raises(InvalidArgument) as refused:
        canvas.apply([{"op": "note", "id": "p1", "note": "x"}, {"op": "move", "id": "p1", "field": "result"}])
    assert refused.value.path == "/1"
    assert canvas.revision == start


def test_a_batch_is_a_list_and_a_single_operation_is_told_so():
    canvas = Canvas.from_json(json.dumps(TEAM))
    start = canvas.revision
    place = {"op": "place", "id": "w3", "card": "act.survey", "domain": "knowledge", "field": "activity"}
    with pytest.raises(InvalidArgument, match=r"^IK_EINVAL: operations are a list: put the one operation in \[ \]$"):
        canvas.apply(place)
    with pytest.raises(InvalidArgument, match="^IK_EINVAL: operations must be a list of dicts or their JSON, got int$"):
        canvas.apply(3)
    assert canvas.revision == start
    undo = canvas.apply((place,))  # a tuple is a list here, as json.dumps has it
    assert undo == [{"op": "unplace", "id": "w3"}]


def test_a_misspelt_report_setting_names_the_settings():
    canvas = Canvas.from_json(json.dumps(TEAM))
    message = r"^unknown report setting 'language' \(the settings are lang, as_of, dimensions\)$"
    with pytest.raises(TypeError, match=message):
        canvas.evaluate(language="nl")
    with pytest.raises(TypeError, match=message):
        canvas.report_text(language="nl")


def test_a_stale_revision_turns_what_is_gone_into_a_conflict():
    canvas = Canvas.from_json(json.dumps(TEAM))
    seen = canvas.revision
    canvas.apply([{"op": "unplace", "id": "p3"}])
    canvas.apply([{"op": "place", "card": "act.survey", "domain": "partners", "field": "activity"}], base_revision=seen)
    with pytest.raises(impactkit.Conflict) as conflict:
        canvas.apply([{"op": "note", "id": "p3", "note": "te laat"}], base_revision=seen)
    assert conflict.value.code == -12 and conflict.value.path == "/0/id"
    assert conflict.value.localized("nl").endswith(f"het canvas is gewijzigd sinds revisie {seen}")


def test_operations_and_their_undo_follow_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from conftest import ROOT
    schema = json.loads((ROOT / "schema" / "operations.schema.json").read_text())
    batch = [
        {"op": "place", "card": "act.survey", "domain": "knowledge", "field": "activity", "by": "s1", "at": "2026-09-30T14:00:00Z"},
        {"op": "move", "id": "p1", "domain": "knowledge"}, {"op": "note", "id": "p2", "note": "buurthuis"},
        {"op": "effect", "id": "p3", "effect": {"intended": True}}, {"op": "unchain", "id": "c1"},
        {"op": "answer", "question": "lim.students.judge", "answer": "Goed", "by": "s2"},
        {"op": "card", "id": "own.walk", "kind": "location", "text": "Wandeling"},
        {"op": "domains", "domains": None}, {"op": "use", "variant": "standard", "purpose": None},
    ]
    jsonschema.validate(batch, schema)
    canvas = Canvas.from_json(json.dumps(TEAM))
    undo = canvas.apply(batch)
    jsonschema.validate(undo, schema)
    assert [op["op"] for op in undo] == ["use", "domains", "uncard", "withdraw", "chain", "effect", "note", "move", "unplace"]


def test_two_copies_merge_the_same_either_way():
    base = Canvas.from_json(json.dumps(TEAM))
    ours = Canvas.from_json(json.dumps(TEAM))
    theirs = Canvas.from_json(json.dumps(TEAM))
    mine = ours.place("act.survey", "knowledge", "activity")
    ours.apply([{"op": "note", "id": "p1", "note": "alpha"}])
    yours = theirs.place("act.survey", "complexity", "activity")
    theirs.apply([{"op": "note", "id": "p1", "note": "beta"}, {"op": "unplace", "id": "p3"}])
    merged, report = impactkit.merge(base, ours, theirs, lang="nl")
    again, _ = impactkit.merge(base, theirs, ours)
    assert merged.to_json() == again.to_json()
    ids = [p["id"] for p in merged.placements]
    assert mine in ids and yours in ids and "p3" not in ids
    assert [c["kind"] for c in report["conflicts"]] == ["placement-edited-twice"]
    assert report["revision"] == merged.revision
    assert report["text"].startswith("Samengevoegd; 1 conflict")
    with pytest.raises(InvalidArgument):
        impactkit.merge(base, ours, Canvas("Ander"))


def test_two_copies_of_a_journey_merge_moment_by_moment():
    from conftest import DATA
    path = DATA / "pzw-bottendaal.journey.json"
    base, ours, theirs = (impactkit.Journey.load(path) for _ in range(3))
    later = json.loads((DATA / "pzw-bottendaal-end.json").read_text())
    later["id"], later["moment"] = "pzw-bottendaal-later", {"label": "Na de zomer", "date": "2027-09-01"}
    ours.add_moment(Canvas.from_json(json.dumps(later)))
    theirs.link_evidence("lu-impact", "Week 5", "Interviews bij bewoners thuis", placement="p1")
    merged, report = impactkit.merge(base, ours, theirs)
    again, _ = impactkit.merge(base, theirs, ours)
    assert isinstance(merged, impactkit.Journey) and merged.to_json() == again.to_json()
    document = merged.to_dict()
    assert [m["moment"]["label"] for m in document["moments"]] == ["Week 5", "Einde semester", "Na de zomer"]
    assert any(link.get("placement") == "p1" and link["moment"] == "Week 5" for link in document["evidence"])
    assert report["conflicts"] == []


def test_a_journey_applies_operations_with_undo_and_conflicts():
    from conftest import DATA
    path = DATA / "pzw-bottendaal.journey.json"
    journey = impactkit.Journey.load(path)
    original = journey.to_json()
    seen = journey.revision
    assert seen == impactkit.loads(original).revision
    undo = journey.apply([
        {"op": "edit", "moment": "Week 5", "ops": [
            {"op": "place", "id": "w1", "card": "act.survey", "domain": "knowledge", "field": "activity"}]},
        {"op": "link", "outcome": "lu-reflectie", "moment": "Week 5", "placement": "w1", "justification": "Enquête"},
        {"op": "unlink", "outcome": "lu-impact", "moment": "Einde semester", "placement": "p14"},
    ], base_revision=seen)
    assert [op["op"] for op in undo] == ["link", "unlink", "edit"]
    assert undo[0]["position"] == 0 and undo[2]["ops"] == [{"op": "unplace", "id": "w1"}]
    evidence = journey.to_dict()["evidence"]
    assert evidence[-1]["placement"] == "w1" and all(link.get("placement") != "p14" for link in evidence)
    # The card now linked as evidence cannot be taken away; nothing changes.
    with pytest.raises(InvalidArgument) as orphan:
        journey.apply([{"op": "edit", "moment": "Week 5", "ops": [{"op": "unplace", "id": "w1"}]}])
    assert orphan.value.path == "/0"
    assert orphan.value.localized("nl") == ('plaatsing "w1" is bewijs voor leerresultaat "lu-reflectie"; '
                                            'maak die koppeling eerst los')
    # On the revision seen before, an edit of a card that is gone is a conflict.
    with pytest.raises(impactkit.Conflict) as conflict:
        journey.apply([{"op": "edit", "moment": "Week 5", "ops": [{"op": "note", "id": "gone", "note": "x"}]}],
                      base_revision=seen)
    assert conflict.value.path == "/0/ops/0/id"
    assert conflict.value.localized("nl").endswith(f"het traject is gewijzigd sinds revisie {seen}")
    with pytest.raises(NotFound):
        journey.apply('[{"op": "unmoment", "label": "Week 9"}]')
    journey.apply(undo)
    assert journey.to_json() == original and journey.revision == seen


def test_journey_operations_and_their_undo_follow_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    from conftest import DATA, ROOT
    from referencing import Registry, Resource
    schemas = {path.name: json.loads(path.read_text()) for path in (ROOT / "schema").glob("*.schema.json")}
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    validator = jsonschema.Draft202012Validator(schemas["journey-operations.schema.json"], registry=registry)
    journey = impactkit.Journey.load(DATA / "pzw-bottendaal.journey.json")
    later = json.loads((DATA / "pzw-bottendaal-end.json").read_text())
    later["id"], later["moment"] = "pzw-bottendaal-later", {"label": "Na de zomer", "date": "2027-09-01"}
    batch = [
        {"op": "moment", "canvas": later},
        {"op": "edit", "moment": "Na de zomer", "ops": [{"op": "note", "id": "p1", "note": "opnieuw"}]},
        {"op": "outcome", "id": "lu-onderzoek", "title": "Onderzoekend handelen", "category": "impact",
         "extra": {"x-code": "LU4"}, "position": 1},
        {"op": "link", "outcome": "lu-onderzoek", "moment": "Na de zomer", "justification": "Het hele canvas"},
        {"op": "title", "title": "PZW Bottendaal"}, {"op": "group", "group": None}, {"op": "programme", "programme": "PZW"},
    ]
    validator.validate(batch)
    undo = journey.apply(batch)
    validator.validate(undo)
    assert [op["op"] for op in undo] == ["programme", "group", "title", "unlink", "unoutcome", "edit", "unmoment"]
    again = journey.apply(undo)
    validator.validate(again)
    assert next(op for op in again if op["op"] == "outcome")["extra"] == {"x-code": "LU4"}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate([{"op": "outcome", "id": "x", "title": "y", "extra": {"title": "z"}}])


def test_the_domains_operation_means_what_select_domains_means():
    """One meaning in every layer: the operation switches the variant as select_domains does, and its undo gives
    back the variant it found (a coaches canvas stays one)."""
    canvas = Canvas.from_json(json.dumps(TEAM))
    canvas.use("coaches")
    start = canvas.revision
    undo = canvas.apply([{"op": "domains", "domains": ["partners", "knowledge"]}])
    assert [op["op"] for op in undo] == ["domains", "use"]
    assert undo[1] == {"op": "use", "variant": "coaches", "purpose": None}
    document = json.loads(canvas.to_json())
    assert document["variant"] == "selected-domains" and document["domains"] == ["partners", "knowledge"]
    same = Canvas.from_json(json.dumps(TEAM))
    same.use("coaches")
    same.select_domains(["partners", "knowledge"])
    assert same.revision == canvas.revision
    canvas.apply(undo)
    assert canvas.revision == start and json.loads(canvas.to_json())["variant"] == "coaches"


def test_effects_and_interactions_say_who_recorded_them():
    """The C API and PHP took `by` and `at` on an effect or interaction (1.1); Python's keywords had no way to."""
    canvas = impactkit.Canvas("Wie")
    canvas.apply([{"op": "team", "team": [{"id": "s1", "name": "Noor"}, {"id": "s2", "name": "Daan"}]}])
    result = canvas.place("res.advice-report", "complexity", "result")
    activity = canvas.place("act.workshop", "partners", "activity")
    canvas.set_effect(result, intended=True, by="s2", at="2026-11-02T10:00:00Z")
    canvas.set_interaction(activity, mode="direct", by="s1")
    placements = {p["id"]: p for p in canvas.to_dict()["placements"]}
    assert placements[result]["effect"] == {"intended": True, "by": "s2", "at": "2026-11-02T10:00:00Z"}
    assert placements[activity]["interaction"] == {"mode": "direct", "by": "s1"}
    with pytest.raises(impactkit.NotFound, match='no team member "s9"'):
        canvas.set_effect(result, intended=False, by="s9")
    with pytest.raises(impactkit.ArgumentTypeError):
        canvas.set_interaction(activity, mode="direct", by=1)   # type: ignore[arg-type]
    assert {p["id"]: p for p in canvas.to_dict()["placements"]} == placements
