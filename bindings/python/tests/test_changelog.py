"""The change log (seed 001) through the Python binding; figures worked by hand from
examples/data/pwmi-changelog.json (see Tests/ImpactKitTests/ChangeLogTests.swift for the derivation)."""

import json
import math

import pytest

from impactkit import ChangeLog
from impactkit.errors import InvalidArgument, NotFound, OutOfRange

from conftest import DATA

TEXT = (DATA / "pwmi-changelog.json").read_text(encoding="utf-8")


def test_round_trip_and_report():
    log = ChangeLog.from_json(TEXT)
    assert log.to_json() == TEXT
    report = log.evaluate()
    assert (report["changes"], report["people"], report["roles"], report["groups"]) == (12, 8, 6, 4)
    assert [d["changes"] for d in report["dimensions"]] == [1, 1, 4, 3, 2]
    assert report["unclassified"] == 1
    assert report["selection"] == {"dimensions": ["relating", "collaborating"], "changes": 7, "share": 0.5833}
    assert log.evaluate(dimensions=["being", "acting"])["selection"]["changes"] == 3
    assert report["sdgs"]["touched"] == 6
    assert report["sdgs"]["goals"][1] == {"sdg": 4, "changes": ["c1", "c2", "c3", "c8", "c11"]}
    top = {g["group"]: g for g in report["top_changes"]}
    assert [c["id"] for c in top["students"]["changes"]] == ["c1", "c2", "c3"]
    assert top["students"]["cut_by_tie"] is True
    assert [c["id"] for c in top["residents"]["changes"]] == ["c10", "c11", "c12"]
    sroi = report["sroi"]
    pv = 6000 / 1.035 + 5400 / 1.035 ** 2 + 2700 / 1.035
    assert sroi["total_present_value"] == round(pv, 2) == 13446.75
    assert sroi["ratio"] == 1.34
    assert sroi["outcomes"][0]["values"] == [6000, 5400]
    assert "Bijdrage aan 6 van de 17 SDG's." in log.report_text("nl")


def test_sensitivity():
    log = ChangeLog.from_json(TEXT)
    runs = log.sensitivity("discount-rate", [0, 3.5])["runs"]
    assert runs[0]["total_present_value"] == 14100  # 6000 + 5400 + 2700 undiscounted
    assert math.isclose(runs[1]["total_present_value"], 13446.75)
    with pytest.raises(OutOfRange):
        log.sensitivity("attribution", [101])
    with pytest.raises(NotFound):
        log.sensitivity("proxy", [1], outcome="o9")
    with pytest.raises(InvalidArgument):
        log.sensitivity("proxy", [])
    # An int beyond a double is refused as infinity is (issue 37 item 10: it was a bare OverflowError).
    for huge in (10**400, math.inf):
        with pytest.raises(OutOfRange) as refused:
            log.sensitivity("proxy", [1, huge])
        assert (refused.value.message, refused.value.path) == ("proxy must be a finite number", "/1")
    # "ten" was a bare ValueError and True counted as 1; a numeric string is its number, as PHP takes it.
    with pytest.raises(InvalidArgument) as refused:
        log.sensitivity("proxy", [1, "ten"])
    assert (refused.value.message, refused.value.path) == ("proxy must be a finite number", "/1")
    with pytest.raises(TypeError):
        log.sensitivity("proxy", [True])
    assert log.sensitivity("discount-rate", ["3.5"])["runs"][0]["total_present_value"] == runs[1]["total_present_value"]


@pytest.mark.parametrize("old,new,error,path", [
    ('"person": "w1"', '"person": "w9"', NotFound, "/changes/4/person"),
    ('"dimension": "being"', '"dimension": "feeling"', InvalidArgument, "/changes/0/dimension"),
    ('"deadweight": 25', '"deadweight": -5', OutOfRange, "/sroi/outcomes/0/deadweight"),
    ('"votes": 6', '"votes": -1', OutOfRange, "/changes/9/votes"),
])
def test_bad_input(old, new, error, path):
    assert old in TEXT
    with pytest.raises(error) as caught:
        ChangeLog.from_json(TEXT.replace(old, new))
    assert caught.value.path == path


def test_report_and_document_match_schemas(schema_validator):
    log = ChangeLog.from_json(TEXT)
    schema_validator("changelog.schema.json").validate(json.loads(TEXT))
    schema_validator("changelog-report.schema.json").validate(log.evaluate("nl"))
    schema_validator("sroi-sensitivity.schema.json").validate(log.sensitivity("deadweight", [0, 10]))
    broken = json.loads(TEXT)
    broken["changes"][0]["sdgs"] = [18]
    assert list(schema_validator("changelog.schema.json").iter_errors(broken))
