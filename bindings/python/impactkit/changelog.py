"""An SROI-route study with Inner Development Goals (seed 001): a document with one analysis of its own."""

from __future__ import annotations

import ctypes
import json
from typing import Any, Optional, Sequence

from ._native import lib
from .errors import ArgumentTypeError, InvalidArgument, OutOfRange
from ._support import Language, ReportOptions, encode, report_ref
from .document import KINDS, _PlainDocument


class ChangeLog(_PlainDocument):
    """Stakeholder changes classified by IDG dimension and skill, with SDGs, helices and an optional SROI.
    Read with `ChangeLog.from_json(text)` or `ChangeLog.load(path)`; errors carry the JSON pointer.
    `evaluate(dimensions=["relating", "collaborating"])` picks the set whose share is reported."""

    __slots__ = ()
    schema = "impactkit/changelog/1"
    _kind = "change log"

    def sensitivity(self, parameter: str, values: Sequence[float], *, outcome: Optional[str] = None,
                    lang: Optional[Language] = None, options: Optional[ReportOptions] = None) -> dict[str, Any]:
        """The SROI recalculated with one parameter at each value (percentages 0–100), for one outcome or all
        (schema impactkit/sroi-sensitivity/1)."""
        numbers = [_finite(parameter, index, value) for index, value in enumerate(values)]
        array = (ctypes.c_double * max(len(numbers), 1))(*numbers)
        return json.loads(self._text(
            lib.ik_changelog_sensitivity, encode(parameter, "parameter"), array, len(numbers),
            encode(outcome, "outcome"), report_ref(options, lang=lang),
        ))

    def assurance(self, *, ranges: Optional[dict[str, Sequence[float]]] = None, simulate: Optional[dict[str, Any]] = None,
                  picture: bool = False, max_outcome_years: Optional[int] = None, lang: Optional[Language] = None,
                  options: Optional[ReportOptions] = None) -> dict[str, Any]:
        """What the SROI result hangs on (schema impactkit/sroi-assurance/1): the tornado sorted by swing, the
        break-even value of each parameter and, with `simulate={"runs": 10000, "seed": 42, "distributions": [...]}`,
        the 5th/50th/95th percentile of the ratio and the runs below 1:1. `ranges={"proxy": [20, 20], ...}` replaces
        the default widths (% for quantity and proxy, points for percentages, years for duration); `picture=True` adds
        the tornado as SVG ("svg") in `lang`. A run that would compute more than `max_outcome_years` (default 10⁹, a
        few seconds) raises `LimitExceeded` before it starts."""
        settings = {key: value for key, value in (("ranges", ranges), ("simulate", simulate),
                                                  ("max_outcome_years", max_outcome_years)) if value is not None}
        if picture:
            settings["picture"] = True
        payload = json.dumps(settings).encode("utf-8")
        return json.loads(self._text(lib.ik_changelog_assurance, report_ref(options, lang=lang), payload, len(payload)))


KINDS[ChangeLog.schema] = ChangeLog


def _finite(parameter: str, index: int, value: Any) -> float:
    """A value as a C double; an int beyond a double's range (10**400) is refused as the library refuses infinity,
    not with Python's bare OverflowError."""
    # A number, or a numeric string as a form gives it ("10"), as PHP takes them; not a bool, and not "ten" (a bare
    # ValueError before). The library refuses infinity and NaN itself.
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ArgumentTypeError(f"{parameter} must be a finite number", path=f"/{index}")
    try:
        return float(value)
    except OverflowError:
        raise OutOfRange(f"{parameter} must be a finite number", path=f"/{index}") from None
    except ValueError:
        raise InvalidArgument(f"{parameter} must be a finite number", path=f"/{index}") from None
