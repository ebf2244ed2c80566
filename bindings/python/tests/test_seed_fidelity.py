"""Issue 15 through the Python binding: what an audit against the seed texts found, as users see it (figures
worked by hand in the comments). The core tests (Tests/ImpactKitTests/SeedFidelityTests.swift) cover each item;
these check that the same figures and words reach a Python host."""

import json

import pytest

from impactkit import Actiescan, Canvas, ChangeLog, Factsheet, IWPModel, questions
from impactkit.errors import AlreadyExists, InvalidArgument, NotFound, OutOfRange

from conftest import DATA


def change_log(dimensions, votes=None, extra_groups="", extra_people="", extra_changes="", sroi=""):
    people = ", ".join(f'{{"id": "p{i}", "group": "g"}}' for i in range(len(dimensions)))
    changes = []
    for i, dimension in enumerate(dimensions):
        change = {"id": f"c{i}", "person": f"p{i}", "statement": f"s{i}"}
        if dimension:
            change["dimension"] = dimension
        if votes is not None:
            change["votes"] = votes[i]
        changes.append(json.dumps(change))
    return ChangeLog.from_json(
        '{"schema": "impactkit/changelog/1", "id": "l", "title": "L", '
        f'"groups": [{{"id": "g", "name": "Studenten"}}{extra_groups}], "people": [{people}{extra_people}], '
        f'"changes": [{", ".join(changes)}{extra_changes}]{sroi}}}')


def test_whole_percentages_are_rounded_once():
    # 51 of 101 = 50.495 %: 50 %, not 51 % (which came from rounding the already rounded 50.50)
    log = change_log(["relating"] * 51 + ["acting"] * 50)
    text = log.report_text("en", dimensions=["relating"])
    assert "50% of the changes are about Relating." in text
    assert "  Relating: 51 (50%)" in text
    assert log.evaluate("en", dimensions=["relating"])["selection"]["share"] == 0.505  # 0.50495 to four places
    # 1 + 1 + 1: each 33 %, together 99 %, and the text says so
    thirds = change_log(["being", "thinking", "acting"]).report_text("nl")
    assert "(Elk percentage is apart afgerond; samen 99%.)" in thirds


def test_unvoted_changes_are_not_most_important_and_out_of_scope_is_apart():
    log = change_log(
        ["being", "acting"], votes=[0, 0], extra_groups=', {"id": "gem", "name": "Gemeente", "in_scope": false}',
        extra_people=', {"id": "x", "group": "gem"}',
        extra_changes=', {"id": "x1", "person": "x", "statement": "t", "dimension": "being", "votes": 9}')
    report = log.evaluate("en")
    assert report["top_changes"] == [{"group": "g", "name": "Studenten", "changes": [], "cut_by_tie": False, "tied_beyond": [],
                                      "unvoted": 2, "quotes": []}]
    assert (report["changes"], report["people"], report["groups"]) == (2, 2, 1)
    assert report["out_of_scope"] == {"groups": ["gem"], "people": 1, "changes": 1}
    text = log.report_text("en")
    assert "Nobody voted: no ranking (2 changes without votes)." in text
    assert "Out of scope and not in the totals: Gemeente (1 person, 1 change)." in text


OUTCOME = '{"id": "o1", "name": "Minder eenzaamheid", "quantity": 10, "proxy": 100, "duration": 1'


def test_sroi_report_shows_every_assumption():
    log = change_log(["being"], sroi=f', "sroi": {{"outcomes": [{OUTCOME}}}]}}')
    sroi = log.evaluate("en")["sroi"]
    # no discount rate: the default 3.5 % applies and is shown; 1000 / 1.035 = 966.18
    assert sroi["assumptions"]["discount_rate"] == 3.5 and sroi["assumptions"]["discount_rate_given"] is False
    assert sroi["assumptions"]["outcomes"][0]["proxy_source"] is None
    assert sroi["total_present_value"] == 966.18
    assert sroi["ratio"] is None and "nothing to divide by" in sroi["ratio_note"]
    assert "  Discount rate: 3.5% (not given: ImpactKit's default, the UK Green Book rate)" in log.report_text("en")
    assert "  Contante waarde: EUR 966,18" in log.report_text("nl")
    assert "discount_rate" not in log.to_json()


def test_a_fraction_for_a_percentage_is_refused():
    with pytest.raises(OutOfRange) as caught:
        change_log(["being"], sroi=f', "sroi": {{"outcomes": [{OUTCOME}, "attribution": 0.25}}]}}')
    assert caught.value.path == "/sroi/outcomes/0/attribution"
    assert "25 for 25 %" in str(caught.value)


def test_sensitivity_names_what_it_varied():
    log = ChangeLog.load(DATA / "pwmi-changelog.json")
    run = log.sensitivity("attribution", [50], outcome="o1")
    assert (run["parameter"], run["outcome"], run["applies_to"]) == ("attribution", "o1", ["o1"])
    assert run["base"]["ratio"] == 1.34 and run["assumptions"]["discount_rate"] == 3.5
    with pytest.raises(OutOfRange):
        log.sensitivity("discount-rate", [0.035])


def test_actiescan_compares_a_theme_over_the_questions_both_scans_answered():
    scan = Actiescan.from_json(json.dumps({
        "schema": "impactkit/actiescan/1", "id": "a", "title": "a", "scans": [
            {"label": "one", "answers": [{"question": "quality.wellbeing", "position": 2},
                                         {"question": "quality.room", "position": 3}]},
            {"label": "two", "answers": [{"question": "quality.room", "position": 3}]}]}))
    change = scan.evaluate("en")["latest_change"]
    assert change["themes"][0] == {"theme": "quality", "name": "Raise the quality of care", "from": 3, "to": 3,
                                   "change": 0, "compared": 1, "questions": 2, "missing": ["quality.wellbeing"]}
    text = scan.report_text("en")
    assert "  Raise the quality of care: 3 → 3 (±0), over 1 of 2 questions" in text
    assert "Do the interventions designed contribute to the client's wellbeing?" in text


def test_templates_carry_the_seed_texts():
    template = json.loads(Actiescan.template("nl").to_json())
    answers = template["scans"][0]["answers"]
    assert len(answers) == 11 and all(answer["position"] is None for answer in answers)
    assert answers[5]["text"] == "Is sprake van een kritische, innovatieve houding tegenover de dagelijkse zorgpraktijk?"
    iwp = json.loads(IWPModel.template("en").to_json())
    assert [p["name"] for p in iwp["principles"]][:2] == ["Create an authentic work environment", "Form a learning community"]
    assert all(p["shaping"] is None for p in iwp["principles"])


def test_ties_are_named_and_selected_domains_are_chosen_in_python():
    canvas = Canvas("t")
    canvas.select_domains(["target-group", "partners", "complexity"])
    canvas.place("act.workshop", "target-group", "activity")
    canvas.place("act.workshop", "partners", "activity")
    canvas.place("act.survey", "complexity", "activity")
    canvas.place("res.video", "complexity", "result")
    report = canvas.evaluate("en")
    assert report["variant"] == "selected-domains"
    assert report["weakest"] == {"domain": "target-group", "cards": 1, "tied_with": ["partners"],
                                 "domains": ["target-group", "partners"]}
    assert "Weakest domains (tied, 1 card each): Engagement with the target group, Collaboration with partners" \
        in canvas.report_text("en")
    with pytest.raises(InvalidArgument):
        canvas.select_domains(["partners"])  # target-group and complexity hold cards
    with pytest.raises(NotFound):
        canvas.select_domains(["target-group", "partners", "complexity", "nope"])
    with pytest.raises(AlreadyExists):
        canvas.select_domains(["partners", "partners"])
    with pytest.raises(InvalidArgument):
        canvas.select_domains([])
    with pytest.raises(TypeError):
        canvas.select_domains("partners")
    assert canvas.evaluate("en")["variant"] == "selected-domains"  # unchanged by the refusals
    canvas.select_domains(None)
    assert canvas.evaluate("en")["variant"] == "standard" and len(canvas.evaluate("en")["domains"]) == 5


def test_introduction_questions_and_sources():
    intro = questions("standard", "introduction")
    assert [q["id"] for q in intro["questions"]][:4] == [
        "lim.intro.goal", "lim.intro.impact", "lim.intro.obstacles", "lim.intro.strength"]
    assert [q["source"] for q in intro["questions"]][:4] == ["derived", "derived", "seed", "seed"]
    assert intro["questions"][3]["text"] == {"nl": "Waar zit jullie kracht?", "en": "Where does your strength lie?"}


def test_factsheet_number_of_sources():
    sheet = Factsheet.load(DATA / "instruments" / "proeftuin-praktijkleren.json")
    assert sheet.evaluate("nl")["respondents"] == 6
    assert "Bronnen (N = 6): Regiodirecteur, HR directeur, zorgmanagers, leercoaches en retrospectieve analyse HAN Hogeschool" \
        in sheet.report_text("nl")
