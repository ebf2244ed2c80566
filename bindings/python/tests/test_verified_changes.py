"""Verified changes (issue 21 item 6): a change carries who verified it and how; the report counts verified and
unverified changes per group and per IDG dimension, worked by hand from the example study's twelve changes."""

import json

import pytest

import impactkit

from conftest import DATA


def study(**verified):
    document = json.loads((DATA / "pwmi-changelog.json").read_text())
    for change in document["changes"]:
        if change["id"] in verified:
            change["verified"] = verified[change["id"]]
    return document


def test_counts_per_group_and_dimension():
    document = study(c5={"by": "teamleider", "how": "interview", "date": "2026-06-10"},
                     c10={"by": "wijkverpleegkundige", "how": "observatie", "x-note": "kept"})
    with impactkit.loads(json.dumps(document)) as log:
        report = log.evaluate("nl")
        text = log.report_text("nl")
        assert [c["verified"] for c in log.to_dict()["changes"] if "verified" in c] == [
            {"by": "teamleider", "how": "interview", "date": "2026-06-10"},
            {"by": "wijkverpleegkundige", "how": "observatie", "x-note": "kept"}]  # unknown members kept
    # c5 (work-field, collaborating) and c10 (residents, relating) of 12 changes in scope.
    verification = report["verification"]
    assert (verification["verified"], verification["unverified"]) == (2, 10)
    assert [(g["group"], g["verified"], g["unverified"]) for g in verification["groups"]] == [
        ("students", 0, 4), ("work-field", 1, 2), ("bridge-builders", 0, 2), ("residents", 1, 2)]
    assert [(d["dimension"], d["verified"], d["unverified"]) for d in verification["dimensions"]] == [
        ("being", 0, 1), ("thinking", 0, 1), ("relating", 1, 3), ("collaborating", 1, 2), ("acting", 0, 2), (None, 0, 1)]
    assert "Geverifieerd door een ander dan wie de verandering meldde: 2 van 12." in text
    assert "  Werkveldpartners: 1 van 3" in text


def test_a_verification_needs_who_and_how():
    with pytest.raises(impactkit.SchemaError) as refused:
        impactkit.loads(json.dumps(study(c1={"by": "docent"})))
    assert refused.value.path == "/changes/0/verified"
    with pytest.raises(impactkit.OutOfRange) as refused:
        impactkit.loads(json.dumps(study(c1={"by": "docent", "how": "gesprek", "date": "2026-02-30"})))
    assert refused.value.path == "/changes/0/verified/date"


def test_pre_assurance_findings_per_principle():
    # Worked by hand from the example study; see Tests/ImpactKitTests/ChangeLogTests.swift for the same on edited studies.
    with impactkit.load(DATA / "pwmi-changelog.json") as log:
        principles = log.evaluate("en")["principles"]
        text = log.report_text("nl")
    assert [p["principle"] for p in principles] == [
        "involve-stakeholders", "understand-what-changes", "value-what-matters", "include-what-is-material",
        "do-not-over-claim", "be-transparent", "verify-the-result", "be-responsive"]
    assert {p["principle"]: p["missing"] for p in principles if p["missing"]} == {
        "understand-what-changes": ["1 change not classified"],
        "value-what-matters": ["o2 Efficiënter werken in het werkveld: proxy without a source"],
        "do-not-over-claim": ["o2: deadweight never set (0 %)"],
        "be-transparent": ["o1: the licence of the proxy's source is not stated"],
        "verify-the-result": ["no change verified"]}
    assert "  Claim niet te veel: deadweight, attributie, verplaatsing en drop-off per uitkomst toegepast\n    – o2: deadweight nooit gezet (0 %)" in text
    # Verifying c5 (work-field) and c10 (residents) leaves the students and bridge-builders unverified.
    document = study(c5={"by": "teamleider", "how": "interview"}, c10={"by": "wijkverpleegkundige", "how": "observatie"})
    with impactkit.loads(json.dumps(document)) as log:
        verify = log.evaluate("en")["principles"][6]
    assert verify["shows"] == ["2 of 12 changes verified"]
    assert verify["missing"] == ["Studenten: no change verified", "Bruggenbouwers: no change verified"]
