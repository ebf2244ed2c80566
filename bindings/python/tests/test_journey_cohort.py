"""Journeys, comparisons, question sets and cohorts through the Python binding. Figures are computed by hand
from examples/data (the demo journey) and Tests/data/cohort (see the comments)."""

import json
import os
import threading

import pytest

import impactkit
from impactkit import Canvas, Cohort, Journey, Thresholds
from impactkit.errors import (
    AlreadyExists, ImpactKitError, InvalidArgument, JSONSyntaxError, NotFound, OutOfRange, SchemaError, UTF8Error,
)

from conftest import DATA, ROOT

COHORT = ROOT / "Tests" / "data" / "cohort"


@pytest.fixture
def journey() -> Journey:
    return Journey.load(DATA / "pzw-bottendaal.journey.json")


def test_round_trip_keeps_bytes_and_unknown_fields(journey):
    text = (DATA / "pzw-bottendaal.journey.json").read_text(encoding="utf-8")
    assert journey.to_json() == text
    document = json.loads(text)
    document["x-portfolio"] = {"artefact": 42}
    again = Journey.from_json(json.dumps(document))
    assert again.to_dict()["x-portfolio"] == {"artefact": 42}


def test_compare_first_and_last(journey):
    # Week 5 → Einde semester: 12 → 21 cards, 9 added, none removed or moved; target group 6/12 → 8/21.
    comparison = journey.compare(lang="nl")
    assert comparison["totals"] == {"cards_before": 12, "cards_after": 21, "added": 9, "removed": 0, "moved": 0}
    assert comparison["newly_covered"] == ["partners", "complexity", "knowledge"]
    assert comparison["domains"][0]["share"] == {"before": 0.5, "after": 0.381, "change": -0.119}
    assert [c["card"] for c in comparison["domains"][4]["fields"]["result"]["added"]] == ["res.factsheet"]
    assert comparison["summary"].startswith("Van Week 5 naar Einde semester: 9 erbij, 0 weg, 0 verplaatst")
    with pytest.raises(NotFound) as caught:
        journey.compare("Week 9")
    assert 'no moment "Week 9"' in caught.value.message
    with pytest.raises(InvalidArgument):
        journey.compare("Einde semester", "Week 5")


def test_canvas_compare_moves_and_removals():
    # start: act.survey in target-group/activity, res.poster in partners/result
    # later: act.survey gone, res.poster moved to knowledge/result, loc.school added to target-group/place
    start, later = Canvas("G"), Canvas("G")
    start.place("act.survey", "target-group", "activity")
    start.place("res.poster", "partners", "result")
    later.place("res.poster", "knowledge", "result")
    later.place("loc.school", "target-group", "place")
    result = start.compare(later)
    assert result["totals"] == {"cards_before": 2, "cards_after": 2, "added": 1, "removed": 1, "moved": 1}
    partners = result["domains"][1]["fields"]["result"]
    assert partners["moved_out"] == [{"card": "res.poster", "text": "Poster", "to": {"domain": "knowledge", "field": "result"}}]
    assert start.compare(start)["summary"].endswith("Nothing changed.")
    with pytest.raises(InvalidArgument):
        start.compare("not a canvas")


def test_evidence_summary(journey):
    report = journey.evaluate()
    outcomes = {o["outcome"]: o for o in report["outcomes"]}
    assert outcomes["lu-impact"]["pieces"] == 2
    assert outcomes["lu-impact"]["kinds"] == {"placement": 1, "answer": 1, "canvas": 0}
    assert outcomes["lu-samenwerken"]["moments"] == ["Week 5", "Einde semester"]
    assert outcomes["lu-samenwerken"]["domains"] == ["interprofessional", "partners"]
    assert outcomes["lu-reflectie"]["kinds"]["canvas"] == 1
    assert report["outcomes_without_evidence"] == []
    # Week 5 is a monitor-process canvas: 7 questions, 2 answered.
    assert (report["moments"][0]["questions_asked"], report["moments"][0]["questions_answered"]) == (7, 2)


def test_building_a_journey():
    journey = Journey("Groep 9", id="g9")
    canvas = Canvas.from_json(json.dumps({
        "schema": "impactkit/canvas/1", "id": "g9-a", "title": "Groep 9", "template": "lim",
        "moment": {"label": "start", "date": "2026-09-07"},
    }))
    placement = canvas.place("res.poster", "knowledge", "result")
    canvas.use("standard", "reflection-accountability")
    canvas.answer("lim.accountability.evidence", "De poster")
    journey.add_moment(canvas)
    with pytest.raises(AlreadyExists) as caught:
        journey.add_moment(canvas)
    assert caught.value.path == "/moment/label"
    journey.add_outcome("lu1", "Impact verantwoorden", "impact")
    journey.link_evidence("lu1", "start", "De poster hangt in het buurthuis", placement=placement)
    journey.link_evidence("lu1", "start", "Terugblik", question="lim.accountability.evidence")
    before = journey.to_json()
    for bad in (
        lambda: journey.link_evidence("lu1", "start", "x", question="lim.students.gain"),
        lambda: journey.link_evidence("lu2", "start", "x"),
        lambda: journey.link_evidence("lu1", "start", "x", placement="p1", question="lim.accountability.evidence"),
        lambda: journey.add_outcome("lu1", "dubbel"),
        lambda: journey.add_outcome("lu2", "x", "grading"),
    ):
        with pytest.raises(impactkit.ImpactKitError):
            bad()
    assert journey.to_json() == before
    assert journey.evaluate()["outcomes"][0]["pieces"] == 2


def test_bad_journeys_name_the_json_pointer():
    text = (DATA / "pzw-bottendaal.journey.json").read_text(encoding="utf-8")
    cases = [
        (text.replace("2027-01-22", "2026-09-01"), InvalidArgument, "/moments/1/moment/date"),
        (text.replace('"label": "Einde semester"', '"label": "Week 5"'), AlreadyExists, "/moments/1/moment/label"),
        (text.replace('"outcome": "lu-reflectie"', '"outcome": "lu-x"'), NotFound, "/evidence/4/outcome"),
        (text.replace('"card": "res.factsheet"', '"card": "res.nope"'), NotFound, "/moments/1/placements/20/card"),
    ]
    for document, error, path in cases:
        assert document != text
        with pytest.raises(error) as caught:
            Journey.from_json(document)
        assert caught.value.path == path


def test_question_sets():
    coaches = impactkit.questions("coaches")
    assert [q["id"] for q in coaches["questions"]][-3:] == ["lim.coaches.insights", "lim.coaches.meaning", "lim.coaches.adapt"]
    conversation = impactkit.questions(purpose="impact-conversation")
    assert len(conversation["questions"]) == 8
    assert conversation["questions"][4]["text"]["nl"] == "Wat is impact volgens jou?"
    with pytest.raises(InvalidArgument):
        impactkit.questions("stakeholders", "monitor-process")


def test_cohort_over_a_directory():
    # g1 demo journey (5/5 covered), g2 week-5 canvas (knowledge empty), g3 two identical moments (knowledge empty,
    # no progress), g4 empty start then two activity cards (3 domains empty, no result at week 5), g5 broken.
    cohort = Cohort()
    errors = []
    assert cohort.add_directory(COHORT, on_error=lambda name, error: errors.append((name, type(error)))) == 4
    assert errors == [("g5-broken.json", JSONSyntaxError)]
    report = cohort.evaluate()
    assert (report["groups"], report["moments"]) == (4, 7)
    assert [row["groups"] for row in report["coverage_distribution"]] == [1, 0, 2, 0, 0, 1]
    assert [(a["id"], [r["code"] for r in a["reasons"]]) for a in report["attention"]] == [
        ("g2", ["empty-domains"]),
        ("g3", ["empty-domains", "no-progress"]),
        ("g4", ["empty-domains", "few-results"]),
    ]
    assert report["attention"][2]["reasons"][0]["domains"] == ["complexity", "interprofessional", "knowledge"]
    knowledge = report["domains"][4]
    assert (knowledge["covered"], knowledge["empty"], knowledge["groups_in_use"]) == (1, 3, 4)
    assert knowledge["fields"]["result"] == {"cards": 1, "groups": 1, "share_of_groups": 0.25, "share_of_groups_in_use": 0.25}
    assert report["skipped"] == [{
        "source": "g5-broken.json", "code": "IK_EJSON", "path": "",
        "message": "invalid JSON: '}' expected near end of file",
    }]
    assert "Groepen die aandacht vragen (3):" in cohort.report_text("nl")


def test_a_folder_is_read_as_every_host_reads_it(tmp_path):
    """ik_cohort_add_directory: an unreadable file (a folder named *.json, a link to nothing) is reported with
    IK_EIO and skipped, a hidden or non-JSON file is not read, and the run goes on; before, Python stopped with
    an OSError where the CLI skipped the file and PHP skipped it without a word."""
    import shutil
    for name in ("g1-journey.json", "g2-canvas.json"):
        shutil.copy(COHORT / name, tmp_path / name)
    (tmp_path / "a-folder.json").mkdir()
    (tmp_path / "gone.json").symlink_to(tmp_path / "nowhere.json")
    (tmp_path / ".hidden.json").write_text("{")
    (tmp_path / "notes.txt").write_text("{")
    cohort = Cohort()
    errors = []
    assert cohort.add_directory(tmp_path, on_error=lambda name, error: errors.append((name, type(error)))) == 2
    assert errors == [("a-folder.json", impactkit.FileError), ("gone.json", impactkit.FileError)]
    skipped = cohort.evaluate()["skipped"]
    assert [(s["source"], s["code"]) for s in skipped] == [("a-folder.json", "IK_EIO"), ("gone.json", "IK_EIO")]
    assert skipped[0]["message"].endswith("a-folder.json: it is not a regular file")
    assert "No such file or directory" in skipped[1]["message"]
    with pytest.raises(impactkit.FileError, match="cannot list the folder"):
        Cohort().add_directory(tmp_path / "missing")


def test_the_analytics_export_lists_a_folder_as_the_library_does(tmp_path):
    """The analytics export reads a folder in Python (it streams tables per batch, not through a cohort): the same
    names in the same order as the library's own listing (ik_cohort_add_directory), or the two would disagree
    on which documents an institution's figures hold."""
    from impactkit._support import json_files

    for name in ("b.json", "a.json", "ä.json", "Z.json", "aa.json", "c.JSON", ".hidden.json", "d.json.bak", "e.txt"):
        (tmp_path / name).write_text("{")
    listed = []
    Cohort().add_directory(tmp_path, on_error=lambda name, error: listed.append(name))
    assert listed == json_files(tmp_path) == ["Z.json", "a.json", "aa.json", "b.json", "ä.json"]


def test_cohort_thresholds():
    lenient = Cohort(Thresholds(max_empty_domains=3))
    lenient.add_directory(COHORT)
    assert [a["id"] for a in lenient.evaluate()["attention"]] == ["g3", "g4"]
    assert lenient.evaluate()["thresholds"]["max_empty_domains"] == 3
    with pytest.raises(OutOfRange):
        Cohort(Thresholds(results_expected_from_moment=0))
    with pytest.raises(InvalidArgument):
        Cohort(Thresholds(min_cards_added=2**40))
    cohort = Cohort()
    with pytest.raises(SchemaError):
        cohort.add_json(json.dumps(impactkit.builtin_template()), source="template.json")
    assert cohort.evaluate()["skipped"][0]["path"] == "/schema"


def test_outputs_match_their_schemas(journey, schema_validator):
    cohort = Cohort()
    cohort.add_directory(COHORT)
    checks = [
        ("journey.schema.json", journey.to_dict()),
        ("journey-report.schema.json", journey.evaluate("nl")),
        ("comparison.schema.json", journey.compare()),
        ("cohort-report.schema.json", cohort.evaluate()),
        ("questions.schema.json", impactkit.questions("stakeholders")),
        ("questions.schema.json", impactkit.questions(purpose="monitor-process")),
    ]
    for path in sorted(COHORT.glob("g[1-4]*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        name = "journey.schema.json" if document["schema"] == "impactkit/journey/1" else "canvas.schema.json"
        checks.append((name, document))
    for name, document in checks:
        schema_validator(name).validate(document)
    # not a rubber stamp: a moment without a moment object, or evidence that is both a placement and an answer
    broken = journey.to_dict()
    del broken["moments"][0]["moment"]
    assert list(schema_validator("journey.schema.json").iter_errors(broken))
    broken = journey.to_dict()
    broken["evidence"][0]["question"] = "lim.students.gain"
    assert list(schema_validator("journey.schema.json").iter_errors(broken))


def test_csv_exports_parse_back_with_the_csv_module():
    import csv
    import io

    with Canvas.from_json((DATA / "pzw-bottendaal-end.json").read_bytes()) as canvas:
        text = canvas.to_csv("nl")
    assert text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][:6] == ["canvas", "moment", "date", "placement", "domain", "field"]
    assert len(rows) == 22
    prototype = next(r for r in rows if r[6] == "res.prototype")
    assert prototype[8] == "Beweegkaart voor de wijk" and prototype[10] == "practice;society"
    cohort = Cohort()
    cohort.add_directory(COHORT)
    heat = list(csv.reader(io.StringIO(cohort.to_csv(), newline="")))
    assert heat[1] == ["target-group", "Engagement with the target group", "activity", "11", "4", "1.0000", "4", "1.0000"]  # 4 + 3 + 3 + 1
    log = impactkit.ChangeLog.load(DATA / "pwmi-changelog.json")
    changes = list(csv.reader(io.StringIO(log.to_csv(), newline="")))
    assert len(changes) == 13 and changes[3][5].startswith("Door al die verschillende projecten")
    # a hostile card text cannot become a spreadsheet formula
    hostile = Canvas("x")
    hostile.add_card("own.x", '=HYPERLINK("http://evil")', "activity")
    hostile.place("own.x", "partners", "activity")
    row = list(csv.reader(io.StringIO(hostile.to_csv(), newline="")))[1]
    assert row[7] == "'=HYPERLINK(\"http://evil\")"


def test_every_document_is_counted_or_skipped_even_with_an_unreadable_name(tmp_path):
    # A Latin-1 file name is a name like any other (the library reads the folder by bytes): the file is read, and
    # a document it refuses is listed under "skipped" with the name shown readably (\xE9) and the reason.
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.json"), "w") as file:
        file.write("{}")
    cohort = Cohort()
    errors = []
    assert cohort.add_directory(tmp_path, on_error=lambda name, error: errors.append(type(error))) == 0
    assert errors == [SchemaError]
    skipped = cohort.evaluate()["skipped"]
    assert [(s["source"], s["code"]) for s in skipped] == [("caf\\xE9.json", "IK_ESCHEMA")]
    # A name given to add_json that is not UTF-8 is still listed, under a readable form of itself.
    with pytest.raises(UTF8Error):
        cohort.add_json("{}", source="caf\udce9.json")
    with pytest.raises(ImpactKitError) as refused:
        cohort.add_json("{}", source="x" * 5000)
    skipped = cohort.evaluate()["skipped"]
    assert len(skipped) == 3 and skipped[1]["code"] == "IK_EUTF8" and skipped[1]["source"].startswith("caf")
    assert skipped[2]["source"] == "x" * 200 + "…" and skipped[2]["code"] == refused.value.symbol


def test_a_folder_on_several_threads_reports_the_same_with_progress():
    # Issue 38, item 5: the library reads the files on `jobs` threads and folds them in name order, so the report
    # is the same for any number; progress is told each of the five files, in order, on this thread.
    single = Cohort()
    assert single.add_directory(COHORT, jobs=1) == 4
    seen = []
    caller = threading.get_ident()
    threaded = Cohort()
    added = threaded.add_directory(COHORT, jobs=3, progress=lambda done, total: seen.append(
        (done, total, threading.get_ident() == caller)))
    assert added == 4
    assert json.dumps(threaded.evaluate()) == json.dumps(single.evaluate())
    assert seen == [(n, 5, True) for n in range(1, 6)]
    everyone = Cohort()
    assert everyone.add_directory(COHORT) == 4  # None: one thread per processor
    assert everyone.report_text("nl") == single.report_text("nl")


def test_progress_refusals_and_a_callback_that_raises():
    with pytest.raises(OutOfRange, match="jobs must be 1 to 256"):
        Cohort().add_directory(COHORT, jobs=0)
    with pytest.raises(OutOfRange, match="got 257"):
        Cohort().add_directory(COHORT, jobs=257)
    with pytest.raises(TypeError, match="progress must be a callable"):
        Cohort().add_directory(COHORT, progress="yes")
    calls = []

    def stop(done, total):
        calls.append(done)
        raise KeyboardInterrupt

    cohort = Cohort()
    with pytest.raises(KeyboardInterrupt):
        cohort.add_directory(COHORT, progress=stop)
    # The library finished the folder (it cannot be stopped midway), the callable was not called again after it
    # raised, and the cohort stays usable.
    assert calls == [1] and cohort.evaluate()["groups"] == 4


def test_a_progress_bar_on_stderr(capfd):
    Cohort().add_directory(COHORT, jobs=2, progress=True)
    err = capfd.readouterr().err
    # tqdm's bar when tqdm is installed, else one line rewritten in place.
    assert "5/5" in err
