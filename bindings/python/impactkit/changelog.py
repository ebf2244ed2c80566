"""An SROI-route study with Inner Development Goals (seed 001) over the C API."""

from __future__ import annotations

import ctypes
import json
from typing import Any, Optional, Sequence, Union

from ._native import lib
from ._support import Handle, Language, Options, call, document, encode, options_ref, save_atomically
from .errors import InvalidArgument


class ChangeLog(Handle):
    """Stakeholder changes classified by IDG dimension and skill, with SDGs, helices and an optional SROI.
    Read with `ChangeLog.from_json(text)` or `ChangeLog.load(path)`; errors carry the JSON pointer."""

    __slots__ = ()
    _free = lib.ik_changelog_free
    _kind = "change log"

    @classmethod
    def from_json(cls, data: Union[str, bytes], *, options: Optional[Options] = None) -> "ChangeLog":
        payload = document(data)
        handle = ctypes.c_void_p()
        call(lib.ik_changelog_from_json, ctypes.byref(handle), payload, len(payload), options_ref(options))
        return cls._wrap(handle)

    @classmethod
    def load(cls, path, *, options: Optional[Options] = None) -> "ChangeLog":
        with open(path, "rb") as file:
            return cls.from_json(file.read(), options=options)

    def to_json(self) -> str:
        return self._string(lib.ik_changelog_to_json)

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    def save(self, path) -> None:
        save_atomically(self.to_json(), path)

    @staticmethod
    def _dimensions(dimensions: Optional[Sequence[str]]) -> Optional[bytes]:
        if dimensions is None:
            return None
        if isinstance(dimensions, str):
            raise InvalidArgument("dimensions must be a list such as ['relating', 'collaborating']")
        return encode(",".join(dimensions), "dimensions")

    def report(self, lang: Language = "en", *, dimensions: Optional[Sequence[str]] = None) -> dict[str, Any]:
        """The report (impactkit/changelog-report/1); `dimensions` picks the set whose share is reported
        (default relating + collaborating, "collaborating and connecting")."""
        return json.loads(self._string(lib.ik_changelog_evaluate, self._dimensions(dimensions), options_ref(None, lang)))

    def report_text(self, lang: Language = "en", *, dimensions: Optional[Sequence[str]] = None) -> str:
        return self._string(lib.ik_changelog_report_text, self._dimensions(dimensions), options_ref(None, lang))

    def sensitivity(self, parameter: str, values: Sequence[float], *, outcome: Optional[str] = None) -> dict[str, Any]:
        """The SROI recalculated with one parameter at each value (percentages as 0–100)."""
        numbers = [float(v) for v in values]
        array = (ctypes.c_double * max(len(numbers), 1))(*numbers)
        return json.loads(self._string(
            lib.ik_changelog_sensitivity, encode(parameter, "parameter"), array, len(numbers), encode(outcome, "outcome"),
        ))

    def to_csv(self) -> str:
        """One row per change (RFC 4180)."""
        return self._string(lib.ik_changelog_to_csv)

    def render_svg(self, lang: Language = "en") -> str:
        """Changes per IDG dimension as an SVG bar chart."""
        return self._string(lib.ik_changelog_render_svg, options_ref(None, lang))
