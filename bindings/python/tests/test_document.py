"""One document class hierarchy with one set of verbs, and the report language travelling one way: the verb's
argument over ReportOptions over the language the document was opened with over English."""

import copy
import pickle

import pytest

import impactkit
from impactkit import (
    Actiescan, Canvas, ChangeLog, Document, Factsheet, Fasemodel, IWPModel, Journey, KirkpatrickPlan, LINPlan,
    NotSupported, Options, ReportOptions, SchemaError,
)

from conftest import DATA

FILES = {
    "pzw-bottendaal-week5.json": Canvas, "pzw-bottendaal.journey.json": Journey, "pwmi-changelog.json": ChangeLog,
    "instruments/lin-kirkpatrick.json": KirkpatrickPlan, "instruments/lin-actiescan.json": Actiescan,
    "instruments/lin-fasemodel.json": Fasemodel, "instruments/lin-plan.json": LINPlan,
    "instruments/proeftuin-praktijkleren.json": Factsheet, "instruments/value-in-the-valley.json": IWPModel,
}


@pytest.mark.parametrize("name,cls", FILES.items())
def test_open_gives_the_class_of_the_kind_with_the_same_verbs(name, cls):
    doc = impactkit.load(DATA / name)
    assert type(doc) is cls and isinstance(doc, Document)
    assert doc.kind == cls.schema
    assert doc.to_json() == (DATA / name).read_text() or impactkit.loads(doc.to_json()).to_json() == doc.to_json()
    report = doc.evaluate("nl", as_of="2026-11-23")
    assert report["schema"].endswith("-report/1") and report["lang"] == "nl"
    assert doc.report_text("en", as_of="2026-11-23")
    for verb in ("evaluate", "report_text", "render_svg", "to_csv", "to_xapi", "to_json", "save"):
        assert callable(getattr(doc, verb))


def test_verbs_a_kind_lacks_raise_not_supported():
    plan = LINPlan.load(DATA / "instruments" / "lin-plan.json")
    with pytest.raises(NotSupported) as caught:
        plan.render_svg()
    assert caught.value.code == -11 and "no picture" in caught.value.message
    with pytest.raises(NotSupported):
        plan.to_csv()
    with pytest.raises(NotSupported):
        ChangeLog.load(DATA / "pwmi-changelog.json").to_xapi("https://lms.example.org")
    # A class of another kind refuses the document as the library refuses an unknown schema.
    with pytest.raises(SchemaError) as caught:
        Canvas.load(DATA / "pwmi-changelog.json")
    assert caught.value.path == "/schema"


def lang(doc, *args, **kwargs):
    return doc.evaluate(*args, **kwargs)["lang"]


@pytest.mark.parametrize("cls,name", [(Canvas, "pzw-bottendaal-week5.json"), (ChangeLog, "pwmi-changelog.json"),
                                      (LINPlan, "instruments/lin-plan.json")])
def test_language_at_open_in_options_and_as_argument_each_reach_the_report(cls, name):
    text = (DATA / name).read_text()
    plain = cls.from_json(text)
    dutch = cls.from_json(text, options=Options(lang="nl"))
    assert lang(plain) == "en"                                                # default
    assert lang(dutch) == "nl"                                                # given at open
    assert lang(plain, options=ReportOptions(lang="nl")) == "nl"              # in report options
    assert lang(plain, "nl") == "nl"                                          # as argument
    assert lang(dutch, options=ReportOptions(lang="en")) == "en"              # options over open
    assert lang(plain, "en", options=ReportOptions(lang="nl")) == "en"        # argument over options
    assert lang(dutch, options=ReportOptions()) == "nl"                       # unset options keep the open language
    assert "Sterkste domein" in dutch.report_text() or cls is not Canvas


def test_templates_and_any_kind_by_name():
    plan = impactkit.template("lin", "nl")
    assert type(plan) is LINPlan and plan.evaluate()["lang"] == "nl"
    assert type(Actiescan.template("en")) is Actiescan
    with pytest.raises(NotSupported):
        impactkit.template("canvas")
    with pytest.raises(impactkit.NotFound):
        impactkit.template("sroi")


@pytest.mark.parametrize("name,cls", FILES.items())
def test_copies_are_independent_documents_with_the_same_open_options(name, cls):
    # copy.copy() used to duplicate the C pointer: closing the stale copy freed the live object's handle.
    original = cls.from_json((DATA / name).read_text(), options=Options(lang="nl"))
    for copied in (original.copy(), copy.copy(original), copy.deepcopy(original)):
        assert type(copied) is cls and copied is not original
        assert copied.to_json() == original.to_json()
        assert copied.evaluate(as_of="2026-11-23")["lang"] == "nl"       # the open options travel with the copy
        copied.close()
        assert original.to_json()                                      # the original's handle is untouched
    with pytest.raises(TypeError, match="pickled"):
        pickle.dumps(original)


def test_a_canvas_copy_changes_apart_from_its_original():
    canvas = impactkit.load(DATA / "pzw-bottendaal-week5.json")
    before = canvas.placements
    twin = copy.copy(canvas)
    twin.unplace(before[0]["id"])
    assert [p["id"] for p in twin.placements] == [p["id"] for p in before[1:]]
    assert canvas.placements == before


def test_a_cohort_refuses_to_be_copied():
    cohort = impactkit.Cohort()
    with pytest.raises(TypeError, match="cannot be copied"):
        copy.copy(cohort)
    with pytest.raises(TypeError, match="cannot be copied"):
        copy.deepcopy(cohort)
    assert cohort.evaluate()["groups"] == 0


def test_xapi_homepage_with_credentials_is_refused_without_echoing_them():
    journey = impactkit.load(DATA / "pzw-bottendaal.journey.json")
    with pytest.raises(impactkit.InvalidArgument) as refused:
        journey.to_xapi("https://moodle:geheim@lms.example.org")
    assert refused.value.path == "/homepage" and "geheim" not in str(refused.value)
    # An @ in the path is no credential.
    assert journey.to_xapi("https://lms.example.org/a@b", pseudonym_salt="impactkit-test-salt-0001")


def test_loads_and_load_read_like_json_and_open_is_a_deprecated_alias(tmp_path):
    """Like json: loads takes text or bytes, load a path or an open file (text or binary); open still works and
    says it is deprecated."""
    text = (DATA / "pwmi-changelog.json").read_text()
    assert isinstance(impactkit.loads(text), impactkit.ChangeLog)
    assert isinstance(impactkit.loads(text.encode()), impactkit.ChangeLog)
    with (DATA / "pwmi-changelog.json").open("rb") as binary:
        assert impactkit.load(binary).revision == impactkit.loads(text).revision
    with (DATA / "pwmi-changelog.json").open(encoding="utf-8") as textual:
        assert impactkit.load(textual).kind == "impactkit/changelog/1"
    assert impactkit.load(DATA / "pwmi-changelog.json").kind == "impactkit/changelog/1"
    with pytest.warns(DeprecationWarning, match="impactkit.loads"):
        assert impactkit.open(text).kind == "impactkit/changelog/1"
    assert "open" not in impactkit.__all__ and {"loads", "load"} <= set(impactkit.__all__)


def test_a_file_that_cannot_be_read_is_an_impactkit_error_and_still_the_os_error(tmp_path):
    """Every failure is an ImpactKitError (the guide's promise): a missing file raised a bare FileNotFoundError. It
    is now FileError (IK_EIO, the library's "cannot read F: reason", which has its Dutch), and still the OSError
    subclass Python raised, so an `except FileNotFoundError` written for 1.2 catches it as before."""
    missing = tmp_path / "nope.json"
    for read in (impactkit.load, Canvas.load, Document.load):
        with pytest.raises(impactkit.FileError) as raised:
            read(missing)
        assert isinstance(raised.value, FileNotFoundError) and isinstance(raised.value, impactkit.ImpactKitError)
        assert raised.value.code == impactkit.errors.EIO and raised.value.filename == str(missing)
        assert str(raised.value) == f"IK_EIO: cannot read {missing}: No such file or directory"
        assert raised.value.localized("nl") == f"kan {missing} niet lezen: No such file or directory"
    with pytest.raises(impactkit.FileError) as raised:
        impactkit.load(tmp_path)
    assert isinstance(raised.value, IsADirectoryError)
    # A NUL in the path was open()'s bare ValueError; a name that is not UTF-8 failed the Dutch translation.
    with pytest.raises(impactkit.InvalidArgument, match="path contains a NUL character"):
        impactkit.load("a\0b.json")
    with pytest.raises(impactkit.FileError) as raised:
        impactkit.load(bytes(tmp_path) + b"/caf\xe9.json")
    assert raised.value.localized("nl").startswith("kan ") and "caf" in raised.value.describe("nl")


def test_a_number_is_not_a_path_and_its_descriptor_stays_open(tmp_path):
    """builtins.open takes an int as a file descriptor and closes it after reading: impactkit.load(0) read stdin
    and closed it under the host. A path is a str, bytes or os.PathLike; anything else is an ArgumentTypeError
    (IK_EINVAL, a TypeError too)."""
    import os

    path = tmp_path / "c.json"
    path.write_bytes((DATA / "pzw-bottendaal-week5.json").read_bytes())
    descriptor = os.open(path, os.O_RDONLY)
    try:
        for wrong in (descriptor, True, None, 3.5):
            with pytest.raises(impactkit.ArgumentTypeError, match=r"^IK_EINVAL: path must be a str, got ") as raised:
                impactkit.load(wrong)
            assert isinstance(raised.value, TypeError) and isinstance(raised.value, impactkit.InvalidArgument)
        os.fstat(descriptor)   # still open
    finally:
        os.close(descriptor)
    assert Canvas.load(os.fsencode(path)).to_json() == Canvas.load(path).to_json()
    with path.open("rb") as file:   # Canvas.load takes an open file, as impactkit.load does
        assert Canvas.load(file).revision == Canvas.load(path).revision


def test_wrong_python_types_are_type_errors_and_invalid_arguments():
    """A number where a card id goes was an InvalidArgument only (a ValueError): Python raises TypeError for the
    wrong type. ArgumentTypeError is both, so `except InvalidArgument` keeps working."""
    canvas = Canvas("Types")
    with pytest.raises(TypeError, match="^IK_EINVAL: card must be a str, got int$"):
        canvas.place(123, "target-group", "activity")   # type: ignore[arg-type]
    with pytest.raises(impactkit.InvalidArgument, match="later must be a Canvas, got str"):
        canvas.compare("week5.json")   # type: ignore[arg-type]
    with pytest.raises(TypeError):
        impactkit.loads({"schema": "impactkit/canvas/1"})   # type: ignore[arg-type]
    with pytest.raises(TypeError):
        canvas.select_domains(["partners", 7])   # type: ignore[list-item]


def test_options_are_checked_when_made_not_when_first_used():
    """Options(max_depth="10") was accepted and failed at the first document opened with it, far from the
    mistake."""
    with pytest.raises(impactkit.ArgumentTypeError, match="max_depth must be an integer from 0 to 2\\*\\*64-1, got '10'"):
        Options(max_depth="10")   # type: ignore[arg-type]
    with pytest.raises(impactkit.InvalidArgument, match="max_elements must be an integer"):
        Options(max_elements=-1)
    with pytest.raises(impactkit.ArgumentTypeError, match="lang must be a str, got int"):
        Options(lang=1)   # type: ignore[arg-type]
    with pytest.raises(impactkit.ArgumentTypeError, match="min_cards_added must be a 32-bit integer, got 1.5"):
        impactkit.Thresholds(min_cards_added=1.5)   # type: ignore[arg-type]
    with pytest.raises(impactkit.InvalidArgument, match="max_empty_domains must be a 32-bit integer, got 4294967296"):
        impactkit.Thresholds(max_empty_domains=2**32)


def test_a_closed_document_fails_at_the_with_that_reopens_it():
    canvas = Canvas("Closed")
    with canvas:
        pass
    with pytest.raises(impactkit.HandleError, match="the canvas is closed"):
        with canvas:
            pass
