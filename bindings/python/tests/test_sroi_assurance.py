"""SROI assurance from Python: tornado, break-even and simulation on a study worked by hand, the report and the
settings valid against their schemas, and the example study's duration break-even worked by hand too."""

import json
import os
import subprocess
from pathlib import Path

import jsonschema
import pytest

import impactkit

from conftest import DATA, ROOT, SCHEMA

IMPACT = Path(os.environ.get("IMPACTKIT_CLI", ROOT / ".build" / "debug" / "impact"))

# One outcome, 10 × €100, deadweight 20 %, one year, no discounting, €500 in: value 800, ratio 1.6.
STUDY = {"currency": "EUR", "discount_rate": 0, "inputs": [{"name": "hours", "value": 500}],
         "outcomes": [{"id": "o1", "name": "Confidence", "quantity": 10, "proxy": 100, "duration": 1,
                       "deadweight": 20, "attribution": 0, "displacement": 0, "drop_off": 0}]}


def validate(name: str, value) -> None:
    jsonschema.Draft202012Validator(json.loads((SCHEMA / name).read_text())).validate(value)


@pytest.fixture
def study():
    document = json.loads((DATA / "pwmi-changelog.json").read_text())
    document["sroi"] = STUDY
    with impactkit.loads(json.dumps(document)) as log:
        yield log


def test_tornado_and_break_even_worked_by_hand(study):
    report = study.assurance()
    validate("sroi-assurance.schema.json", report)
    assert report["ratio"] == 1.6
    assert [(row["parameter"], round(row["swing"], 6)) for row in report["tornado"]] == [
        ("duration", 1.6), ("quantity", 0.64), ("proxy", 0.64), ("deadweight", 0.4), ("attribution", 0.16),
        ("displacement", 0.16), ("discount-rate", round(1.6 - 800 / 1.015 / 500, 6)), ("drop-off", 0.0)]
    even = {entry["parameter"]: entry["value"] for entry in report["break_even"]}
    # 1000 (1 − d) = 500; 800 (1 − a) = 500; 800 / (1 + r) = 500; proxies at 1 / 1.6.
    assert even["deadweight"] == pytest.approx(50) and even["attribution"] == pytest.approx(37.5)
    assert even["discount-rate"] == pytest.approx(60) and even["proxy"] == 0.625 and even["duration"] is None


def test_simulation_matches_the_closed_form_and_repeats(study):
    settings = {"runs": 10000, "seed": 7, "distributions": [{"parameter": "proxy", "kind": "uniform", "low": 50, "high": 150}]}
    validate("sroi-assurance-settings.schema.json", {"simulate": settings})
    simulation = study.assurance(simulate=settings)["simulation"]
    # ratio = 0.016 × proxy, uniform on 0.8–2.4: P5 0.88, P50 1.6, P95 2.32, P(< 1) = 0.125.
    assert simulation["p5"] == pytest.approx(0.88, abs=0.02) and simulation["p50"] == pytest.approx(1.6, abs=0.02)
    assert simulation["p95"] == pytest.approx(2.32, abs=0.02) and simulation["share_below_one"] == pytest.approx(0.125, abs=0.01)
    assert study.assurance(simulate=settings)["simulation"] == simulation


def test_ranges_from_the_host(study):
    rows = {row["parameter"]: row for row in study.assurance(ranges={"deadweight": [20, 0]})["tornado"]}
    assert (rows["deadweight"]["low"], rows["deadweight"]["high"]) == ({"value": 0, "ratio": 2.0}, {"value": 20, "ratio": 1.6})


def test_example_study_duration_break_even():
    # Every outcome 1 year: (6000/1.035 + 2700/1.035) / 10000 = 0.84; 2 years: 1.60 — so 2 years is where it crosses.
    with impactkit.load(DATA / "pwmi-changelog.json") as log:
        report = log.assurance()
    even = {entry["parameter"]: entry["value"] for entry in report["break_even"]}
    assert even["duration"] == 2
    assert report["tornado"][0]["outcome"] == "o1" and report["tornado"][0]["parameter"] == "duration"


def test_refusals(study):
    with pytest.raises(impactkit.OutOfRange) as refused:
        study.assurance(simulate={"runs": 10, "distributions": [{"parameter": "deadweight", "kind": "uniform", "low": 0, "high": 150}]})
    assert refused.value.path == "/simulate/distributions/0/high"
    with pytest.raises(impactkit.NotFound):
        study.assurance(simulate={"runs": 10, "distributions": [{"parameter": "proxy", "outcome": "o9", "kind": "uniform", "low": 1, "high": 2}]})
    with pytest.raises(impactkit.InvalidArgument) as refused:
        study.assurance(ranges={"price": [1, 1]})
    assert refused.value.path == "/ranges/price"


def test_the_cli_draws_what_python_draws():
    distribution = {"parameter": "proxy", "outcome": "o1", "kind": "triangular", "low": 300, "mode": 500, "high": 800}
    with impactkit.load(DATA / "pwmi-changelog.json") as log:
        ours = log.assurance(simulate={"runs": 2000, "seed": 9, "distributions": [distribution]})["simulation"]
    cli = subprocess.run([str(IMPACT), "changes", "sensitivity", str(DATA / "pwmi-changelog.json"), "--simulate", "2000",
                          "--seed", "9", "--distribution", "proxy@o1:triangular:300:500:800", "--format", "json"],
                         capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(cli.stdout)["simulation"] == ours


def test_tornado_picture_in_the_report_language():
    import xml.etree.ElementTree as ElementTree

    with impactkit.load(DATA / "pwmi-changelog.json") as log:
        assert "svg" not in log.assurance()
        svg = log.assurance(picture=True, lang="en")["svg"]
    root = ElementTree.fromstring(svg)
    texts = [" ".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts[0] == "What does the SROI ratio hang on?" and texts[1].startswith("Ratio 1.34;")
    assert "o1 Minder eenzaamheid bij ouders — duration" in texts  # the widest swing first
    assert sum(1 for node in root.iter("{http://www.w3.org/2000/svg}rect") if node.get("height") == "22") == 12


def test_a_run_over_its_work_limit_is_refused_before_it_starts(study):
    # One outcome of 1 year, counted with one more: 2 outcome-years a calculation; 400 of those (800), the duration
    # search 1 325, and 100 runs of 2 plus their draw (300): 2 425.
    simulate = {"runs": 100, "distributions": [{"parameter": "proxy", "kind": "uniform", "low": 50, "high": 150}]}
    with pytest.raises(impactkit.LimitExceeded) as refused:
        study.assurance(simulate=simulate, max_outcome_years=2424)
    assert refused.value.path == "/max_outcome_years"
    assert "would compute 2425 outcome-years, more than the limit of 2424" in str(refused.value)
    assert study.assurance(simulate=simulate, max_outcome_years=2425)["simulation"]["runs"] == 100
