"""A study's own proxy catalogue (issue 21 item 4): an outcome takes its proxy from an entry with description,
value, unit, year, source and licence; the report shows each figure's provenance and the outcome it belongs to, and
the pre-assurance check stops asking for a source or licence it now has. ImpactKit itself bundles no values."""

import json

import jsonschema
import pytest

import impactkit

from conftest import DATA, SCHEMA

CATALOGUE = [{"id": "eenzaamheid", "description": "Minder eenzaamheid, per persoon per jaar", "value": 500,
              "unit": "persoon per jaar", "year": 2024, "source": "Eigen waardering met bewoners (2024)",
              "licence": "CC BY 4.0", "x-note": "kept"}]


def document(**outcome_changes):
    log = json.loads((DATA / "pwmi-changelog.json").read_text())
    log["sroi"]["proxies"] = CATALOGUE
    first = log["sroi"]["outcomes"][0]
    del first["proxy"], first["proxy_source"]
    first["proxy_id"] = "eenzaamheid"
    first.update(outcome_changes)
    return log


def test_an_outcome_takes_its_proxy_and_provenance_from_the_catalogue():
    source = document()
    jsonschema.Draft202012Validator(json.loads((SCHEMA / "changelog.schema.json").read_text())).validate(source)
    with impactkit.loads(json.dumps(source)) as log:
        # The same €500 as before: the figures do not move (13 446.75 present value, ratio 1.34).
        report = log.evaluate("en")
        saved = log.to_dict()
        text = log.report_text("nl")
    assert report["sroi"]["total_present_value"] == 13446.75 and report["sroi"]["ratio"] == 1.34
    outcome = report["sroi"]["assumptions"]["outcomes"][0]
    assert {key: outcome[key] for key in ("id", "proxy", "proxy_id", "proxy_source", "proxy_licence", "proxy_year",
                                          "proxy_unit", "catalogue_value")} == {
        "id": "o1", "proxy": 500, "proxy_id": "eenzaamheid", "proxy_source": "Eigen waardering met bewoners (2024)",
        "proxy_licence": "CC BY 4.0", "proxy_year": 2024, "proxy_unit": "persoon per jaar", "catalogue_value": 500}
    assert "proxy" not in saved["sroi"]["outcomes"][0] and saved["sroi"]["proxies"] == CATALOGUE  # written as read
    assert "(bron: Eigen waardering met bewoners (2024), licentie: CC BY 4.0)" in text
    transparent = {p["principle"]: p["missing"] for p in report["principles"]}["be-transparent"]
    assert transparent == []  # o1's source now has a licence


def test_an_adjusted_value_shows_the_catalogues_beside_it():
    with impactkit.loads(json.dumps(document(proxy=450))) as log:
        outcome = log.evaluate("en")["sroi"]["assumptions"]["outcomes"][0]
        assert (outcome["proxy"], outcome["catalogue_value"]) == (450, 500)
        assert log.to_dict()["sroi"]["outcomes"][0]["proxy"] == 450


def test_catalogue_errors_point_at_the_value():
    with pytest.raises(impactkit.NotFound) as refused:
        impactkit.loads(json.dumps(document(proxy_id="onbekend")))
    assert refused.value.path == "/sroi/outcomes/0/proxy_id"
    twice = document()
    twice["sroi"]["proxies"] = CATALOGUE * 2
    with pytest.raises(impactkit.AlreadyExists) as refused:
        impactkit.loads(json.dumps(twice))
    assert refused.value.path == "/sroi/proxies/1/id"
    unlicensed = document()
    unlicensed["sroi"]["proxies"] = [{k: v for k, v in CATALOGUE[0].items() if k != "licence"}]
    with pytest.raises(impactkit.SchemaError) as refused:
        impactkit.loads(json.dumps(unlicensed))
    assert refused.value.path == "/sroi/proxies/0" and '"licence"' in refused.value.message
    neither = document()
    del neither["sroi"]["outcomes"][0]["proxy_id"]
    with pytest.raises(impactkit.SchemaError) as refused:
        impactkit.loads(json.dumps(neither))
    assert refused.value.path == "/sroi/outcomes/0"
