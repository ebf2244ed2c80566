"""The LIN, Proeftuin and IWP instruments through the Python binding: exact figures from the example documents
(worked out by hand in the comments), schemas, round trips, templates and refused input."""

import json

import pytest

import impactkit
from impactkit import Actiescan, Factsheet, Fasemodel, IWPModel, KirkpatrickPlan, LINPlan

from conftest import DATA

INSTRUMENTS = DATA / "instruments"


def text(name: str) -> str:
    return (INSTRUMENTS / name).read_text(encoding="utf-8")


def test_kirkpatrick_levels_overdue_and_timing(schema_validator):
    plan = KirkpatrickPlan.from_json(text("lin-kirkpatrick.json"))
    report = plan.evaluate("nl", as_of="2026-11-23")
    schema_validator("kirkpatrick-report.schema.json").validate(report)
    assert [(level["level"], level["status"]) for level in report["levels"]] == [
        (1, "measured"), (2, "overdue"), (3, "planned"), (4, "not-planned")]
    assert report["levels"][0]["name"] == "Reactie"
    assert report["not_planned"] == [4]
    # planned 2026-11-02, no finding, read on 2026-11-23: 21 days
    assert report["overdue"] == [{"evaluation": "leerresultaat", "level": 2, "planned": "2026-11-02", "days_overdue": 21}]
    # intervention 2026-09-14: staff reaction planned 09-25 (11 days) and first measured 09-26 (12 days)
    assert report["timing"] == [
        {"evaluation": "reactie-medewerkers", "issue": "reaction-planned-late", "days_after_intervention": 11},
        {"evaluation": "reactie-medewerkers", "issue": "reaction-measured-late", "days_after_intervention": 12}]
    # earlier in the year nothing is overdue yet
    early = plan.evaluate("en", as_of="2026-11-02")
    assert early["overdue"] == [] and early["levels"][1]["status"] == "planned"
    assert "Overdue" not in plan.report_text("en", as_of="2026-11-02")
    assert "21 dagen geleden" in plan.report_text("nl", as_of="2026-11-23")


def test_kirkpatrick_bad_input():
    base = json.loads(text("lin-kirkpatrick.json"))
    base["evaluations"][2]["level"] = 5
    with pytest.raises(impactkit.OutOfRange) as error:
        KirkpatrickPlan.from_json(json.dumps(base))
    assert error.value.path == "/evaluations/2/level"
    plan = KirkpatrickPlan.from_json(text("lin-kirkpatrick.json"))
    with pytest.raises(impactkit.OutOfRange) as error:
        plan.evaluate(as_of="2026-02-30")
    assert error.value.path == "/as_of"


def test_actiescan_scores_weakest_and_comparison(schema_validator):
    scan = Actiescan.load(INSTRUMENTS / "lin-actiescan.json")
    report = scan.evaluate("en")
    schema_validator("actiescan-report.schema.json").validate(report)
    first, second = report["scans"]
    # 2025: quality (3+2)/2, innovation (2+3+1+2)/4, learning (2+3)/2, retention (3+4)/2, research 1
    assert [t["mean"] for t in first["themes"]] == [2.5, 2, 2.5, 3.5, 1]
    assert [t["percent"] for t in first["themes"]] == [38, 25, 38, 63, 0]
    assert first["answered"] == 11 and first["weakest"] == ["research"]
    # 2026: innovation (3+3+2+3)/4 = 2.75 is lowest; research not answered
    assert [t["mean"] for t in second["themes"]] == [3.5, 2.75, 3, 3, None]
    assert second["answered"] == 10 and second["weakest"] == ["innovation"]
    change = report["latest_change"]
    assert [t["change"] for t in change["themes"]] == [1, 0.75, 0.5, -0.5, None]
    assert change["improved"] == ["quality.wellbeing", "quality.room", "innovation.co-created", "innovation.embedded",
                                  "innovation.attitude", "learning.exchange"]
    assert change["declined"] == ["retention.students"]
    assert change["unchanged"] == ["innovation.novel", "learning.reflection", "retention.growth"]
    assert change["not_comparable"] == ["research.exchange"]
    # the same through compare(), in the other direction
    back = scan.compare("najaar-2026", "najaar-2025", "nl")
    schema_validator("actiescan-comparison.schema.json").validate(back)
    assert back["declined"] == change["improved"] and back["themes"][0]["name"] == "Kwaliteit van zorg verhogen"
    with pytest.raises(impactkit.NotFound) as error:
        scan.compare("najaar-2024", "najaar-2026")
    assert error.value.path == "/from"


def test_actiescan_positions_off_the_scale_and_own_scale():
    base = json.loads(text("lin-actiescan.json"))
    base["scans"][1]["answers"][3]["position"] = 6
    with pytest.raises(impactkit.OutOfRange) as error:
        Actiescan.from_json(json.dumps(base))
    assert error.value.path == "/scans/1/answers/3/position"
    # a host's own three-point scale makes 3 the top and 4 off the scale
    own = json.loads(text("lin-actiescan.json"))
    own["scale"] = [{"nl": "Nooit", "en": "Never"}, {"nl": "Soms", "en": "Sometimes"}, {"nl": "Altijd", "en": "Always"}]
    with pytest.raises(impactkit.OutOfRange):
        Actiescan.from_json(json.dumps(own))
    for scan in own["scans"]:
        for answer in scan["answers"]:
            answer["position"] = min(answer["position"], 3)
    report = Actiescan.from_json(json.dumps(own)).evaluate()
    assert [point["label"] for point in report["scale"]] == ["Never", "Sometimes", "Always"]
    # retention 2025: (3 + 3) / 2 = 3 on a 3-point scale = 100 %
    assert report["scans"][0]["themes"][3]["percent"] == 100
    base = json.loads(text("lin-actiescan.json"))
    base["scans"][0]["answers"][0]["question"] = "quality.unknown"
    with pytest.raises(impactkit.NotFound) as error:
        Actiescan.from_json(json.dumps(base))
    assert error.value.path == "/scans/0/answers/0/question"


def test_fasemodel_gaps(schema_validator):
    model = Fasemodel.load(INSTRUMENTS / "lin-fasemodel.json")
    report = model.evaluate("nl")
    schema_validator("fasemodel-report.schema.json").validate(report)
    assert report["largest_gaps"] == ["students", "governance", "quality-projects", "interprofessional", "guidance", "lin-day"]
    assert report["at_ambition"] == 1 and report["beyond_ambition"] == ["evaluation"]
    assert report["total_gap"] == 11  # 2 + 3 + 1 + 1 + 2 + 2
    assert report["components"][2]["current_label"] == "Verkennen"


def test_lin_investment_and_conditions(schema_validator):
    plan = LINPlan.load(INSTRUMENTS / "lin-plan.json")
    report = plan.evaluate("en")
    schema_validator("lin-report.schema.json").validate(report)
    investment = report["investment"]
    # 8×26 = 208 h × 52.50 = 10 920; 6×40 = 240 h × 48 = 11 520; 2×40 = 80 h (no rate); 4×40 = 160 h × 75 = 12 000
    assert [role["hours"] for role in investment["roles"]] == [208, 240, 80, 160]
    assert [role["cost"] for role in investment["roles"]] == [10920, 11520, None, 12000]
    assert investment["total_hours"] == 688 and investment["extra_hours"] == 208
    assert investment["cost"] == 34440 and investment["without_rate"] == ["mgr"]
    met = {condition["id"]: condition["met"] for condition in report["conditions"]}
    assert met == {"students-above-formation": False, "project-leader": True, "practice-trainer": False,
                   "manager": True, "meeting-room": True, "preparation": False,
                   "cooperation-agreement": True, "lin-day": True,
                   "staff-left-on-ward": True, "work-supervisors": True}
    assert report["conditions_met"] is False and report["current_phase"] == "plan"
    assert report["conditions"][0]["text"] == (
        "6 students on top of the ward's staffing; the toolkit asks for at least 8 (vocational and higher education together).")
    # 6 h/week for 40 weeks: every one of the first 26 weeks is 2 h short; 6 × 26 = 156 of 8 × 26 = 208 hours
    trainer = report["conditions"][2]
    assert (trainer["found"], trainer["hours"], trainer["hours_required"], trainer["short_from_week"]) == (6, 156, 208, 1)
    # Seed 002 §2.2: teachers *can* be on the ward from 8 students; with 6 that is not a condition, and not met/unmet
    assert report["teachers"] == {
        "students": 6, "applies": False, "hours_per_week": 4, "weeks": [{"from": 1, "to": 26, "hours_per_week": 4}],
        "text": "Teachers (toolkit §2.2): “with a minimum of eight students, the teachers can be on the ward one "
                "half-day a week to guide lessons and projects” (ImpactKit's translation). "
                "With 6 students that does not apply yet. This plan: 4 hours a week in weeks 1–26."}
    nl = plan.report_text("nl")
    assert ("[ ] Praktijkopleider: 6 uur per week in week 1–26; 156 van de 208 uur. "
            "De toolkit vraagt 8 uur per week (ImpactKit toetst de eerste 26 weken).") in nl
    assert "[ ] Voorbereiding 4 maanden; de toolkit rekent op minimaal zes maanden" in nl
    assert "[x] Wekelijkse LIN-dag op dinsdag, 5 uur (drie tot acht uur)." in nl


def test_lin_template_leaves_the_agreement_and_the_day_open():
    plan = LINPlan.template("nl")
    report = plan.evaluate("nl")
    assert report["conditions_met"] is False
    assert [c["id"] for c in report["conditions"] if not c["met"]] == [
        "cooperation-agreement", "lin-day", "staff-left-on-ward", "work-supervisors"]
    # 8×26 + 8×26 + 2×26 + 4×26 = 572 hours, of which the project leader's 208 are extra; no rates, no cost
    assert report["investment"]["total_hours"] == 572 and report["investment"]["extra_hours"] == 208
    assert report["investment"]["cost"] is None
    assert [phase["status"] for phase in report["phases"]] == ["not-started"] * 5


def test_lin_negative_hours_refused():
    base = json.loads(text("lin-plan.json"))
    base["roles"][1]["hours_per_week"] = -2
    with pytest.raises(impactkit.OutOfRange) as error:
        LINPlan.from_json(json.dumps(base))
    assert error.value.path == "/roles/1/hours_per_week"


def test_factsheet_retention_and_goals(schema_validator):
    sheet = Factsheet.load(INSTRUMENTS / "proeftuin-praktijkleren.json")
    report = sheet.evaluate("nl")
    schema_validator("factsheet-report.schema.json").validate(report)
    assert report["numbers"] == {"intake": 96, "retained": 87, "left": 9, "retention": 0.90625, "retention_percent": 90.6}
    assert report["goals_met"] == ["leervormen", "kwaliteit", "zij-instromers"]
    assert report["goals_open"] == ["samen-leren", "aansluiting"]
    assert [c["observations"] for c in report["capacities"]] == [3, 7]
    assert "waarvan 87 behouden voor de ouderenzorg (90,6 %)" in report["text"]
    assert "of whom 87 retained voor de ouderenzorg (90.6 %)" in sheet.report_text("en")


def test_factsheet_retained_more_than_intake():
    base = json.loads(text("proeftuin-praktijkleren.json"))
    base["numbers"]["retained"] = 97
    with pytest.raises(impactkit.OutOfRange) as error:
        Factsheet.from_json(json.dumps(base))
    assert error.value.path == "/numbers/retained"


def test_iwp_coverage(schema_validator):
    model = IWPModel.load(INSTRUMENTS / "value-in-the-valley.json")
    report = model.evaluate("en")
    schema_validator("iwp-report.schema.json").validate(report)
    first = report["principles"][0]
    assert (first["characteristics"], first["effects"], first["conditions"]) == (
        7, {"J": 4, "S": 3, "J+S": 3, "untagged": 0}, 4)
    assert report["without_characteristics"] == [
        "facilitate-reflection", "organisation-supports-learning-and-working", "embedding-in-environment"]
    assert report["effects_without_conditions"] == [
        "gezien-als-bedrijf", "collegas", "school-en-werkcultuur", "leren-van-elkaar", "structuur-loslaten"]
    assert [flag["characteristic"] for flag in report["to_improve"]] == ["professionele-cultuur", "gelijkwaardigheid"]
    assert len(report["no_consensus"]) == 4 and report["shared_characteristics"] == ["collegas"]
    assert report["empty_sections"] == ["design"]


def test_iwp_unknown_principle():
    base = json.loads(text("value-in-the-valley.json"))
    base["characteristics"][4]["principles"].append("be-nice")
    with pytest.raises(impactkit.NotFound) as error:
        IWPModel.from_json(json.dumps(base))
    assert error.value.path == "/characteristics/4/principles/1"


@pytest.mark.parametrize("name, cls, schema", [
    ("lin-kirkpatrick.json", KirkpatrickPlan, "kirkpatrick"), ("lin-actiescan.json", Actiescan, "actiescan"),
    ("lin-fasemodel.json", Fasemodel, "fasemodel"), ("lin-plan.json", LINPlan, "lin"),
    ("proeftuin-praktijkleren.json", Factsheet, "factsheet"), ("value-in-the-valley.json", IWPModel, "iwp"),
])
def test_round_trip_schema_and_template(name, cls, schema, schema_validator):
    source = json.loads(text(name))
    source["x_host"] = {"kept": [1, 2.5, "drie"]}
    document = cls.from_json(json.dumps(source))
    once = document.to_json()
    assert json.loads(once)["x_host"] == {"kept": [1, 2.5, "drie"]}
    assert cls.from_json(once).to_json() == once  # stable
    schema_validator(f"{schema}.schema.json").validate(json.loads(once))
    assert isinstance(impactkit.load_instrument(once), cls)
    template = cls.template("nl")
    schema_validator(f"{schema}.schema.json").validate(template.to_dict())
    schema_validator(f"{schema}-report.schema.json").validate(template.evaluate("nl"))


def test_wrong_document_type_is_a_schema_error():
    with pytest.raises(impactkit.SchemaError) as error:
        Fasemodel.from_json(text("lin-plan.json"))
    assert error.value.path == "/schema"
    with pytest.raises(impactkit.JSONSyntaxError):
        impactkit.load_instrument("{ nope")
    # A class of several kinds names them all ("expected a document of that class" named none).
    with pytest.raises(impactkit.SchemaError) as error:
        impactkit.load_instrument(impactkit.examples.path("pzw-bottendaal-week5.json").read_text())
    assert error.value.message == (
        'unsupported schema "impactkit/canvas/1"; expected one of impactkit/actiescan/1, impactkit/factsheet/1, '
        "impactkit/fasemodel/1, impactkit/iwp/1, impactkit/kirkpatrick/1, impactkit/lin/1")
    assert error.value.localized("nl").startswith('niet ondersteund schema "impactkit/canvas/1"; verwacht een van ')
