"""The instruments of LIN, Proeftuin and IWP (seeds 002–004) over the C API: one class each, one shape for all."""

from __future__ import annotations

import ctypes
import json
from typing import Any, Optional, Union

from ._native import lib
from ._support import Handle, Language, Options, call, document, encode, options_ref, save_atomically


class Instrument(Handle):
    """What every instrument document offers: read (`from_json`, `load`), start anew (`template`), write back
    (`to_json`, `save`; unknown fields kept) and report (`report`, `report_text`). Errors carry the JSON pointer."""

    __slots__ = ()
    _prefix = ""  # "ik_<kind>"

    @classmethod
    def _function(cls, name: str):
        return getattr(lib, f"{cls._prefix}_{name}")

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        cls._free = getattr(lib, f"{cls._prefix}_free")

    @classmethod
    def from_json(cls, data: Union[str, bytes], *, options: Optional[Options] = None):
        payload = document(data)
        handle = ctypes.c_void_p()
        call(cls._function("from_json"), ctypes.byref(handle), payload, len(payload), options_ref(options))
        return cls._wrap(handle)

    @classmethod
    def load(cls, path, *, options: Optional[Options] = None):
        with open(path, "rb") as file:
            return cls.from_json(file.read(), options=options)

    @classmethod
    def template(cls, lang: Language = "en"):
        """A new document prefilled with what the seed gives, texts in `lang`."""
        handle = ctypes.c_void_p()
        call(cls._function("template"), ctypes.byref(handle), options_ref(None, lang))
        return cls._wrap(handle)

    def to_json(self) -> str:
        return self._string(self._function("to_json"))

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    def save(self, path) -> None:
        save_atomically(self.to_json(), path)

    def _report_args(self, lang: Language) -> tuple:
        return (options_ref(None, lang),)

    def report(self, lang: Language = "en") -> dict[str, Any]:
        return json.loads(self._string(self._function("evaluate"), *self._report_args(lang)))

    def report_text(self, lang: Language = "en") -> str:
        return self._string(self._function("report_text"), *self._report_args(lang))


class KirkpatrickPlan(Instrument):
    """An evaluation plan after Kirkpatrick's four levels; reports planned, measured and overdue levels."""

    __slots__ = ()
    _prefix = "ik_kirkpatrick"
    _kind = "Kirkpatrick plan"

    def report(self, lang: Language = "en", *, as_of: Optional[str] = None) -> dict[str, Any]:
        """`as_of` ("YYYY-MM-DD", default today in UTC) decides what is overdue."""
        return json.loads(self._string(lib.ik_kirkpatrick_evaluate, encode(as_of, "as_of"), options_ref(None, lang)))

    def report_text(self, lang: Language = "en", *, as_of: Optional[str] = None) -> str:
        return self._string(lib.ik_kirkpatrick_report_text, encode(as_of, "as_of"), options_ref(None, lang))


class Actiescan(Instrument):
    """The LIN Actiescan over time: theme scores per scan, the weakest theme, comparisons between scans."""

    __slots__ = ()
    _prefix = "ik_actiescan"
    _kind = "Actiescan"

    def render_svg(self, lang: Language = "en") -> str:
        """The scans as an SVG radar: themes as axes, the latest four scans as polygons of their theme means."""
        return self._string(lib.ik_actiescan_render_svg, options_ref(None, lang))

    def compare(self, from_label: str, to_label: str, lang: Language = "en") -> dict[str, Any]:
        return json.loads(self._string(
            lib.ik_actiescan_compare, encode(from_label, "from_label"), encode(to_label, "to_label"), options_ref(None, lang)))


class Fasemodel(Instrument):
    """Current stage and ambition per LIN component; the largest gaps first."""

    __slots__ = ()
    _prefix = "ik_fasemodel"
    _kind = "Fasemodel"


class LINPlan(Instrument):
    """The LIN cycle, the investment in hours (and money where rates are given) and the minimum conditions."""

    __slots__ = ()
    _prefix = "ik_lin"
    _kind = "LIN plan"


class Factsheet(Instrument):
    """A Proeftuin factsheet: goals vs achieved, intake and retention, capacities, lessons."""

    __slots__ = ()
    _prefix = "ik_factsheet"
    _kind = "factsheet"


class IWPModel(Instrument):
    """An innovation workplace after the IWP development model; reports how well the principles are covered."""

    __slots__ = ()
    _prefix = "ik_iwp"
    _kind = "IWP model"


INSTRUMENTS = {"kirkpatrick": KirkpatrickPlan, "actiescan": Actiescan, "fasemodel": Fasemodel, "lin": LINPlan,
               "factsheet": Factsheet, "iwp": IWPModel}


def load_instrument(data: Union[str, bytes], *, options: Optional[Options] = None) -> Instrument:
    """Reads any instrument document, picking the class from its "schema" member."""
    payload = document(data)
    try:
        schema = json.loads(payload).get("schema", "")
    except (ValueError, AttributeError):
        schema = ""
    parts = schema.split("/") if isinstance(schema, str) else []
    cls = INSTRUMENTS.get(parts[1]) if len(parts) == 3 and parts[0] == "impactkit" else None
    if cls is None:
        # Let the library give the precise error (syntax with line and column, or the schema it expected).
        cls = KirkpatrickPlan
    return cls.from_json(payload, options=options)
