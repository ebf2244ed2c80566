"""The LIM canvas "Impact in Beeld" over the C API."""

from __future__ import annotations

import ctypes
import json
import threading
from dataclasses import dataclass
from typing import Any, Literal, Optional, Union

from . import _native
from ._native import lib, take_string
from .errors import HandleError, InvalidArgument, from_struct

Field = Literal["activity", "place", "result"]
CardKind = Literal["activity", "location", "result", "blank"]
Language = Literal["nl", "en"]


@dataclass(frozen=True)
class Options:
    """Host settings (`ik_options`). Zero limits mean the library's defaults (16 MiB, depth 64, 64 KiB, 100 000)."""

    lang: Optional[str] = None
    max_document_bytes: int = 0
    max_depth: int = 0
    max_string_bytes: int = 0
    max_elements: int = 0

    def _struct(self) -> _native.OptionsStruct:
        for name in ("max_document_bytes", "max_depth", "max_string_bytes", "max_elements"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 0 or value >= 2**63:
                raise InvalidArgument(f"{name} must be an integer from 0 to 2**63-1, got {value!r}")
        return _native.OptionsStruct(
            _native.OPTIONS_VERSION,
            _encode(self.lang, "lang") if self.lang is not None else None,
            self.max_document_bytes,
            self.max_depth,
            self.max_string_bytes,
            self.max_elements,
        )


def _encode(text: Optional[str], name: str) -> Optional[bytes]:
    """UTF-8 for a NUL-terminated C argument. Lone surrogates pass through so the library reports IK_EUTF8."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise InvalidArgument(f"{name} must be a str, got {type(text).__name__}")
    data = text.encode("utf-8", "surrogatepass")
    if b"\0" in data:
        # A C string would silently end at the NUL and lose the rest: refuse instead.
        raise InvalidArgument(f"{name} contains a NUL character")
    return data


def _document(data: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise InvalidArgument(f"a document must be str or bytes, got {type(data).__name__}")


def _call(function, *args) -> None:
    """Calls a C function whose last argument is ik_error *, raising the matching exception on failure."""
    error = _native.ErrorStruct()
    status = function(*args, ctypes.byref(error))
    if status != 0:
        raise from_struct(status, error)


def _options(options: Optional[Options], lang: Optional[str] = None):
    if lang is not None:
        options = Options(lang=lang) if options is None else Options(**{**options.__dict__, "lang": lang})
    return ctypes.byref(options._struct()) if options is not None else None


def version() -> str:
    """The library's version, e.g. "0.2.0"."""
    return lib.ik_version().decode()


def builtin_template(template_id: str = "lim") -> dict[str, Any]:
    """A built-in canvas template (domains, central questions, card deck) as a dict."""
    out = ctypes.c_void_p()
    _call(lib.ik_template_builtin, ctypes.byref(out), _encode(template_id, "template_id"))
    return json.loads(take_string(out))


class Canvas:
    """A filled LIM canvas. Create one with `Canvas(title)` or `Canvas.from_json(text)`.

    Every change is checked by the library; a change that raises leaves the canvas as it was. A Canvas may be
    shared between threads: calls on one canvas are serialised by a lock.
    """

    __slots__ = ("_handle", "_lock", "__weakref__")

    def __init__(self, title: str, *, template: Union[dict, str, bytes, None] = None, options: Optional[Options] = None):
        handle = ctypes.c_void_p()
        template_bytes = None
        if template is not None:
            template_bytes = _document(json.dumps(template) if isinstance(template, dict) else template)
        _call(
            lib.ik_canvas_new,
            ctypes.byref(handle),
            _encode(title, "title"),
            template_bytes,
            len(template_bytes) if template_bytes is not None else 0,
            _options(options),
        )
        self._handle = handle
        self._lock = threading.Lock()

    @classmethod
    def from_json(cls, data: Union[str, bytes], *, options: Optional[Options] = None) -> "Canvas":
        """Reads a canvas document. Unknown fields are kept and written back unchanged."""
        payload = _document(data)
        handle = ctypes.c_void_p()
        _call(lib.ik_canvas_from_json, ctypes.byref(handle), payload, len(payload), _options(options))
        canvas = cls.__new__(cls)
        canvas._handle = handle
        canvas._lock = threading.Lock()
        return canvas

    @classmethod
    def load(cls, path, *, options: Optional[Options] = None) -> "Canvas":
        with open(path, "rb") as file:
            return cls.from_json(file.read(), options=options)

    # --- lifetime -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Releases the canvas now (also done when the object is garbage-collected). Safe to call twice."""
        with self._lock:
            if self._handle:
                lib.ik_canvas_free(self._handle)
                self._handle = None

    def __enter__(self) -> "Canvas":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            lib.ik_canvas_free(handle)
            self._handle = None

    def _live(self):
        if not self._handle:
            raise HandleError("the canvas is closed")
        return self._handle

    def _string(self, function, *args) -> str:
        out = ctypes.c_void_p()
        with self._lock:
            _call(function, self._live(), *args, ctypes.byref(out))
        return take_string(out)

    # --- documents ------------------------------------------------------------------------------------------

    def to_json(self) -> str:
        """The canvas document: two-space indentation, stable key order."""
        return self._string(lib.ik_canvas_to_json)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    def save(self, path) -> None:
        """Writes the document atomically (temporary file, then rename)."""
        import os
        import tempfile

        text = self.to_json()
        directory = os.path.dirname(os.path.abspath(path))
        fd, temporary = tempfile.mkstemp(dir=directory, prefix=".impactkit-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise

    @property
    def id(self) -> str:
        return self.to_dict()["id"]

    # --- editing --------------------------------------------------------------------------------------------

    def place(self, card: str, domain: str, field: Field, note: Optional[str] = None) -> str:
        """Lays a card in a field of a domain; returns the new placement's id."""
        out = ctypes.c_void_p()
        with self._lock:
            _call(
                lib.ik_canvas_place, self._live(), _encode(card, "card"), _encode(domain, "domain"),
                _encode(field, "field"), _encode(note, "note"), ctypes.byref(out),
            )
        return take_string(out)

    def place_text(self, text: str, domain: str, field: Field, note: Optional[str] = None) -> str:
        """Writes a free text in a field (the variant without cards); returns the new placement's id."""
        out = ctypes.c_void_p()
        with self._lock:
            _call(
                lib.ik_canvas_place_text, self._live(), _encode(text, "text"), _encode(domain, "domain"),
                _encode(field, "field"), _encode(note, "note"), ctypes.byref(out),
            )
        return take_string(out)

    def unplace(self, placement_id: str) -> None:
        with self._lock:
            _call(lib.ik_canvas_unplace, self._live(), _encode(placement_id, "placement_id"))

    @property
    def placements(self) -> list[dict[str, Any]]:
        return json.loads(self._string(lib.ik_canvas_placements))

    def add_card(self, card_id: str, text: str, kind: CardKind = "blank") -> None:
        """Adds a card the group wrote itself."""
        with self._lock:
            _call(lib.ik_canvas_add_card, self._live(), _encode(card_id, "card_id"), _encode(kind, "kind"),
                  _encode(text, "text"))

    def cards(self) -> list[dict[str, Any]]:
        """Every card the group can lay: the template's deck, then its own cards."""
        return json.loads(self._string(lib.ik_canvas_cards))

    def answer(self, question: str, answer: str, by: Optional[str] = None) -> None:
        """Records the answer to a reflection question (e.g. "lim.students.gain")."""
        with self._lock:
            _call(lib.ik_canvas_answer, self._live(), _encode(question, "question"), _encode(answer, "answer"),
                  _encode(by, "by"))

    # --- evaluation -----------------------------------------------------------------------------------------

    def evaluate(self, lang: Language = "en", *, options: Optional[Options] = None) -> dict[str, Any]:
        """The evaluation report (schema impactkit/canvas-report/1) as a dict, texts in `lang`."""
        return json.loads(self._string(lib.ik_canvas_evaluate, _options(options, lang)))

    def report_text(self, lang: Language = "en") -> str:
        """The evaluation as text for people."""
        return self._string(lib.ik_canvas_report_text, _options(None, lang))

    def __repr__(self) -> str:
        if not self._handle:
            return "<impactkit.Canvas (closed)>"
        document = self.to_dict()
        return f"<impactkit.Canvas {document['id']!r} {document['title']!r}, {len(document['placements'])} placements>"
