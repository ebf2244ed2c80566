"""What every binding class shares: host options, argument encoding, error translation, handle lifetime."""

from __future__ import annotations

import ctypes
import functools
import inspect
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import Any, Literal, Optional, Sequence, TypeVar, Union

from . import _native
from ._native import lib, take_string
from .errors import ArgumentTypeError, HandleError, ImpactKitError, InvalidArgument, OutOfRange, from_struct

Language = Literal["nl", "en"]


@dataclass(frozen=True)
class Options:
    """Reading settings (`ik_options`), given when a document is opened or created: limits, and the document's
    default report language. Zero limits mean the library's defaults (16 MiB, depth 64, 64 KiB, 100 000)."""

    lang: Optional[str] = None
    max_document_bytes: int = 0
    max_depth: int = 0
    max_string_bytes: int = 0
    max_elements: int = 0

    def __post_init__(self) -> None:
        # Checked where the mistake is made, not at the first document opened with these options.
        for name in ("max_document_bytes", "max_depth", "max_string_bytes", "max_elements"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise ArgumentTypeError(f"{name} must be an integer from 0 to 2**64-1, got {value!r}")
            # size_t, as the C ABI takes it: 0 is the default, 2**64-1 (SIZE_MAX) the largest there is.
            if value < 0 or value >= 2**64:
                raise InvalidArgument(f"{name} must be an integer from 0 to 2**64-1, got {value!r}")
        if self.lang is not None:
            encode(self.lang, "lang")

    def _struct(self) -> _native.OptionsStruct:
        return _native.OptionsStruct(
            _native.OPTIONS_VERSION,
            encode(self.lang, "lang") if self.lang is not None else None,
            self.max_document_bytes,
            self.max_depth,
            self.max_string_bytes,
            self.max_elements,
        )


@dataclass(frozen=True)
class ReportOptions:
    """Report settings (`ik_report_options`), given to each report verb. A setting left None falls back to the
    document's default (its open `Options.lang`, else English; today for `as_of`; Relating + Collaborating for
    `dimensions`). An explicit argument of a verb wins over these."""

    lang: Optional[str] = None
    as_of: Optional[str] = None
    dimensions: Optional[Sequence[str]] = None

    def merged(self, **explicit: Any) -> "ReportOptions":
        """These options with every explicit argument that is not None put over them."""
        known = [field.name for field in fields(self)]
        for key in explicit:
            # A report verb's keywords arrive here: name the setting, not this class the caller never wrote.
            if key not in known:
                raise TypeError(f"unknown report setting {key!r} (the settings are {', '.join(known)})")
        given = {key: value for key, value in explicit.items() if value is not None}
        return replace(self, **given) if given else self


def report_ref(options: Optional[ReportOptions], xapi: Optional[bytes] = None, **explicit: Any):
    """The ik_report_options for a call: `options` with the call's explicit arguments over them. The struct and
    the bytes it points to live as long as the returned reference."""
    merged = (options or ReportOptions()).merged(**explicit)
    dimensions = merged.dimensions
    if dimensions is not None:
        if isinstance(dimensions, (str, bytes)):
            raise InvalidArgument("dimensions must be a sequence of IDG dimension ids, not one string")
        dimensions = ",".join(dimensions)
    struct = _native.ReportOptionsStruct(
        _native.REPORT_OPTIONS_VERSION, encode(merged.lang, "lang"), encode(merged.as_of, "as_of"),
        encode(dimensions, "dimensions"), xapi, len(xapi) if xapi is not None else 0)
    return ctypes.byref(struct)


def encode(text: Optional[str], name: str) -> Optional[bytes]:
    """UTF-8 for a NUL-terminated C argument. Lone surrogates pass through so the library reports IK_EUTF8."""
    if text is None:
        return None
    if not isinstance(text, str):
        raise ArgumentTypeError(f"{name} must be a str, got {type(text).__name__}")
    data = text.encode("utf-8", "surrogatepass")
    if b"\0" in data:
        # A C string would silently end at the NUL and lose the rest: refuse instead.
        raise InvalidArgument(f"{name} contains a NUL character")
    return data


def document(data: Union[str, bytes, bytearray, memoryview]) -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise ArgumentTypeError(f"a document must be str or bytes, got {type(data).__name__}")


def xapi_settings(homepage: str, settings: dict) -> bytes:
    """The settings object of ik_document_to_xapi; the library checks it (unknown keys are errors, not ignored)."""
    import json

    return json.dumps({"homepage": homepage, **settings}).encode("utf-8")


def jobs_argument(jobs: Optional[int]) -> int:
    """A `jobs=` parameter as the library takes it: 1…256 threads, or None for one per processor (0); OutOfRange
    (a ValueError) otherwise — checked here because ctypes would wrap a negative number silently."""
    if jobs is None:
        return 0
    if not isinstance(jobs, int) or isinstance(jobs, bool) or not 1 <= jobs <= 256:
        raise OutOfRange(f"jobs must be 1 to 256 (None: one per processor), got {jobs!r}")
    return jobs


def json_files(directory) -> list[str]:
    """The names of a folder's documents: its *.json files, hidden ones left out, in name order (what a cohort
    and an analytics export read; the CLI reads folders the same way)."""
    return sorted(name for name in os.listdir(directory) if name.endswith(".json") and not name.startswith("."))


def call(function, *args, lang: Optional[str] = None) -> None:
    """Calls a C function whose last argument is ik_error *, raising the matching exception on failure (its
    `str()` in `lang`, the language the document was opened in)."""
    error = _native.ErrorStruct()
    status = function(*args, ctypes.byref(error))
    if status != 0:
        exception = from_struct(status, error)
        exception.lang = lang
        raise exception


@contextmanager
def speaking(lang: Optional[str]):
    """Errors raised inside take `lang` (when they have none yet): a document opened in Dutch fails in Dutch."""
    try:
        yield
    except ImpactKitError as error:
        if error.lang is None:
            error.lang = lang
        raise


def _in_its_language(method):
    """`method` inside `speaking` of its object's language."""
    @functools.wraps(method)
    def speaking_method(self, *args, **kwargs):
        with speaking(getattr(self, "_lang", None)):
            return method(self, *args, **kwargs)

    return speaking_method


def options_ref(options: Optional[Options]):
    return ctypes.byref(options._struct()) if options is not None else None


_H = TypeVar("_H", bound="Handle")


class Handle:
    """Owns one library handle: released by close(), by `with`, or when garbage-collected. Calls on one object
    are serialised by a lock, so an object may be shared between threads."""

    __slots__ = ("_handle", "_lock", "_lang", "__weakref__")
    _free = None  # the ik_<type>_free function
    _kind = "handle"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # Every public method speaks the object's language, the binding's own checks of its arguments too (they run
        # before the call reaches `speaking`): a canvas opened in Dutch refused place(123, …) in English.
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member) and not inspect.isgeneratorfunction(member):
                setattr(cls, name, _in_its_language(member))

    def _adopt(self, handle: ctypes.c_void_p, lang: Optional[str] = None) -> None:
        self._handle = handle
        self._lock = threading.Lock()
        # The open options' language: the language of the errors this object raises (ik_options.lang).
        self._lang = lang

    @classmethod
    def _wrap(cls, handle: ctypes.c_void_p):
        obj = cls.__new__(cls)
        obj._adopt(handle)
        return obj

    def close(self) -> None:
        """Releases the handle now. Safe to call twice."""
        with self._lock:
            if self._handle:
                type(self)._free(self._handle)
                self._handle = None

    def __enter__(self: _H) -> _H:
        self._live()   # a closed object in a `with` fails at the `with`, not at its first use inside
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            type(self)._free(handle)
            self._handle = None

    def __copy__(self):
        # Python's default copy would duplicate the pointer: two owners of one handle, the second free a
        # use-after-free. Kinds the library can copy override this; the others refuse.
        raise TypeError(f"a {self._kind} cannot be copied; build a new one from the same inputs")

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        # A pickled pointer would name memory of another process.
        raise TypeError(f"a {self._kind} cannot be pickled; store its JSON (to_json) instead")

    def _live(self):
        if not self._handle:
            raise HandleError(f"the {self._kind} is closed")
        return self._handle

    def _call(self, function, *args) -> None:
        with self._lock, speaking(self._lang):
            call(function, self._live(), *args)

    def _string(self, function, *args) -> str:
        out = ctypes.c_void_p()
        with self._lock, speaking(self._lang):
            call(function, self._live(), *args, ctypes.byref(out))
        return take_string(out)

    def _apply(self, function, operations: Union[list, str, bytes], base_revision: Optional[str]) -> list:
        """A batch of operations (dicts, or their JSON) through ik_canvas_apply / ik_journey_apply; the undo."""
        import json
        if isinstance(operations, dict):
            raise InvalidArgument("operations are a list: put the one operation in [ ]")
        if not isinstance(operations, (list, tuple, str, bytes, bytearray, memoryview)):
            raise ArgumentTypeError(
                f"operations must be a list of dicts or their JSON, got {type(operations).__name__}")
        payload = document(json.dumps(operations) if isinstance(operations, (list, tuple)) else operations)
        revision = encode(base_revision, "base_revision") if base_revision is not None else None
        return json.loads(self._string(function, payload, len(payload), revision))


@contextmanager
def locked(*handles: Handle):
    """Holds the locks of several handles at once, each once, in a fixed order (no deadlock between threads
    that pass the same handles in another order)."""
    unique = sorted({id(handle): handle for handle in handles}.values(), key=id)
    for handle in unique:
        handle._lock.acquire()
    try:
        yield
    finally:
        for handle in reversed(unique):
            handle._lock.release()


