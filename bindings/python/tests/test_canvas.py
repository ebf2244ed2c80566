"""The Python binding: same behaviour as Tests/c/test_abi.c, in Python terms."""

import gc
import json
import os
import subprocess
import re
import sys
import threading

import pytest

import impactkit
from conftest import header_version
from impactkit import (AlreadyExists, Canvas, HandleError, ImpactKitError, InvalidArgument, JSONSyntaxError,
                       LimitExceeded, NotFound, Options, OutOfRange, SchemaError, UTF8Error)


def test_version_and_template():
    assert impactkit.version() == header_version() == impactkit.__version__
    template = impactkit.builtin_template("lim")
    assert template["schema"] == "impactkit/template/1"
    assert [d["id"] for d in template["domains"]] == [
        "target-group", "partners", "complexity", "interprofessional", "knowledge"]
    kinds = [card["kind"] for card in template["cards"]]
    assert all(kinds.count(kind) >= 12 for kind in ("activity", "location", "result"))
    with pytest.raises(NotFound) as caught:
        impactkit.builtin_template("nope")
    assert caught.value.code == -4
    assert "nope" in caught.value.message


def test_round_trip_is_byte_for_byte(week5_text):
    with Canvas.from_json(week5_text) as canvas:
        assert canvas.to_json() == week5_text
    # bytes work as well as str
    assert Canvas.from_json(week5_text.encode()).to_json() == week5_text


def test_unknown_fields_are_kept(week5_text):
    document = json.loads(week5_text)
    document["x-lms"] = {"course": 42, "ratio": 0.1}
    document["placements"][0]["x-photo"] = "IMG_0042.jpg"
    canvas = Canvas.from_json(json.dumps(document))
    again = canvas.to_dict()
    assert again["x-lms"] == {"course": 42, "ratio": 0.1}
    assert again["placements"][0]["x-photo"] == "IMG_0042.jpg"
    assert list(again)[-1] == "x-lms"
    assert Canvas.from_json(canvas.to_json()).to_json() == canvas.to_json()


def test_errors_carry_code_path_line_and_column(week5_text):
    with pytest.raises(JSONSyntaxError) as caught:
        Canvas.from_json(week5_text[: len(week5_text) // 2])
    assert caught.value.code == -2 and caught.value.line > 1 and caught.value.column > 0
    with pytest.raises(SchemaError) as caught:
        Canvas.from_json("[]")
    assert caught.value.message == 'not an ImpactKit document (no "schema" string)' and caught.value.path == "/schema"
    document = json.loads(week5_text)
    document["placements"][3]["card"] = "act.nope"
    with pytest.raises(NotFound) as caught:
        Canvas.from_json(json.dumps(document))
    assert caught.value.path == "/placements/3/card"
    assert caught.value.message == 'unknown card "act.nope"'
    document = json.loads(week5_text)
    document["team"][1]["role"] = ["not", "text"]
    with pytest.raises(SchemaError) as caught:
        Canvas.from_json(json.dumps(document))
    assert caught.value.path == "/team/1/role"
    with pytest.raises(UTF8Error):
        Canvas.from_json(week5_text.encode().replace(b"Samen", b"\xc3\x28amen"))
    with pytest.raises(JSONSyntaxError):
        Canvas.from_json(week5_text.encode().replace(b"Samen", b"Sa\x00en"))
    with pytest.raises(SchemaError) as caught:
        Canvas.from_json('{"schema": "impactkit/canvas/2", "id": "x"}')
    assert "this version reads impactkit/canvas/1" in str(caught.value)


def test_limits(week5_text):
    size = len(week5_text.encode())
    with pytest.raises(LimitExceeded):
        Canvas.from_json(week5_text, options=Options(max_document_bytes=size - 1))
    Canvas.from_json(week5_text, options=Options(max_document_bytes=size))
    with pytest.raises(LimitExceeded):
        Canvas.from_json(week5_text, options=Options(max_depth=2))
    Canvas.from_json(week5_text, options=Options(max_depth=3))
    with pytest.raises(LimitExceeded):
        Canvas.from_json(week5_text, options=Options(max_elements=11))  # 12 placements
    with pytest.raises(OutOfRange):
        Canvas.from_json(week5_text, options=Options(max_depth=10_000))
    # size_t as the C ABI takes it (issue 37 item 10): 2**64-1 is "the largest there is", here as in C.
    Canvas.from_json(week5_text, options=Options(max_document_bytes=2**64 - 1, max_elements=2**64 - 1, max_depth=2**64 - 1))
    with pytest.raises(InvalidArgument):
        Options(max_document_bytes=2**64)._struct()
    with pytest.raises(InvalidArgument):
        Canvas.from_json(week5_text, options=Options(max_depth=-1))
    with pytest.raises(LimitExceeded):
        Canvas.from_json("[" * 100_000 + "]" * 100_000)


def test_bad_edits_leave_the_canvas_unchanged(week5_text):
    canvas = Canvas.from_json(week5_text)
    cases = [
        (lambda: canvas.place("act.workshop", "partners", "result"), InvalidArgument, "/field"),
        (lambda: canvas.place("act.nope", "partners", "activity"), NotFound, "/card"),
        (lambda: canvas.place("act.workshop", "nowhere", "activity"), NotFound, "/domain"),
        (lambda: canvas.place("act.workshop", "partners", "why"), NotFound, ""),
        (lambda: canvas.place("act.workshop", "partners", "activity", note=""), InvalidArgument, "/note"),
        (lambda: canvas.place("act.workshop", "partners", "activity", note="\udcff"), UTF8Error, ""),
        (lambda: canvas.place("act.work\0shop", "partners", "activity"), InvalidArgument, ""),
        (lambda: canvas.place_text("", "partners", "activity"), InvalidArgument, "/text"),
        (lambda: canvas.unplace("p99"), NotFound, ""),
        (lambda: canvas.move("p1", "partners", "result"), InvalidArgument, "/field"),
        (lambda: canvas.move("p99", "partners", "result"), NotFound, ""),
        (lambda: canvas.move("p1", "nowhere", "activity"), NotFound, "/domain"),
        (lambda: canvas.add_card("act.workshop", "Dubbel", "activity"), AlreadyExists, "/id"),
        (lambda: canvas.add_card("own.x", "Soort?", "poster"), InvalidArgument, ""),
        (lambda: canvas.answer("lim.students.nope", "x"), NotFound, "/question"),
    ]
    for action, error, path in cases:
        with pytest.raises(error) as caught:
            action()
        assert caught.value.path == path, caught.value
    assert canvas.to_json() == week5_text


def test_move_keeps_id_note_and_order():
    canvas = Canvas("Verplaatsen")
    # The host's own ids, through operations (place() draws them at random).
    canvas.apply([{"op": "place", "id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity", "note": "met de wijkagent"},
                  {"op": "place", "id": "p2", "text": "Rapport", "domain": "partners", "field": "result"},
                  {"op": "place", "id": "p3", "card": "act.workshop", "domain": "knowledge", "field": "activity"}])
    canvas.set_effect("p2", intended=True)
    canvas.move("p1", "complexity", "activity")
    canvas.move("p2", "target-group", "result")
    assert [(p["id"], p["domain"], p["field"]) for p in canvas.placements] == [
        ("p1", "complexity", "activity"), ("p2", "target-group", "result"), ("p3", "knowledge", "activity")]
    assert canvas.placements[0]["note"] == "met de wijkagent"
    assert canvas.placements[1]["effect"] == {"intended": True}
    before = canvas.to_json()
    with pytest.raises(InvalidArgument) as caught:
        canvas.move("p2", "target-group", "place")
    assert (caught.value.message, caught.value.path) == ('an effect describes a result; placement "p2" lies in the place field', "/effect")
    assert caught.value.localized("nl") == 'een effect beschrijft een opbrengst; plaatsing "p2" ligt in het veld place'
    assert canvas.to_json() == before
    # Two workshops in one field are two placements, as on paper (issue 31 item 19).
    canvas.move("p3", "complexity", "activity")
    assert [p["id"] for p in canvas.placements if p.get("card") == "act.workshop" and p["domain"] == "complexity"] == ["p1", "p3"]


def test_editing_and_evaluation(week5_text):
    canvas = Canvas.from_json(week5_text)
    advice = canvas.place("res.advice-report", "complexity", "result", note="Advies aan de gemeente")
    assert re.fullmatch(r"p-[0-9a-f]{12}", advice)  # drawn from the OS: copies never share a new id (issue 32)
    canvas.add_card("own.walk", "Wandeling door de wijk")
    walk = canvas.place("own.walk", "knowledge", "place")
    talk = canvas.place_text("Gesprek met de huisarts", "knowledge", "activity")
    assert len({advice, walk, talk}) == 3
    canvas.unplace(advice)
    with pytest.raises(NotFound):
        canvas.unplace(advice)
    canvas.answer("lim.students.notice", "Kennis komt op gang", by="Noor")
    placements = canvas.placements
    assert len(placements) == 14
    assert placements[-1] == {"id": talk, "text": "Gesprek met de huisarts", "domain": "knowledge", "field": "activity"}
    cards = canvas.cards()
    assert len(cards) == 45
    assert cards[-1] == {"id": "own.walk", "kind": "blank", "text": {"nl": "Wandeling door de wijk",
                                                                     "en": "Wandeling door de wijk"}, "custom": True}

    report = canvas.evaluate("nl")
    assert report["lang"] == "nl"
    assert report["totals"] == {"cards": 14, "activity": 7, "place": 5, "result": 2}
    assert report["coverage"] == {"covered": ["target-group", "interprofessional"],
                                  "partial": ["partners", "complexity", "knowledge"], "empty": []}
    assert [d["fields"] for d in report["domains"]] == [
        {"activity": 3, "place": 2, "result": 1}, {"activity": 1, "place": 1, "result": 0},
        {"activity": 1, "place": 0, "result": 0}, {"activity": 1, "place": 1, "result": 1},
        {"activity": 1, "place": 1, "result": 0}]
    # 6/14, 2/14, 1/14, 3/14, 2/14 to four decimals, half up
    assert [p["share"] for p in report["palette"]] == [0.4286, 0.1429, 0.0714, 0.2143, 0.1429]
    assert report["strongest"] == {"domain": "target-group", "cards": 6, "tied_with": [], "domains": ["target-group"]}
    assert report["weakest"] == {"domain": "complexity", "cards": 1, "tied_with": [], "domains": ["complexity"]}
    notice = report["reflection"][0]
    assert notice["question"] == "lim.students.notice"
    assert notice["answers"] == ["Kennis komt op gang"]
    assert notice["basis"] == "2 van de 5 domeinen zijn gedekt (alle drie velden gevuld)."

    assert "Sterkste domein: Betrokkenheid bij de doelgroep" in canvas.report_text("nl")
    assert "Weakest domain: Dealing with complexity" in canvas.report_text("en")
    with pytest.raises(InvalidArgument):
        canvas.evaluate("fr")


def test_new_canvas_and_own_template():
    canvas = Canvas("Leeg canvas")
    assert canvas.id.startswith("canvas-")
    assert canvas.evaluate()["reflection"][0]["basis"] == "The canvas is still empty."
    template = {"schema": "impactkit/template/1", "id": "own", "name": {"nl": "Eigen", "en": "Own"},
                "domains": [{"id": "region", "name": {"nl": "Regio", "en": "Region"},
                             "question": {"nl": "Wat?", "en": "What?"}}]}
    own = Canvas("Eigen", template=template)
    assert own.place_text("Rondetafel", "region", "activity").startswith("p-")
    assert own.to_dict()["template"]["id"] == "own"
    with pytest.raises(JSONSyntaxError):
        Canvas("x", template='{"schema": ')
    with pytest.raises(InvalidArgument):
        Canvas("")
    with pytest.raises(InvalidArgument):
        Canvas(None)  # type: ignore[arg-type]


def test_closed_canvas_raises_instead_of_crashing(week5_text):
    canvas = Canvas.from_json(week5_text)
    canvas.close()
    canvas.close()
    with pytest.raises(HandleError):
        canvas.to_json()
    assert repr(canvas) == "<impactkit.Canvas (closed)>"


def test_save_is_atomic_and_round_trips(tmp_path, week5_text):
    canvas = Canvas.from_json(week5_text)
    target = tmp_path / "canvas.json"
    canvas.save(target)
    assert target.read_text(encoding="utf-8") == week5_text
    assert [p.name for p in tmp_path.iterdir()] == ["canvas.json"]


def test_output_matches_the_json_schemas(week5_text, schema_validator):
    canvases = [Canvas.from_json(week5_text), Canvas("Leeg")]
    canvases[1].add_card("own.x", "Eigen kaart", "result")
    canvases[1].place("own.x", "partners", "result")
    canvases[1].place_text("Vrije tekst", "partners", "place", note="zonder kaartjes")
    canvas_schema = schema_validator("canvas.schema.json")
    report_schema = schema_validator("canvas-report.schema.json")
    for canvas in canvases:
        canvas_schema.validate(canvas.to_dict())
        for lang in ("nl", "en"):
            report_schema.validate(canvas.evaluate(lang))
    schema_validator("template.schema.json").validate(impactkit.builtin_template())
    # and the schema is not a rubber stamp: it rejects what the library rejects
    broken = canvases[0].to_dict()
    broken["placements"][0]["field"] = "why"
    assert list(canvas_schema.iter_errors(broken))


def test_threads_with_their_own_canvases(week5_text):
    failures = []

    def work():
        try:
            for _ in range(50):
                canvas = Canvas.from_json(week5_text)
                canvas.place("res.advice-report", "complexity", "result")
                assert canvas.evaluate()["totals"]["cards"] == 13
                canvas.close()
        except Exception as error:  # pragma: no cover - reported below
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_shared_canvas_is_serialised_by_its_lock():
    canvas = Canvas("Gedeeld")
    ids = []

    def work(index):
        ids.append(canvas.place_text(f"tekst {index}", "partners", "activity"))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 32 threads, 32 placements, 32 different ids (drawn at random since 1.1; the lock keeps every one).
    assert len(set(ids)) == 32 and len(canvas.placements) == 32


HOSTILE = r"""
import impactkit, sys
from impactkit import Canvas, ImpactKitError
inputs = [b"", b"{", b"null", b"1e999999", b"[" * 5000, b'{"a":' * 3000, b"\xff\xfe\x00",
          b'{"schema": "impactkit/canvas/1", "id": "x", "title": "t", "template": {"schema": 1}}',
          b'{"schema": "impactkit/canvas/1", "id": "x", "title": "t", "template": "lim", "placements": [{}]}',
          b'{"schema": "impactkit/canvas/1", "id": "x", "title": "t", "template": "lim", "domains": []}',
          b'{"schema": "impactkit/canvas/1", "id": "x", "title": "t", "template": "lim", "moment": {"label": "x", "date": "9999-99-99"}}',
          b'{"n": 123456789012345678901234567890}', ("\"" + "x" * 70000 + "\"").encode()]
codes = []
for data in inputs:
    try:
        Canvas.from_json(data)
        codes.append(0)
    except ImpactKitError as error:
        codes.append(error.code)
print(codes)
"""


def test_hostile_documents_never_crash_the_process():
    # In a subprocess: a trap in the library would kill it (SIGILL) instead of failing an assertion.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run([sys.executable, "-c", HOSTILE], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [-2, -2, -3, -6, -7, -7, -10, -3, -3, -1, -6, -6, -7]


def test_library_found_through_environment_variable(tmp_path):
    library = next(p for p in (impactkit._native.Path(impactkit.__file__).parent).glob(f"libimpactkit.so.{impactkit._native.MAJOR}*"))
    env = dict(os.environ, IMPACTKIT_LIBRARY=str(library), PYTHONPATH=os.pathsep.join(sys.path))
    code = "import impactkit, sys; print(impactkit._native.lib._name)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == str(library)
    env["IMPACTKIT_LIBRARY"] = str(tmp_path / "missing.so")
    result = subprocess.run([sys.executable, "-c", "import impactkit"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode != 0
    assert "Set IMPACTKIT_LIBRARY" in result.stderr


def test_objects_are_released_by_the_garbage_collector(week5_text):
    for _ in range(200):
        Canvas.from_json(week5_text)
    gc.collect()


def test_long_error_paths_are_cut_at_a_character_boundary():
    # The key is 600 bytes of two-byte characters; the JSON pointer of the over-long value under it does not fit
    # in ik_error.path (128 bytes) and must be cut without splitting a character.
    document = '{"' + "ä" * 300 + '": "' + "x" * 701 + '"}'
    with pytest.raises(LimitExceeded) as caught:
        Canvas.from_json(document, options=Options(max_string_bytes=700))
    assert caught.value.path == "/" + "ä" * 63
    assert caught.value.message == "a string is longer than the limit of 700 bytes"


def test_revision_is_equal_for_equal_content_and_moves_with_every_edit(week5_text):
    """Issue 32: a revision token for compare-and-swap (ik_document_revision, ik_canvas_revision)."""
    canvas = Canvas.from_json(week5_text)
    revision = canvas.revision
    assert re.fullmatch(r"r-[0-9a-f]{32}", revision)
    assert Canvas.from_json(json.dumps(json.loads(week5_text), separators=(",", ":"))).revision == revision
    assert impactkit.loads(week5_text).revision == revision
    placed = canvas.place("act.survey", "complexity", "activity")
    assert canvas.revision != revision
    canvas.unplace(placed)
    assert canvas.revision == revision
