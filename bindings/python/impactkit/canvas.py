"""The LIM canvas "Impact in Beeld" over the C API."""

from __future__ import annotations

import ctypes
import json
from typing import Any, Literal, Optional, Sequence, Union

from ._native import lib, take_string
from ._support import (
    Handle, Language, Options, call, document, encode, locked, options_ref, save_atomically, xapi_settings,
)
from .errors import InvalidArgument

Field = Literal["activity", "place", "result"]
CardKind = Literal["activity", "location", "result", "blank"]
Variant = Literal["standard", "without-cards", "selected-domains", "coaches", "stakeholders"]
Purpose = Literal["introduction", "monitor-process", "impact-conversation", "reflection-accountability"]


def version() -> str:
    """The library's version, e.g. "0.3.0"."""
    return lib.ik_version().decode()


def builtin_template(template_id: str = "lim") -> dict[str, Any]:
    """A built-in canvas template (domains, central questions, card deck) as a dict."""
    out = ctypes.c_void_p()
    call(lib.ik_template_builtin, ctypes.byref(out), encode(template_id, "template_id"))
    return json.loads(take_string(out))


class Canvas(Handle):
    """A filled LIM canvas. Create one with `Canvas(title)` or `Canvas.from_json(text)`.

    Every change is checked by the library; a change that raises leaves the canvas as it was. A Canvas may be
    shared between threads: calls on one canvas are serialised by a lock.
    """

    __slots__ = ()
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
        )
        self._adopt(handle)

    @classmethod
    def from_json(cls, data: Union[str, bytes], *, options: Optional[Options] = None) -> "Canvas":
        """Reads a canvas document. Unknown fields are kept and written back unchanged."""
        payload = document(data)
        handle = ctypes.c_void_p()
        call(lib.ik_canvas_from_json, ctypes.byref(handle), payload, len(payload), options_ref(options))
        return cls._wrap(handle)

    @classmethod
    def load(cls, path, *, options: Optional[Options] = None) -> "Canvas":
        with open(path, "rb") as file:
            return cls.from_json(file.read(), options=options)

    # --- documents ------------------------------------------------------------------------------------------

    def to_json(self) -> str:
        """The canvas document: two-space indentation, stable key order."""
        return self._string(lib.ik_canvas_to_json)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    def save(self, path) -> None:
        """Writes the document atomically (temporary file, then rename)."""
        save_atomically(self.to_json(), path)

    @property
    def id(self) -> str:
        return self.to_dict()["id"]

    # --- editing --------------------------------------------------------------------------------------------

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
        self._call(lib.ik_canvas_unplace, encode(placement_id, "placement_id"))

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
                if not isinstance(domain, str) or "," in domain:
                    raise ValueError(f"not a domain id: {domain!r}")
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
                   valued_by: Sequence[str] = (), spheres: Sequence[str] = ()) -> None:
        """Records what a result is as an effect; what is left out stays "not recorded". Stakeholders: students,
        target-group, work-field-partners, teachers, researchers, policy-makers, other; spheres: education,
        research, practice, society."""
        effect: dict[str, Any] = {}
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
                        partners: Sequence[str] = ()) -> None:
        """Records how an activity reached people: "direct" or "indirect" (with a carrier), and co-creation partners."""
        interaction: dict[str, Any] = {}
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

    # --- evaluation -----------------------------------------------------------------------------------------

    def evaluate(self, lang: Language = "en", *, options: Optional[Options] = None) -> dict[str, Any]:
        """The evaluation report (schema impactkit/canvas-report/1) as a dict, texts in `lang`."""
        return json.loads(self._string(lib.ik_canvas_evaluate, options_ref(options, lang)))

    def report_text(self, lang: Language = "en") -> str:
        """The evaluation as text for people."""
        return self._string(lib.ik_canvas_report_text, options_ref(None, lang))

    def compare(self, later: "Canvas", lang: Language = "en") -> dict[str, Any]:
        """What changed from this (earlier) canvas to `later` (schema impactkit/comparison/1)."""
        if not isinstance(later, Canvas):
            raise InvalidArgument(f"later must be a Canvas, got {type(later).__name__}")
        out = ctypes.c_void_p()
        with locked(self, later):
            call(lib.ik_canvas_compare, self._live(), later._live(), options_ref(None, lang), ctypes.byref(out))
        return json.loads(take_string(out))

    def __repr__(self) -> str:
        if not self._handle:
            return "<impactkit.Canvas (closed)>"
        document = self.to_dict()
        return f"<impactkit.Canvas {document['id']!r} {document['title']!r}, {len(document['placements'])} placements>"

    def render_svg(self, lang: Language = "en") -> str:
        """The canvas as an SVG picture laid out like the A1 poster; every text is escaped."""
        return self._string(lib.ik_canvas_render_svg, options_ref(None, lang))

    def to_csv(self, lang: Language = "en") -> str:
        """One row per placement (RFC 4180, CRLF line ends), domain names in `lang`."""
        return self._string(lib.ik_canvas_to_csv, options_ref(None, lang))

    def to_xapi(self, homepage: str, lang: Language = "en", **settings: Any) -> list[dict[str, Any]]:
        """xAPI 1.0.3 statements ("mapped impact" with the figures, "answered" per reflection answer) to POST to
        an LRS. `homepage` is the platform whose accounts identify people; further settings as keywords:
        actor="group"|"members", accounts={name: login}, attachment=True, attachment_url=…, activity_base=…"""
        payload = xapi_settings(homepage, settings)
        return json.loads(self._string(lib.ik_canvas_to_xapi, payload, len(payload), options_ref(None, lang)))



def questions(variant: Variant = "standard", purpose: Optional[Purpose] = None) -> dict[str, Any]:
    """The reflection and didactic questions for a variant and purpose (schema impactkit/questions/1)."""
    out = ctypes.c_void_p()
    call(lib.ik_questions, encode(variant, "variant"), encode(purpose, "purpose"), ctypes.byref(out))
    return json.loads(take_string(out))
