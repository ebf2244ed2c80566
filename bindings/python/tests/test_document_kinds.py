"""The library's list of kinds (ik_document_kinds) is the one list: every kind it names opens, answers exactly
the verbs it names (the others raise NotSupported) and has a template exactly when it says so."""

import json
from pathlib import Path

import pytest

import impactkit
from impactkit import Document, NotSupported

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = {
    "canvas": ROOT / "examples/data/pzw-bottendaal-week5.json",
    "journey": ROOT / "examples/data/pzw-bottendaal.journey.json",
    "changelog": ROOT / "examples/data/pwmi-changelog.json",
}
ISSUER = {"id": "https://hogeschool.example.nl/issuers/pzw", "name": "Hogeschool"}
RECIPIENT = {"identity": "s1234567", "type": "sisSourcedId", "salt": "zout"}
VERBS = {
    "render_svg": lambda d: d.render_svg("nl"),
    "to_csv": lambda d: d.to_csv("nl"),
    "to_xapi": lambda d: d.to_xapi("https://lms.example.org", pseudonym_salt="een geheim van zestien bytes"),
    "to_xapi_multipart": lambda d: d.to_xapi_multipart("https://lms.example.org", pseudonym_salt="een geheim van zestien bytes"),
    "to_ob3": lambda d: d.to_ob3(ISSUER, RECIPIENT),
}


def test_the_library_lists_every_kind_once_with_titles_in_both_languages():
    kinds = impactkit.kinds()
    assert [k["kind"] for k in kinds] == ["canvas", "journey", "changelog", "kirkpatrick", "actiescan", "fasemodel",
                                          "lin", "factsheet", "iwp"]
    assert all(k["schema"] == f'impactkit/{k["kind"]}/1' for k in kinds)
    assert all(k["title"]["nl"] and k["title"]["en"] and k["title"]["nl"] != k["title"]["en"] for k in kinds)
    assert [k["kind"] for k in kinds if k["template"]] == ["kirkpatrick", "actiescan", "fasemodel", "lin",
                                                          "factsheet", "iwp"]
    canvas = kinds[0]
    assert canvas["title"] == {"nl": "LIM-canvas „Impact in Beeld”", "en": 'LIM canvas "Impact in Beeld"'}
    assert canvas["verbs"] == ["evaluate", "report_text", "render_svg", "to_csv", "to_xapi", "to_xapi_multipart",
                               "apply", "merge"]


@pytest.mark.parametrize("kind", [k["kind"] for k in impactkit.kinds()])
def test_each_kind_answers_exactly_its_verbs(kind):
    entry = next(k for k in impactkit.kinds() if k["kind"] == kind)
    if entry["template"]:
        document = impactkit.template(kind, "nl")
    else:
        with pytest.raises(NotSupported):
            impactkit.template(kind, "nl")
        document = impactkit.load(EXAMPLES[kind])
    assert document.kind == entry["schema"] and isinstance(document, Document)
    assert document.evaluate("nl")["schema"] and document.report_text("en")
    for verb, call in VERBS.items():
        if verb in entry["verbs"]:
            assert call(document), verb
        else:
            with pytest.raises(NotSupported):
                call(document)
    assert ("apply" in entry["verbs"]) == hasattr(document, "apply")
