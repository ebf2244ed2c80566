"""The outputs added in 1.1-1.3 that had no schema file (the header promises every document and report is described
in schema/): the merge report, the list of kinds and a member's credentials. Each real output validates, and each
schema refuses the output with one thing broken, so the schema is no `{}` that takes anything."""

import copy
import ctypes
import json

import pytest
from jsonschema import ValidationError

import impactkit
from impactkit import credentials
from impactkit._native import lib, take_string

from conftest import DATA, ROOT

JOURNEY = ROOT / "Tests" / "data" / "credentials" / "journey-with-authors.json"
ISSUER = {"id": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "name": "Hogeschool Voorbeeld"}
RECIPIENT = {"identity": "a@example.com", "type": "emailAddress", "salt": "Kosher"}


def refused(validator, document):
    with pytest.raises(ValidationError):
        validator.validate(document)


def test_merge_reports_of_a_canvas_and_a_journey(schema_validator):
    validator = schema_validator("merge-report.schema.json")
    text = (DATA / "pzw-bottendaal-week5.json").read_text()
    base, ours, theirs = (impactkit.Canvas.from_json(text) for _ in range(3))
    first = ours.placements[0]["id"]
    ours.apply([{"op": "note", "id": first, "note": "alpha"}])
    theirs.apply([{"op": "note", "id": first, "note": "beta"}])
    _, report = impactkit.merge(base, ours, theirs, lang="nl")
    assert [c["kind"] for c in report["conflicts"]] == ["placement-edited-twice"]
    assert report["canvas"] == base.to_dict()["id"]
    validator.validate(report)
    journeys = [impactkit.Journey.load(DATA / "pzw-bottendaal.journey.json") for _ in range(3)]
    _, journey_report = impactkit.merge(*journeys)
    assert "journey" in journey_report and journey_report["conflicts"] == []
    validator.validate(journey_report)
    unknown_kind = copy.deepcopy(report)
    unknown_kind["conflicts"][0]["kind"] = "placement-lost"
    refused(validator, unknown_kind)
    refused(validator, {**report, "journey": "both"})  # a canvas or a journey, not both
    refused(validator, {key: value for key, value in report.items() if key != "revision"})


def test_the_list_of_kinds(schema_validator):
    validator = schema_validator("document-kinds.schema.json")
    out = ctypes.c_void_p()
    assert lib.ik_document_kinds(ctypes.byref(out), None) == 0
    listed = json.loads(take_string(out))
    validator.validate(listed)
    assert [kind["kind"] for kind in listed["kinds"]] == [kind["kind"] for kind in impactkit.kinds()]
    assert {kind["kind"] for kind in listed["kinds"] if kind["template"]} == {
        "kirkpatrick", "actiescan", "fasemodel", "lin", "factsheet", "iwp"}
    untitled = copy.deepcopy(listed)
    del untitled["kinds"][0]["title"]["en"]
    refused(validator, untitled)
    mute = copy.deepcopy(listed)
    mute["kinds"][0]["verbs"].remove("report_text")
    refused(validator, mute)


def test_a_members_credentials_unsigned_and_signed(schema_validator):
    validator = schema_validator("ob3-export.schema.json")
    with impactkit.Journey.load(str(JOURNEY)) as journey:
        export = journey.credentials(ISSUER, RECIPIENT, "en", issued_at="2026-12-06T12:00:00Z", member="s1")
    validator.validate(export)
    assert export["withheld"][0] == {
        "outcome": "lu-samenwerken", "title": "Interprofessioneel samenwerken", "team": 0, "others": 2}
    ed25519 = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.ed25519")
    key = ed25519.Ed25519PrivateKey.generate()
    signed = {**export, "credentials": [credentials.sign_jwt(c, key) for c in export["credentials"]]}
    validator.validate(signed)
    refused(validator, {**export, "credentials": [{"type": ["VerifiableCredential"]}]})
    refused(validator, {**export, "credentials": ["not a JWT"]})
    refused(validator, {**export, "withheld": [{**export["withheld"][0], "others": -1}]})
