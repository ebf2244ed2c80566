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


BINDING_ERRORS = (r"(?:InvalidArgument|ArgumentTypeError|HandleError|NotSupported|OutOfRange|SchemaError|Utf8Error|UTF8Error|FileError|"
                  r"NotFound|LimitExceeded|AlreadyExists|Conflict|JSONSyntaxError|JsonSyntaxError)")


def python_raised_messages():
    """Every message the Python binding raises as one of ImpactKit's errors: the string literals right after
    `raise X(`, joined as Python joins adjacent literals, each f-string replacement field as {}."""
    literal = re.compile(r"""\s*([fFrR]{0,2})("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""")
    found = []
    for path in sorted((ROOT / "bindings/python/impactkit").glob("*.py")):
        text = path.read_text()
        for match in re.finditer(r"raise " + BINDING_ERRORS + r"\(", text):
            index, parts = match.end(), []
            while (part := literal.match(text, index)) is not None:
                body = part.group(2)[1:-1].replace('\\"', '"').replace("\\'", "'")
                if "f" in part.group(1).lower():
                    body = re.sub(r"\{[^{}]*\}", "{}", body)
                parts.append(body)
                index = part.end()
            if parts:
                found.append((path.relative_to(ROOT), "".join(parts)))
    return found


def php_raised_messages():
    """Every message the PHP binding throws as one of ImpactKit's exceptions: the first argument of `new X(`,
    its string literals joined by ` . ` as PHP joins them, every other term and every $variable in a double-quoted
    string as {}."""
    term = re.compile(r"""\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^,.'"()]+(?:\([^()]*\))?))""")
    found = []
    for path in sorted((ROOT / "bindings/php/src").glob("*.php")):
        text = path.read_text()
        for match in re.finditer(r"\bnew " + BINDING_ERRORS + r"\(", text):
            index, parts = match.end(), []
            while (part := term.match(text, index)) is not None:
                single, double, other = part.groups()
                if single is not None:
                    parts.append(single.replace("\\\\", "\\").replace("\\'", "'"))
                elif double is not None:
                    parts.append(re.sub(r"\{\$[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*(?:->[A-Za-z_]+)?", "{}",
                                        double.replace('\\"', '"')))
                else:
                    parts.append("{}")
                index = part.end()
                joined = re.match(r"\s*\.\s*", text[index:])
                if not joined:
                    break
                index += joined.end()
            found.append((path.relative_to(ROOT), "".join(parts)))
    return found


def test_every_message_the_bindings_raise_has_a_dutch_entry():
    """The bindings' own checks (a wrong type, a closed handle, a missing converter) reach people too: through
    `localized("nl")` / getLocalizedMessage('nl') they are Dutch from the same catalogue, not "ongeldig argument
    (…English…)"."""
    patterns = [re.compile("^" + re.sub(r"\\\{[wljm]?\\\}", "(.+)", re.escape(english)) + "$", re.S)
                for english, _ in catalogue()]
    english = [pattern for pattern, _ in catalogue()]
    assert sorted({p for p in english if english.count(p) > 1}) == []  # one entry per case: a second is never read
    python, php = python_raised_messages(), php_raised_messages()
    assert len(python) > 25 and len(php) > 20
    assert ("bindings/php/src/Library.php", "{} must be a string, got {}") in [(str(p), m) for p, m in php]
    assert ("bindings/python/impactkit/_support.py", "{} contains a NUL character") in [(str(p), m) for p, m in python]
    missing = sorted({f"{path}: {message}" for path, message in python + php
                      if not any(p.match(message) for p in patterns)})
    assert missing == []


def test_a_bindings_own_error_is_dutch_too():
    with pytest.raises(InvalidArgument) as refused:
        Canvas.load(str(DATA / "pzw-bottendaal-week5.json")).apply({"op": "place"})
    assert refused.value.localized("nl") == "operaties horen in een lijst: zet die ene operatie tussen [ ]"


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


def test_the_bindings_own_checks_speak_the_documents_language():
    """A canvas opened with Options(lang="nl") raised the library's errors in Dutch but the binding's own checks of
    an argument (made before the call reaches the library) in English."""
    import impactkit

    canvas = impactkit.Canvas.load(impactkit.examples.path("pzw-bottendaal-week5.json"),
                                   options=impactkit.Options(lang="nl"))
    with pytest.raises(impactkit.ArgumentTypeError) as raised:
        canvas.place(123, "target-group", "activity")   # type: ignore[arg-type]
    assert str(raised.value) == "IK_EINVAL: card moet een str zijn, niet int"
    with pytest.raises(impactkit.InvalidArgument) as raised:
        canvas.answer("lim.students.gain", "a\0b")
    assert str(raised.value) == "IK_EINVAL: answer bevat een NUL-teken"
    # A file it cannot read, asked for in Dutch, fails in Dutch too (the class methods had no object to speak for).
    with pytest.raises(impactkit.FileError) as raised:
        impactkit.Canvas.load("/no/such/canvas.json", options=impactkit.Options(lang="nl"))
    assert str(raised.value) == "IK_EIO: kan /no/such/canvas.json niet lezen: No such file or directory"
    english = impactkit.Canvas("Engels")
    with pytest.raises(impactkit.ArgumentTypeError) as raised:
        english.place(123, "target-group", "activity")   # type: ignore[arg-type]
    assert str(raised.value) == "IK_EINVAL: card must be a str, got int"
