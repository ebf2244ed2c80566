"""JSONTestSuite (build/JSONTestSuite/test_parsing, fetched by `make deps`) and ImpactKit's own cases in the same
naming (Tests/data/conformance), each file embedded as the value of an unknown member of a real canvas and read
from Python, with Python's own json module as the second opinion: a y_ file reads back exactly as Python reads
it (or is refused where the header says so), an n_ file is refused, an i_ file is one or the other — never read
and altered. Tests/c/test_conformance.c covers the other places and entry points through C."""

import json
import math
from pathlib import Path

import pytest

import impactkit

from conftest import DATA, ROOT

SUITE = ROOT / "build" / "JSONTestSuite" / "test_parsing"
OWN = ROOT / "Tests" / "data" / "conformance"
BASE = (DATA / "pzw-bottendaal-week5.json").read_bytes()
SYNTAX = (impactkit.JSONSyntaxError, impactkit.UTF8Error, impactkit.LimitExceeded, impactkit.OutOfRange)


def files() -> list[Path]:
    if not SUITE.is_dir():
        pytest.fail(f"{SUITE} is missing: `make deps` fetches JSONTestSuite")
    return sorted(SUITE.glob("?_*.json")) + sorted(OWN.glob("?_*.json"))


def embedded(data: bytes) -> bytes:
    at = BASE.index(b"{") + 1
    return BASE[:at] + b'\n  "x-embedded": ' + data + b"," + BASE[at:]


def python_reading(data: bytes):
    """Python's reading of the file, or None where Python refuses it; duplicate keys marked as such."""
    def pairs(items):
        keys = [key for key, _ in items]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(items)
    try:
        return True, json.loads(data.decode("utf-8"), object_pairs_hook=pairs)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False, None


def same(ours, theirs) -> bool:
    """Equal as JSON values: numbers by value (ImpactKit may write 1E2 as 100)."""
    if isinstance(ours, (int, float)) and isinstance(theirs, (int, float)) and not isinstance(ours, bool):
        return ours == theirs or (math.isnan(ours) and math.isnan(theirs))
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(same(a, b) for a, b in zip(ours, theirs))
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return ours.keys() == theirs.keys() and all(same(ours[k], theirs[k]) for k in ours)
    return type(ours) is type(theirs) and ours == theirs


def test_the_suite_is_complete():
    assert len(list(SUITE.glob("?_*.json"))) == 318 and len(list(OWN.glob("?_*.json"))) == 10


@pytest.mark.parametrize("path", files(), ids=lambda path: path.name)
def test_embedded_file_is_read_exactly_or_refused(path):
    data = path.read_bytes()
    document = embedded(data)
    kind = path.name[0]
    readable, expected = python_reading(data)
    try:
        with impactkit.loads(document) as doc:
            value = doc.to_dict()["x-embedded"]
        error = None
    except impactkit.ImpactKitError as refused:
        error = refused
    # The cohort reads what a document reads: the same outcome, and a refusal is listed, never lost.
    cohort = impactkit.Cohort()
    try:
        cohort.add_json(document, source=path.name)
        cohort_error = None
    except impactkit.ImpactKitError as refused:
        cohort_error = refused
    report = cohort.evaluate()
    assert (type(cohort_error), report["groups"]) == (type(error), 0 if error else 1)
    assert [entry["source"] for entry in report["skipped"]] == ([path.name] if error else [])

    if kind == "n":
        assert isinstance(error, SYNTAX), f"{path.name} was read: {data!r}"
    elif error is None:
        assert readable and same(value, expected), f"{path.name}: read as {value!r}, Python reads {expected!r}"
    elif kind == "y":
        # Valid JSON that the header refuses: a duplicate key or a NUL character.
        assert isinstance(error, impactkit.JSONSyntaxError) and (not readable or b"\\u0000" in data), path.name
    else:
        assert isinstance(error, SYNTAX), f"{path.name}: {error!r}"
