"""Every statement ImpactKit exports fits its xAPI Profile (schema/xapi-profile.jsonld), for every example canvas
and journey, both xAPI versions, both actor modes, with and without the poster, in both languages; and the
checker (xapi_profile.py) refuses statements that break the templates, so that the check can fail."""

import copy
import itertools
import json

import pytest

import impactkit

from conftest import DATA, ROOT
from xapi_profile import Profile, evaluate, MISSING

HOMEPAGE = "https://lms.example.org"
SALT = "impactkit-test-salt-0001"
DOCUMENTS = ["pzw-bottendaal-week5.json", "pzw-bottendaal-end.json", "pzw-bottendaal.journey.json"] + \
    [f"../../Tests/data/cohort/{name}" for name in ("g1-journey.json", "g2-canvas.json", "g3-journey.json", "g4-journey.json")]


@pytest.fixture(scope="module")
def profile():
    return Profile()


def test_the_profile_is_what_the_library_names(profile):
    document = profile.document
    assert document["id"] == "https://impactkit.dev/xapi/profile" and document["conformsTo"] == "https://w3id.org/xapi/profiles#1.0"
    concepts = {concept["id"]: concept["type"] for concept in document["concepts"]}
    assert concepts == {
        "https://impactkit.dev/xapi/verbs/mapped-impact": "Verb",
        "https://impactkit.dev/xapi/activities/lim-canvas": "ActivityType",
        "https://impactkit.dev/xapi/activities/lim-journey": "ActivityType",
        "https://impactkit.dev/xapi/extensions/canvas-figures": "ResultExtension",
        "https://impactkit.dev/xapi/extensions/moment": "ContextExtension",
        "https://impactkit.dev/xapi/attachments/canvas-poster": "AttachmentUsageType",
    }
    for concept in document["concepts"]:
        assert set(concept["prefLabel"]) == set(concept["definition"]) == {"en", "nl"}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_exported_statement_fits_the_profile(profile, name):
    with impactkit.load(DATA / name) as doc:
        checked = 0
        for version, actor, attachment, lang in itertools.product(["1.0.3", "2.0.0"], ["group", "members"], [False, True], ["nl", "en"]):
            statements = doc.to_xapi(HOMEPAGE, lang, pseudonym_salt=SALT, version=version, actor=actor,
                                     attachment=attachment, attachment_url="https://lms.example.org/poster.svg" if attachment else None)
            for statement in statements:
                assert profile.errors(statement) == [], (version, actor, attachment, statement["id"])
            checked += len(statements)
        assert checked > 0


def test_the_checker_refuses_statements_that_break_the_templates(profile):
    with impactkit.load(DATA / "pzw-bottendaal-end.json") as doc:
        mapped, answered = doc.to_xapi(HOMEPAGE, "en", pseudonym_salt=SALT)[:2]
    broken = copy.deepcopy(mapped)
    broken["context"]["platform"] = "Other"
    assert profile.errors(broken) == ["$.context.platform: ['Other'] not all in ['ImpactKit']"]
    broken = copy.deepcopy(mapped)
    del broken["result"]["extensions"]
    assert "required, not there" in profile.errors(broken)[0]
    broken = copy.deepcopy(mapped)
    broken["result"]["extensions"]["https://impactkit.dev/xapi/extensions/canvas-figures"]["cards"] = -1
    assert any("-1 is less than the minimum of 0" in error for error in profile.errors(broken))
    broken = copy.deepcopy(answered)
    broken["context"]["contextActivities"]["parent"][0]["definition"]["type"] = "https://example.org/other"
    assert profile.errors(broken) == [f"statement {answered['id']} matches 0 templates"]
    broken = copy.deepcopy(answered)
    broken["attachments"] = [{"usageType": "x"}]
    assert profile.errors(broken) == ["$.attachments: must be absent, found [[{'usageType': 'x'}]]"]


def test_jsonpath_subset():
    document = {"a": {"b c": [1, {"d": 2}]}, "e": [{"f": 3}, {"f": 4}]}
    assert evaluate("$.a['b c'][1].d", document) == [2]
    assert evaluate("$.e[*].f", document) == [3, 4]
    assert evaluate("$.x.y", document) == [MISSING]
    with pytest.raises(ValueError):
        evaluate("$..f", document)
