"""A group's journey: canvases at successive moments, learning outcomes and the evidence linked to them. Built
through an `ik_journey` handle, reported and exported through the document verbs (see document.py)."""

from __future__ import annotations

import ctypes
import json
from contextlib import contextmanager
from typing import Any, Iterator, Literal, Optional, Union

from ._native import lib, take_string
from ._support import Language, Options, ReportOptions, call, encode, options_ref, report_ref
from .canvas import Canvas
from .document import KINDS, Document
from .errors import ArgumentTypeError
from .reports import Comparison, JourneyReport

OutcomeCategory = Literal["impact", "process", "reflective"]


class Journey(Document[JourneyReport]):
    """One group's canvases at successive moments (LIM §6), the programme's learning outcomes (§10.2) and the
    evidence the group links to them (§9.3, §10.3). Create with `Journey(title)`, `Journey.from_json(text)` or
    `Journey.load(path)`."""

    __slots__ = ()
    schema = "impactkit/journey/1"
    _free = lib.ik_journey_free
    _kind = "journey"

    def __init__(self, title: str, *, id: Optional[str] = None, options: Optional[Options] = None):
        handle = ctypes.c_void_p()
        call(lib.ik_journey_new, ctypes.byref(handle), encode(id, "id"), encode(title, "title"), options_ref(options))
        self._adopt(handle)

    @classmethod
    def _take(cls, handle: ctypes.c_void_p) -> "Journey":
        journey = ctypes.c_void_p()
        try:
            call(lib.ik_journey_from_document, ctypes.byref(journey), handle)
        finally:
            lib.ik_document_free(handle)
        return cls._wrap(journey)

    @contextmanager
    def _document(self) -> Iterator[ctypes.c_void_p]:
        with self._lock:
            handle = ctypes.c_void_p()
            call(lib.ik_journey_to_document, ctypes.byref(handle), self._live())
            try:
                yield handle
            finally:
                lib.ik_document_free(handle)

    # --- building -------------------------------------------------------------------------------------------

    def add_moment(self, canvas: Canvas) -> None:
        """Appends a copy of `canvas` as the next moment (it needs a moment label new to the journey and, when
        dated, a date after the last dated moment)."""
        if not isinstance(canvas, Canvas):
            raise ArgumentTypeError(f"canvas must be a Canvas, got {type(canvas).__name__}")
        with canvas._document() as moment, self._lock:
            call(lib.ik_journey_add_moment, self._live(), moment)

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

    @property
    def revision(self) -> str:
        """The journey's revision as it is now (ik_journey_revision): see `Document.revision`."""
        return self._string(lib.ik_journey_revision)

    def apply(self, operations: Union[list, str, bytes], base_revision: Optional[str] = None) -> list[dict[str, Any]]:
        """Applies a batch of journey operations all or nothing (ik_journey_apply; schema
        journey-operations.schema.json): {"op": "edit", "moment": "Week 5", "ops": [canvas operations]}, "moment",
        "unmoment", "outcome", "unoutcome", "link", "unlink", "title", "group", "programme" — as dicts or their JSON.
        With `base_revision` (the `revision` the member saw), operations that still apply are applied and one on
        something gone since raises `Conflict`. Returns the operations that undo the batch."""
        return self._apply(lib.ik_journey_apply, operations, base_revision)

    def compare(self, from_moment: Optional[str] = None, to_moment: Optional[str] = None,
                lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> Comparison:
        """Compares two moments by label (default: first and last), schema impactkit/comparison/1."""
        out = ctypes.c_void_p()
        with self._lock:
            call(lib.ik_journey_compare, self._live(), encode(from_moment, "from_moment"),
                 encode(to_moment, "to_moment"), report_ref(options, lang=lang), ctypes.byref(out))
        return json.loads(take_string(out))

    def __repr__(self) -> str:
        if not self._handle:
            return "<impactkit.Journey (closed)>"
        content = self.to_dict()
        return f"<impactkit.Journey {content['id']!r}, {len(content['moments'])} moments>"


KINDS[Journey.schema] = Journey
