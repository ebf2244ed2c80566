"""The instruments of LIN, Proeftuin and IWP (seeds 002–004): documents like every other, one class each."""

from __future__ import annotations

import json
from typing import Any, Optional, Union

from ._native import lib
from ._support import Language, Options, ReportOptions, encode, report_ref
from .document import KINDS, Document, _PlainDocument, template


class Instrument(_PlainDocument):
    """What every instrument adds to a document: a `template(lang)` to start a new one from, prefilled with what
    the seed gives."""

    __slots__ = ()
    _template = ""  # the kind's short name for ik_document_template

    @classmethod
    def template(cls, lang: Optional[Language] = None) -> "Instrument":
        return template(cls._template, lang)


class KirkpatrickPlan(Instrument):
    """An evaluation plan after Kirkpatrick's four levels; `evaluate(as_of="2026-11-23")` decides what is overdue
    on that day (default today in UTC)."""

    __slots__ = ()
    schema = "impactkit/kirkpatrick/1"
    _template = "kirkpatrick"
    _kind = "Kirkpatrick plan"


class Actiescan(Instrument):
    """The LIN Actiescan over time: theme scores per scan, the weakest theme, comparisons between scans."""

    __slots__ = ()
    schema = "impactkit/actiescan/1"
    _template = "actiescan"
    _kind = "Actiescan"

    def compare(self, from_label: str, to_label: str, lang: Optional[Language] = None, *,
                options: Optional[ReportOptions] = None) -> dict[str, Any]:
        """Two scans side by side (schema impactkit/actiescan-comparison/1)."""
        return json.loads(self._text(
            lib.ik_actiescan_compare, encode(from_label, "from_label"), encode(to_label, "to_label"),
            report_ref(options, lang=lang)))


class Fasemodel(Instrument):
    """Current stage and ambition per LIN component; the largest gaps first."""

    __slots__ = ()
    schema = "impactkit/fasemodel/1"
    _template = "fasemodel"
    _kind = "Fasemodel"


class LINPlan(Instrument):
    """The LIN cycle, the investment in hours (and money where rates are given) and the toolkit's conditions."""

    __slots__ = ()
    schema = "impactkit/lin/1"
    _template = "lin"
    _kind = "LIN plan"


class Factsheet(Instrument):
    """A Proeftuin factsheet: goals vs achieved, intake and retention, capacities, lessons."""

    __slots__ = ()
    schema = "impactkit/factsheet/1"
    _template = "factsheet"
    _kind = "factsheet"


class IWPModel(Instrument):
    """An innovation workplace after the IWP development model; reports how well the principles are covered."""

    __slots__ = ()
    schema = "impactkit/iwp/1"
    _template = "iwp"
    _kind = "IWP model"


for _cls in (KirkpatrickPlan, Actiescan, Fasemodel, LINPlan, Factsheet, IWPModel):
    KINDS[_cls.schema] = _cls


def load_instrument(data: Union[str, bytes], *, options: Optional[Options] = None) -> Instrument:
    """Reads any instrument document, picking the class from its "schema" member."""
    return Instrument.from_json(data, options=options)
