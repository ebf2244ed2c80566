"""A coach's view over many groups (LIM §9.1), fed one document at a time."""

from __future__ import annotations

import ctypes
import json
import os
from dataclasses import dataclass
from typing import Any, Callable, Optional, Union

from . import _native
from ._native import lib, take_string
from ._support import Handle, Language, Options, ReportOptions, call, document, encode, options_ref
from ._support import jobs_argument, report_ref
from ._progress import Progress, ProgressArgument
from .errors import BY_CODE, ArgumentTypeError, ImpactKitError, InvalidArgument
from .reports import CohortReport


@dataclass(frozen=True)
class Thresholds:
    """When a group needs attention (`ik_cohort_thresholds`); the defaults follow the manual's rhythm."""

    max_empty_domains: int = 0
    min_result_cards: int = 1
    results_expected_from_moment: int = 2
    min_cards_added: int = 1

    _NAMES = ("max_empty_domains", "min_result_cards", "results_expected_from_moment", "min_cards_added")

    def __post_init__(self) -> None:
        # Checked where the mistake is made (the library checks the ranges that matter when the cohort is made).
        for name in self._NAMES:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ArgumentTypeError(f"{name} must be a 32-bit integer, got {value!r}")
            if not -2**31 <= value < 2**31:
                raise InvalidArgument(f"{name} must be a 32-bit integer, got {value!r}")

    def _struct(self) -> _native.CohortThresholdsStruct:
        values = [getattr(self, name) for name in self._NAMES]
        return _native.CohortThresholdsStruct(_native.COHORT_THRESHOLDS_VERSION, *values)


class Cohort(Handle):
    """Aggregates canvases and journeys without keeping them: a heat map, coverage distribution and the groups
    that need attention. A document that cannot be read raises and is also listed under "skipped"."""

    __slots__ = ()
    _free = lib.ik_cohort_free
    _kind = "cohort"

    def __init__(self, thresholds: Optional[Thresholds] = None, *, options: Optional[Options] = None):
        handle = ctypes.c_void_p()
        settings = ctypes.byref(thresholds._struct()) if thresholds is not None else None
        call(lib.ik_cohort_new, ctypes.byref(handle), settings, options_ref(options))
        self._adopt(handle)

    def use_cache(self, cache: Optional[Union[str, bytes]] = None, *, key: Optional[bytes] = None) -> None:
        """Reads later documents only when `cache` (what `cache_json()` gave after an earlier run; None: start an
        empty one) has no summary of their exact bytes. A cache from another version, for other limits, whose seal
        does not match or damaged raises (SchemaError, JSONSyntaxError, …) with the reason, and the cohort stays
        without one. `key` (at least 16 bytes the host keeps secret) seals the cache with HMAC-SHA256: only a cache
        written with the same key is trusted, and `cache_json()` is sealed with it."""
        if key is not None:
            if not isinstance(key, (bytes, bytearray)):
                raise ArgumentTypeError(f"key must be bytes, got {type(key).__name__}")
            raw = bytes(key)
            self._call(lib.ik_cohort_set_cache_key, raw, len(raw))
        if cache is None:
            self._call(lib.ik_cohort_use_cache, None, 0)
        else:
            payload = document(cache)
            self._call(lib.ik_cohort_use_cache, payload, len(payload))

    def cache_json(self) -> str:
        """The cache to keep for the next run (compact JSON): the documents added since `use_cache`."""
        return self._string(lib.ik_cohort_cache_json)

    def add_json(self, data: Union[str, bytes], source: Optional[str] = None) -> None:
        """Adds a canvas or journey document; `source` names it in the report (e.g. its file name)."""
        payload = document(data)
        self._call(lib.ik_cohort_add_json, encode(source, "source"), payload, len(payload))

    def add_directory(self, path: Union[str, bytes, "os.PathLike[str]"], *, on_error: Optional[Callable[[str, ImpactKitError], None]] = None,
                      jobs: Optional[int] = None, progress: ProgressArgument = None) -> int:
        """Adds every document of the folder `path` as the library reads a folder (ik_cohort_add_directory_jobs, as
        the CLI and PHP do): its *.json files, hidden ones left out, in name order. A file that cannot be read
        (FileError), is too large or is refused is listed under "skipped" and passed to `on_error`; the run goes on.
        Returns the number of documents added; FileError when the folder itself cannot be listed.

        The files are read on `jobs` of the library's threads (None: one per processor; 1: this thread only); the
        report is the same for any number. `progress` is called as progress(done, total) after each document, on
        this thread; True draws a bar (tqdm's when tqdm is installed). An exception the callable raises is raised
        once the folder is read (the library finishes the folder first)."""
        threads = jobs_argument(jobs)
        added = ctypes.c_size_t()
        skipped = ctypes.c_void_p()
        report = Progress(progress)
        # A NULL ik_progress_fn when no progress is wanted (ctypes takes the type called without arguments).
        callback = (_native.PROGRESS_FN(lambda _context, done, total: report(done, total)) if report.wanted
                    else _native.PROGRESS_FN())
        try:
            self._call(lib.ik_cohort_add_directory_jobs, os.fsencode(path), threads, callback, None,
                       ctypes.byref(added), ctypes.byref(skipped))
            entries = json.loads(take_string(skipped))
        finally:
            report.close()
        for entry in entries:
            if on_error is not None:
                kind = BY_CODE.get(entry["code"], ImpactKitError)
                on_error(entry["source"], kind(entry["message"], code=entry["code"], path=entry["path"]))
        return added.value

    def evaluate(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> CohortReport:
        """The cohort report (impactkit/cohort-report/1): heat map, coverage, groups needing attention, skipped."""
        return json.loads(self._string(lib.ik_cohort_evaluate, report_ref(options, lang=lang)))

    def report_text(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> str:
        return self._string(lib.ik_cohort_report_text, report_ref(options, lang=lang))

    def to_csv(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> str:
        """The heat map as CSV (RFC 4180)."""
        return self._string(lib.ik_cohort_to_csv, report_ref(options, lang=lang))

    def render_svg(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> str:
        """The heat map as an SVG picture."""
        return self._string(lib.ik_cohort_render_svg, report_ref(options, lang=lang))
