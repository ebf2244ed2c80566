"""Errors in the user's language (issue 22): `message` stays English for logs; `localized("nl")` gives the Dutch
text of the same case through the C API (ik_error_localize), and every message the library's sources can raise has
its Dutch entry in the catalogue (a new English-only message fails here)."""

import ctypes
import pathlib
import re

import pytest

from impactkit import Canvas, ChangeLog
from impactkit._native import ErrorStruct, lib, take_string
from impactkit.errors import ImpactKitError, InvalidArgument, NotFound, OutOfRange, UTF8Error

from conftest import DATA, ROOT

SOURCES = ROOT / "Sources"
CATALOGUE = SOURCES / "ImpactKit/Words/DutchErrorMessages.swift"


def swift_multiline_string(text, start):
    """The Swift multi-line literal (\"\"\" … \"\"\") at text[start]: the closing delimiter's indentation taken off
    every line, a backslash at a line's end joining it to the next, interpolations as {}."""
    body_start = text.index("\n", start) + 1
    close = text.index('"""', body_start)
    indent = text[text.rindex("\n", 0, close) + 1:close]
    lines = text[body_start:text.rindex("\n", 0, close)].split("\n")
    joined = ""
    for line in lines:
        line = line[len(indent):] if line.startswith(indent) else line.lstrip()
        joined += line[:-1] if line.endswith("\\") else line + "\n"
    message, _ = swift_string('"' + joined.rstrip("\n").replace('"', '\\"') + '"', 0)
    return message, close + 3


def swift_string(text, start):
    """The Swift string literal starting at text[start] (a quote), with \\( … ) interpolations as {}."""
    assert text[start] == '"'
    if text.startswith('"""', start):
        return swift_multiline_string(text, start)
    out, index, depth = [], start + 1, 0
    while True:
        char = text[index]
        if depth == 0 and char == "\\" and text[index + 1] == "(":
            depth, index = 1, index + 2
            out.append("{}")
            continue
        if depth:
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char == '"':  # a string inside an interpolation: skip it whole
                index = text.index('"', index + 1)
            index += 1
            continue
        if char == "\\":
            out.append({"n": "\n", "t": "\t"}.get(text[index + 1], text[index + 1]))
            index += 2
            continue
        if char == '"':
            return "".join(out), index + 1
        out.append(char)
        index += 1


def raised_messages(folders=("ImpactKit", "ImpactKitC"), opener=r"ImpactKitError\(\s*(?:Self\.unknownCode|\.[A-Za-z0-9]+|code)\s*,\s*"):
    """Every English message of an ImpactKitError(code, "…" [+ "…"]) in the library and its C layer (or, with the
    CLI's folder and opener, of a CLIError("…"))."""
    found = []
    for path in [p for folder in folders for p in sorted((SOURCES / folder).rglob("*.swift"))]:
        text = path.read_text()
        for match in re.finditer(opener, text):
            index, parts = match.end(), []
            while text[index] == '"':
                part, index = swift_string(text, index)
                parts.append(part)
                rest = re.match(r"\s*\+\s*", text[index:])
                if not rest:
                    break
                index += rest.end()
            if parts:
                found.append((path.relative_to(ROOT), "".join(parts)))
    return found


def catalogue(path=CATALOGUE, end="static let words"):
    text = path.read_text()
    body = text[text.index("static let entries"):text.index(end) if end in text else len(text)]
    entries, index = [], 0
    while (found := re.compile(r'\(\s*"').search(body, index)) is not None:
        english, after = swift_string(body, found.end() - 1)
        comma = re.match(r",\s*", body[after:])
        dutch, index = swift_string(body, after + comma.end())
        entries.append((english, dutch))
    return entries


def test_every_message_the_sources_raise_has_a_dutch_entry():
    entries = catalogue()
    assert len(entries) > 150
    # A raised message is covered when an entry's pattern matches it, each {} of the source standing for any text.
    patterns = [re.compile("^" + re.sub(r"\\\{[wljm]?\\\}", "(.+)", re.escape(english)) + "$", re.S) for english, _ in entries]
    messages = raised_messages()
    assert len(messages) > 180
    missing = sorted({f"{path}: {message}" for path, message in messages if not any(p.match(message) for p in patterns)})
    assert missing == []
    # Each Dutch text uses each argument of its English pattern, and no other.
    for english, dutch in entries:
        count = len(re.findall(r"\{[wljm]?\}", english))
        assert sorted(set(re.findall(r"\{(\d)\}", dutch))) == [str(n) for n in range(1, count + 1)], (english, dutch)


def test_every_message_of_the_cli_has_a_dutch_entry():
    entries = catalogue(SOURCES / "impact/DutchCLIMessages.swift", end="\n}\n")
    patterns = [re.compile("^" + re.sub(r"\\\{[wljm]?\\\}", "(.+)", re.escape(english)) + "$", re.S) for english, _ in entries]
    messages = raised_messages(("impact",), r"CLIError\(\s*") + raised_messages(("impact",), r"ValidationError\(\s*")
    assert len(messages) > 35
    # "{}: {}" passes a library error through, already in the user's language.
    missing = sorted({f"{path}: {message}" for path, message in messages
                      if message != "{}: {}" and not any(p.match(message) for p in patterns)})
    assert missing == []


def failure(body):
    with pytest.raises(ImpactKitError) as caught:
        body()
    return caught.value


def test_library_errors_in_dutch_through_the_c_api():
    broken = (DATA / "pzw-bottendaal-week5.json").read_text().replace('"res.own-learning"', '"res.nope"', 1)
    error = failure(lambda: Canvas.from_json(broken))
    assert isinstance(error, NotFound)
    assert error.message == 'unknown card "res.nope"'
    assert error.localized("nl") == 'onbekende kaart "res.nope"'
    assert error.localized("en") == error.message
    assert error.describe("nl") == 'IK_ENOTFOUND: onbekende kaart "res.nope" (bij /placements/11/card)'
    assert str(error) == 'IK_ENOTFOUND: unknown card "res.nope" (at /placements/11/card)'

    syntax = failure(lambda: Canvas.from_json('{"schema": ]'))
    assert syntax.describe("nl") == "IK_EJSON: ongeldige JSON: onverwacht teken bij ']' (regel 1, kolom 12)"
    assert str(syntax) == "IK_EJSON: invalid JSON: unexpected token near ']' (line 1, column 12)"
    # The words around the message are the library's (ik_error_describe): the binding has none of its own.
    from impactkit import errors

    assert not hasattr(ImpactKitError, "_WORDS") and "regel" not in pathlib.Path(errors.__file__).read_text()
    deep = NotFound('unknown card "x"', path="/" + "é" * 300)
    assert deep.describe("nl").startswith('IK_ENOTFOUND: onbekende kaart "x" (bij /éé')

    log = ChangeLog.load(DATA / "pwmi-changelog.json")
    out_of_range = failure(lambda: log.sensitivity("deadweight", [150.5]))
    assert isinstance(out_of_range, OutOfRange)
    assert out_of_range.localized("nl-NL") == "deadweight is 150,5%; het moet 0–100 % zijn"


def localize(code, message, lang=b"nl", terminate=True):
    error = ErrorStruct()
    error.code = code
    buffer = ctypes.addressof(error) + ErrorStruct.message.offset  # the struct's own bytes, not a copy
    ctypes.memmove(buffer, message, len(message))
    if not terminate:
        ctypes.memset(buffer, ord("x"), ErrorStruct.message.size)
    out, failure = ctypes.c_void_p(), ErrorStruct()
    status = lib.ik_error_localize(ctypes.byref(error), lang, ctypes.byref(out), ctypes.byref(failure))
    return status, take_string(out) if status == 0 else failure.message.decode()


def test_the_c_function_refuses_what_it_cannot_read():
    assert localize(-4, b'no moment "Week 9" in this journey') == (0, 'geen moment "Week 9" in dit traject')
    # A message the catalogue does not know (cut short, or from a newer library): the code's sentence and the English.
    assert localize(-4, b"no moment \"Week 9\" in th") == (0, 'niet gevonden (no moment "Week 9" in th)')
    assert localize(0, b"x") == (-1, "error.code is IK_OK: there is no error to describe")
    assert localize(-99, b"x") == (-6, "error.code -99 is not an IK_E* code")
    assert localize(-4, b"x", terminate=False) == (-10, "error.message is not NUL-terminated within its 256 bytes")
    assert localize(-4, b"caf\xe9") == (-10, "error.message is not valid UTF-8")
    assert localize(-4, b"x", lang=b"fr") == (-1, 'unsupported language "fr" (use "nl" or "en")')
    status = lib.ik_error_localize(None, b"nl", ctypes.byref(ctypes.c_void_p()), None)
    assert status == InvalidArgument.code


def test_a_document_opened_in_dutch_fails_in_dutch():
    """Issue 31 item 18: `Options(lang="nl")` opens in Dutch, so its errors read in Dutch; `message` stays English."""
    import impactkit

    bad = ('{"schema": "impactkit/fasemodel/1", "id": "f", "title": "F", '
           '"components": [{"id": "a", "name": "A", "current": 0, "ambition": 2}]}')
    with pytest.raises(OutOfRange) as refused:
        impactkit.loads(bad, options=impactkit.Options(lang="nl"))
    assert refused.value.message == "stage 0 is outside the stages (1…4)"
    assert str(refused.value) == "IK_ERANGE: stadium 0 valt buiten de stadia (1…4) (bij /components/0/current)"
    # Without a language, English as before.
    with pytest.raises(OutOfRange) as english:
        impactkit.loads(bad)
    assert str(english.value) == "IK_ERANGE: stage 0 is outside the stages (1…4) (at /components/0/current)"
    # An edit on a canvas made in Dutch, and a report on a document opened in Dutch.
    canvas = Canvas("t", options=impactkit.Options(lang="nl"))
    with pytest.raises(NotFound) as missing:
        canvas.place("act.nope", "target-group", "activity")
    assert str(missing.value).startswith('IK_ENOTFOUND: onbekende kaart "act.nope"')
    plan = impactkit.template("kirkpatrick", lang="nl")
    reopened = impactkit.loads(plan.to_json(), options=impactkit.Options(lang="nl"))
    with pytest.raises(OutOfRange) as day:
        reopened.evaluate(as_of="2026-02-30")
    assert "geen bestaande datum" in str(day.value)
