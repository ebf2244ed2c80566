"""LIM §3 through the Python binding: effects, interactions, chains and the report's "impact" section.
Figures by hand: results r1 (intended, positive, valued by the target group, practice + society), r2 (unintended,
research), r3 (nothing recorded); activities a1 (direct, co-created with work-field partners), a2 (indirect via
"video"); chain a1 → l1 → r1."""

import json

import pytest

from impactkit import Canvas
from impactkit.errors import AlreadyExists, InvalidArgument, NotFound, SchemaError


class Marked(Canvas):
    __slots__ = ("ids",)


@pytest.fixture
def marked():
    canvas = Marked("Impact")
    ids = {
        "r1": canvas.place("res.prototype", "target-group", "result"),
        "r2": canvas.place("res.publication", "knowledge", "result"),
        "r3": canvas.place("res.poster", "partners", "result"),
        "a1": canvas.place("act.co-creation-session", "target-group", "activity"),
        "a2": canvas.place("act.presentation", "partners", "activity"),
        "l1": canvas.place("loc.community-centre", "target-group", "place"),
    }
    canvas.set_effect(ids["r1"], intended=True, valence="positive", valued_by=["target-group"], spheres=["practice", "society"])
    canvas.set_effect(ids["r2"], intended=False, spheres=["research"])
    canvas.set_interaction(ids["a1"], mode="direct", partners=["work-field-partners"])
    canvas.set_interaction(ids["a2"], mode="indirect", carrier="video")
    canvas.ids = ids
    return canvas


def test_impact_figures(marked):
    ids = marked.ids
    assert marked.add_chain(ids["a1"], places=[ids["l1"]], results=[ids["r1"]]).startswith("c-")
    impact = marked.evaluate()["impact"]
    results = impact["results"]
    assert (results["total"], results["with_spheres"]) == (3, 2)
    assert {k: v["results"] for k, v in results["spheres"].items()} == {"education": 0, "research": 1, "practice": 1, "society": 1}
    assert results["spheres"]["practice"]["share"] == 0.5
    assert (results["intended"], results["unintended"], results["intention_unknown"]) == (1, 1, 1)
    assert results["valued_by"]["target-group"] == 1
    assert results["unvalued"] == 1  # r2 has an effect but nobody who values it
    assert impact["activities"] == {"total": 2, "direct": 1, "indirect": 1, "mode_unknown": 0, "co_created": 1,
                                    "co_created_share": 0.5}
    assert impact["chains"] == {"count": 1, "activities_without_result": [ids["a2"]],
                                "results_without_activity": [ids["r2"], ids["r3"]]}
    codes = [p["code"] for p in impact["prompts"]]
    assert codes == ["sphere-missing", "unvalued", "activities-without-result", "results-without-activity"]
    assert impact["prompts"][0]["text"] == "No result lands in education — is that intended?"
    assert "Impact (LIM §3):" in marked.report_text("nl")


def test_bad_input_changes_nothing(marked):
    ids = marked.ids
    before = marked.to_json()
    with pytest.raises(InvalidArgument):
        marked.set_effect(ids["a1"], intended=True)
    with pytest.raises(InvalidArgument) as caught:
        marked.set_effect(ids["r3"], spheres=["space"])
    assert caught.value.path == "/spheres/0"
    with pytest.raises(AlreadyExists):
        marked.set_interaction(ids["a1"], partners=["students", "students"])
    with pytest.raises(InvalidArgument):
        marked.set_interaction(ids["a1"], mode="direct", carrier="poster")
    with pytest.raises(NotFound):
        marked.add_chain("p404", results=[ids["r1"]])
    with pytest.raises(InvalidArgument) as caught:
        marked.add_chain(ids["a1"], results=[ids["l1"]])
    assert caught.value.path == "/results/0"
    assert marked.to_json() == before
    chain = marked.add_chain(ids["a1"], results=[ids["r1"]])
    with pytest.raises(InvalidArgument):
        marked.unplace(ids["r1"])
    marked.remove_chain(chain)
    marked.clear_effect(ids["r1"])
    marked.unplace(ids["r1"])


def test_round_trip_and_old_documents(marked, week5_text):
    marked.add_chain(marked.ids["a1"], results=[marked.ids["r1"]], note="samen met bewoners")
    document = marked.to_dict()
    document["placements"][0]["effect"]["x-evidence"] = "foto"
    again = Canvas.from_json(json.dumps(document))
    assert again.to_dict()["placements"][0]["effect"]["x-evidence"] == "foto"
    assert again.to_dict()["chains"][0]["note"] == "samen met bewoners"
    with pytest.raises(SchemaError):
        document["placements"][0]["effect"]["intended"] = "yes"
        Canvas.from_json(json.dumps(document))
    # A canvas written before effects existed: unknown, not "no".
    old = Canvas.from_json(week5_text).evaluate()["impact"]
    assert old["results"]["intention_unknown"] == old["results"]["total"] == 2
    assert [p["code"] for p in old["prompts"]] == ["not-recorded"]


def test_documents_and_reports_match_the_schemas(marked, schema_validator):
    marked.add_chain(marked.ids["a1"], places=[marked.ids["l1"]], results=[marked.ids["r1"]])
    schema_validator("canvas.schema.json").validate(marked.to_dict())
    for lang in ("nl", "en"):
        schema_validator("canvas-report.schema.json").validate(marked.evaluate(lang))
    document = marked.to_dict()
    document["placements"][4]["interaction"]["carrier"] = "poster"
    document["placements"][4]["interaction"]["mode"] = "direct"
    assert list(schema_validator("canvas.schema.json").iter_errors(document))  # the schema refuses it as well


def test_svg_is_well_formed_and_escapes_hostile_text():
    import xml.etree.ElementTree as ET

    canvas = Canvas('<script>alert("x")</script>')
    canvas.add_card("own.x", "</text><foreignObject><iframe src=javascript:1>", "result")
    canvas.place("own.x", "knowledge", "result")
    svg = canvas.render_svg("nl")
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    ns = "{http://www.w3.org/2000/svg}"
    # Only ImpactKit's own elements: shapes, texts, and the arrowhead the impact chains use.
    assert {element.tag.replace(ns, "") for element in root.iter()} <= {"svg", "title", "desc", "rect", "text", "defs", "marker", "path"}
    texts = [element.text for element in root.iter(ns + "text")]
    assert '<script>alert("x")</script>' in texts  # shown as text, not markup
    assert any(t and t.startswith("</text><foreignObject>") for t in texts)
