"""The LIM canvas "Impact in Beeld" over the C API: edited card by card through an `ik_canvas` handle, reported
and exported through the document verbs it shares with every other kind (see document.py)."""

from __future__ import annotations

import ctypes
import json
from contextlib import contextmanager
from typing import Any, Iterator, Literal, Optional, Sequence, Union

from ._native import lib, take_string
from ._support import Language, Options, ReportOptions, call, document, encode, options_ref, report_ref, speaking
from .document import KINDS, Document
from .errors import ArgumentTypeError, InvalidArgument
from .reports import CanvasReport, Comparison

Field = Literal["activity", "place", "result"]
CardKind = Literal["activity", "location", "result", "blank"]
Variant = Literal["standard", "without-cards", "selected-domains", "coaches", "stakeholders"]
Purpose = Literal["introduction", "monitor-process", "impact-conversation", "reflection-accountability"]


def version() -> str:
    """The library's version, e.g. "1.0.0"."""
    return lib.ik_version().decode()


def builtin_template(template_id: str = "lim") -> dict[str, Any]:
    """A built-in canvas template (domains, central questions, card deck) as a dict."""
    out = ctypes.c_void_p()
    call(lib.ik_template_builtin, ctypes.byref(out), encode(template_id, "template_id"))
    return json.loads(take_string(out))


class Canvas(Document[CanvasReport]):
    """A filled LIM canvas. Create one with `Canvas(title)`, `Canvas.from_json(text)` or `Canvas.load(path)`.

    Every change is checked by the library; a change that raises leaves the canvas as it was. A Canvas may be
    shared between threads: calls on one canvas are serialised by a lock.
    """

    __slots__ = ()
    schema = "impactkit/canvas/1"
    _free = lib.ik_canvas_free
    _kind = "canvas"

    def __init__(self, title: str, *, template: Union[dict, str, bytes, None] = None, options: Optional[Options] = None):
        handle = ctypes.c_void_p()
        template_bytes = None
        if template is not None:
            template_bytes = document(json.dumps(template) if isinstance(template, dict) else template)
        call(
            lib.ik_canvas_new,
            ctypes.byref(handle),
            encode(title, "title"),
            template_bytes,
            len(template_bytes) if template_bytes is not None else 0,
            options_ref(options),
            lang=options.lang if options else None,
        )
        self._adopt(handle, options.lang if options else None)

    @classmethod
    def _take(cls, handle: ctypes.c_void_p) -> "Canvas":
        canvas = ctypes.c_void_p()
        try:
            call(lib.ik_canvas_from_document, ctypes.byref(canvas), handle)
        finally:
            lib.ik_document_free(handle)
        return cls._wrap(canvas)

    @contextmanager
    def _document(self) -> Iterator[ctypes.c_void_p]:
        """The canvas as it is now, as a document handle (a copy that shares storage until the canvas changes)."""
        with self._lock, speaking(self._lang):
            handle = ctypes.c_void_p()
            call(lib.ik_canvas_to_document, ctypes.byref(handle), self._live())
            try:
                yield handle
            finally:
                lib.ik_document_free(handle)

    @property
    def id(self) -> str:
        return self.to_dict()["id"]

    # --- editing --------------------------------------------------------------------------------------------

    @property
    def revision(self) -> str:
        """The canvas's revision as it is now (ik_canvas_revision): see `Document.revision`."""
        return self._string(lib.ik_canvas_revision)

    def apply(self, operations: Union[list, str, bytes], base_revision: Optional[str] = None) -> list[dict[str, Any]]:
        """Applies a batch of operations all or nothing (ik_canvas_apply): a list of dicts such as
        {"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1"}, or their JSON.
        With `base_revision` (the `revision` the member saw), operations that still apply are applied and one on
        something gone since raises `Conflict`. Returns the operations that undo the batch."""
        return self._apply(lib.ik_canvas_apply, operations, base_revision)

    def place(self, card: str, domain: str, field: Field, note: Optional[str] = None) -> str:
        """Lays a card in a field of a domain; returns the new placement's id."""
        return self._string(
            lib.ik_canvas_place, encode(card, "card"), encode(domain, "domain"), encode(field, "field"),
            encode(note, "note"),
        )

    def place_text(self, text: str, domain: str, field: Field, note: Optional[str] = None) -> str:
        """Writes a free text in a field (the variant without cards); returns the new placement's id."""
        return self._string(
            lib.ik_canvas_place_text, encode(text, "text"), encode(domain, "domain"), encode(field, "field"),
            encode(note, "note"),
        )

    def unplace(self, placement_id: str) -> None:
        """Takes a placement off the canvas (one an impact chain links stays until the chain is removed)."""
        self._call(lib.ik_canvas_unplace, encode(placement_id, "placement_id"))

    def move(self, placement_id: str, domain: str, field: Field) -> None:
        """Moves a placement to a field of a domain, keeping its id, card or text, note and place in the order.

        The rules of placing hold where it lands; a placement with an effect stays a result, one with an
        interaction an activity, one an impact chain links keeps its field. On error nothing changed."""
        self._call(lib.ik_canvas_move, encode(placement_id, "placement_id"), encode(domain, "domain"),
                   encode(field, "field"))

    @property
    def placements(self) -> list[dict[str, Any]]:
        return json.loads(self._string(lib.ik_canvas_placements))

    def add_card(self, card_id: str, text: str, kind: CardKind = "blank") -> None:
        """Adds a card the group wrote itself."""
        self._call(lib.ik_canvas_add_card, encode(card_id, "card_id"), encode(kind, "kind"), encode(text, "text"))

    def cards(self) -> list[dict[str, Any]]:
        """Every card the group can lay: the template's deck, then its own cards."""
        return json.loads(self._string(lib.ik_canvas_cards))

    def use(self, variant: Variant, purpose: Optional[Purpose] = None) -> None:
        """Chooses the variant and, for student groups, the didactic purpose (LIM §9): they pick the questions."""
        self._call(lib.ik_canvas_use, encode(variant, "variant"), encode(purpose, "purpose"))

    def select_domains(self, domains: Optional[Sequence[str]]) -> None:
        """LIM §8.2: work on these domains only (the "selected-domains" variant, purpose kept); None: all again.

        Raises NotFound for an unknown domain, AlreadyExists for one listed twice, InvalidArgument for an
        empty list or when a card would be left in a domain no longer selected; the canvas is then unchanged.
        """
        if domains is not None:
            if isinstance(domains, (str, bytes)):
                raise TypeError("domains must be a sequence of domain ids, not one string")
            for domain in domains:
                if not isinstance(domain, str):
                    raise ArgumentTypeError(f"not a domain id: {domain!r}")
                if "," in domain:
                    raise InvalidArgument(f"not a domain id: {domain!r}")
        listed = None if domains is None else ",".join(domains)
        self._call(lib.ik_canvas_select_domains, encode(listed, "domains"))

    def answer(self, question: str, answer: str, by: Optional[str] = None) -> None:
        """Records the answer to a reflection question (e.g. "lim.students.gain")."""
        self._call(lib.ik_canvas_answer, encode(question, "question"), encode(answer, "answer"), encode(by, "by"))

    def unanswer(self, question: str, by: Optional[str] = None) -> None:
        """Withdraws an answer (of `by`, or of the group)."""
        self._call(lib.ik_canvas_unanswer, encode(question, "question"), encode(by, "by"))

    # --- impact (LIM §3) -------------------------------------------------------------------------------------

    def set_effect(self, placement: str, *, intended: Optional[bool] = None, valence: Optional[str] = None,
                   valued_by: Sequence[str] = (), spheres: Sequence[str] = (), by: Optional[str] = None,
                   at: Optional[str] = None) -> None:
        """Records what a result is as an effect; what is left out stays "not recorded". Stakeholders: students,
        target-group, work-field-partners, teachers, researchers, policy-makers, other; spheres: education,
        research, practice, society. Since 1.3 `by` (a team member's id) and `at` (RFC 3339) say who recorded it
        and when, as the C API and PHP could already."""
        effect: dict[str, Any] = _authored(by, at)
        if intended is not None:
            effect["intended"] = intended
        if valence is not None:
            effect["valence"] = valence
        if valued_by:
            effect["valued_by"] = list(valued_by)
        if spheres:
            effect["spheres"] = list(spheres)
        payload = json.dumps(effect).encode()
        self._call(lib.ik_canvas_set_effect, encode(placement, "placement"), payload, len(payload))

    def set_interaction(self, placement: str, *, mode: Optional[str] = None, carrier: Optional[str] = None,
                        partners: Sequence[str] = (), by: Optional[str] = None, at: Optional[str] = None) -> None:
        """Records how an activity reached people: "direct" or "indirect" (with a carrier), and co-creation partners;
        `by` and `at` as for set_effect."""
        interaction: dict[str, Any] = _authored(by, at)
        if mode is not None:
            interaction["mode"] = mode
        if carrier is not None:
            interaction["carrier"] = carrier
        if partners:
            interaction["partners"] = list(partners)
        payload = json.dumps(interaction).encode()
        self._call(lib.ik_canvas_set_interaction, encode(placement, "placement"), payload, len(payload))

    def clear_effect(self, placement: str) -> None:
        self._call(lib.ik_canvas_set_effect, encode(placement, "placement"), None, 0)

    def clear_interaction(self, placement: str) -> None:
        self._call(lib.ik_canvas_set_interaction, encode(placement, "placement"), None, 0)

    def add_chain(self, activity: str, *, places: Sequence[str] = (), results: Sequence[str] = (),
                  note: Optional[str] = None) -> str:
        """Links an activity placement to the place(s) where it happened and the result(s) it yielded; returns the
        chain's id."""
        chain: dict[str, Any] = {"activity": activity, "places": list(places), "results": list(results)}
        if note is not None:
            chain["note"] = note
        payload = json.dumps(chain).encode()
        return self._string(lib.ik_canvas_add_chain, payload, len(payload))

    def remove_chain(self, chain_id: str) -> None:
        self._call(lib.ik_canvas_remove_chain, encode(chain_id, "chain_id"))

    # --- comparison ---------------------------------------------------------------------------------------

    def compare(self, later: "Canvas", lang: Optional[Language] = None, *,
                options: Optional[ReportOptions] = None) -> Comparison:
        """What changed from this (earlier) canvas to `later` (schema impactkit/comparison/1)."""
        if not isinstance(later, Canvas):
            raise ArgumentTypeError(f"later must be a Canvas, got {type(later).__name__}")
        out = ctypes.c_void_p()
        with self._document() as earlier:
            # `later` may be this very canvas: its lock is then already held here.
            if later is self:
                call(lib.ik_document_compare, earlier, earlier, report_ref(options, lang=lang), ctypes.byref(out))
            else:
                with later._document() as newer:
                    call(lib.ik_document_compare, earlier, newer, report_ref(options, lang=lang), ctypes.byref(out))
        return json.loads(take_string(out))

    def __repr__(self) -> str:
        if not self._handle:
            return "<impactkit.Canvas (closed)>"
        content = self.to_dict()
        return f"<impactkit.Canvas {content['id']!r} {content['title']!r}, {len(content['placements'])} placements>"


KINDS[Canvas.schema] = Canvas


def questions(variant: Variant = "standard", purpose: Optional[Purpose] = None) -> dict[str, Any]:
    """The reflection and didactic questions for a variant and purpose (schema impactkit/questions/1)."""
    out = ctypes.c_void_p()
    call(lib.ik_questions, encode(variant, "variant"), encode(purpose, "purpose"), ctypes.byref(out))
    return json.loads(take_string(out))


def merge(base, ours, theirs, lang: Optional[Language] = None):
    """Three-way merge of two copies of one canvas (or one journey) edited from `base` (ik_canvas_merge,
    ik_journey_merge): what each side changed is kept; where both changed one thing differently one version is kept
    by a rule that does not depend on the order and the other is reported. Returns the merged canvas (or journey)
    and the report ("impactkit/merge-report/1")."""
    from .journey import Journey  # journey.py imports this module

    kind, function = (Journey, lib.ik_journey_merge) if isinstance(base, Journey) else (Canvas, lib.ik_canvas_merge)
    copies = []
    try:
        # One document copy per argument, taken one at a time: the same object may be passed twice.
        for canvas in (base, ours, theirs):
            copy = ctypes.c_void_p()
            with canvas._document() as handle:
                call(lib.ik_document_copy, ctypes.byref(copy), handle)
            copies.append(copy)
        out, report = ctypes.c_void_p(), ctypes.c_void_p()
        call(function, ctypes.byref(out), *copies, report_ref(None, lang=lang), ctypes.byref(report))
        return kind._take(out), json.loads(take_string(report))
    finally:
        for copy in copies:
            lib.ik_document_free(copy)


def _authored(by: Optional[str], at: Optional[str]) -> dict[str, Any]:
    """The authorship members of an effect or interaction, checked as every text argument is."""
    members: dict[str, Any] = {}
    for name, value in (("by", by), ("at", at)):
        if value is not None:
            encode(value, name)
            members[name] = value
    return members
