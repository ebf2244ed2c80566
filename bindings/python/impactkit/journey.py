"""A group's journey: canvases at successive moments, learning outcomes and the evidence linked to them."""

from __future__ import annotations

import ctypes
import json
from typing import Any, Literal, Optional, Union

from ._native import lib, take_string
from ._support import (
    Handle, Language, Options, call, document, encode, locked, options_ref, save_atomically, xapi_settings,
)
from .canvas import Canvas
from .errors import InvalidArgument

OutcomeCategory = Literal["impact", "process", "reflective"]


class Journey(Handle):
    """One group's canvases at successive moments (LIM §6), the programme's learning outcomes (§10.2) and the
    evidence the group links to them (§9.3, §10.3). Create with `Journey(title)` or `Journey.from_json(text)`."""

    __slots__ = ()
    _free = lib.ik_journey_free
    _kind = "journey"

    def __init__(self, title: str, *, id: Optional[str] = None, options: Optional[Options] = None):
        handle = ctypes.c_void_p()
        call(lib.ik_journey_new, ctypes.byref(handle), encode(id, "id"), encode(title, "title"), options_ref(options))
        self._adopt(handle)

    @classmethod
    def from_json(cls, data: Union[str, bytes], *, options: Optional[Options] = None) -> "Journey":
        """Reads a journey document; errors carry the JSON pointer (e.g. /moments/1/moment/date)."""
        payload = document(data)
        handle = ctypes.c_void_p()
        call(lib.ik_journey_from_json, ctypes.byref(handle), payload, len(payload), options_ref(options))
        return cls._wrap(handle)

    @classmethod
    def load(cls, path, *, options: Optional[Options] = None) -> "Journey":
        with open(path, "rb") as file:
            return cls.from_json(file.read(), options=options)

    def to_json(self) -> str:
        return self._string(lib.ik_journey_to_json)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    def save(self, path) -> None:
        """Writes the document atomically (temporary file, then rename)."""
        save_atomically(self.to_json(), path)

    # --- building -------------------------------------------------------------------------------------------

    def add_moment(self, canvas: Canvas) -> None:
        """Appends a copy of `canvas` as the next moment (it needs a moment label new to the journey and, when
        dated, a date after the last dated moment)."""
        if not isinstance(canvas, Canvas):
            raise InvalidArgument(f"canvas must be a Canvas, got {type(canvas).__name__}")
        with locked(self, canvas):
            call(lib.ik_journey_add_moment, self._live(), canvas._live())

    def add_outcome(self, outcome_id: str, title: str, category: Optional[OutcomeCategory] = None) -> None:
        """Lists a learning outcome of the programme."""
        self._call(
            lib.ik_journey_add_outcome, encode(outcome_id, "outcome_id"), encode(title, "title"),
            encode(category, "category"),
        )

    def link_evidence(
        self, outcome: str, moment: str, justification: str, *, placement: Optional[str] = None,
        question: Optional[str] = None,
    ) -> None:
        """Links an outcome to a placement or an answer at a moment, or (neither given) to the whole canvas."""
        self._call(
            lib.ik_journey_link_evidence, encode(outcome, "outcome"), encode(moment, "moment"),
            encode(placement, "placement"), encode(question, "question"), encode(justification, "justification"),
        )

    # --- evaluation -----------------------------------------------------------------------------------------

    def render_svg(self, lang: Language = "en") -> str:
        """The journey's progress as an SVG picture: cards per domain and moment, split by field."""
        return self._string(lib.ik_journey_render_svg, options_ref(None, lang))

    def to_xapi(self, homepage: str, lang: Language = "en", **settings: Any) -> list[dict[str, Any]]:
        """xAPI 1.0.3 statements for every moment (see Canvas.to_xapi), grouped under the journey activity."""
        payload = xapi_settings(homepage, settings)
        return json.loads(self._string(lib.ik_journey_to_xapi, payload, len(payload), options_ref(None, lang)))

    def compare(self, from_moment: Optional[str] = None, to_moment: Optional[str] = None,
                lang: Language = "en") -> dict[str, Any]:
        """Compares two moments by label (default: first and last), schema impactkit/comparison/1."""
        return json.loads(self._string(
            lib.ik_journey_compare, encode(from_moment, "from_moment"), encode(to_moment, "to_moment"),
            options_ref(None, lang),
        ))

    def evaluate(self, lang: Language = "en") -> dict[str, Any]:
        """Per-moment figures and questions, progress, and evidence per outcome (impactkit/journey-report/1)."""
        return json.loads(self._string(lib.ik_journey_evaluate, options_ref(None, lang)))

    def report_text(self, lang: Language = "en") -> str:
        return self._string(lib.ik_journey_report_text, options_ref(None, lang))

    def __repr__(self) -> str:
        if not self._handle:
            return "<impactkit.Journey (closed)>"
        document = self.to_dict()
        return f"<impactkit.Journey {document['id']!r}, {len(document['moments'])} moments>"
