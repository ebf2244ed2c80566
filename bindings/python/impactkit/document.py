"""Every ImpactKit document over one C handle (`ik_document`) and one set of verbs.

`impactkit.loads(text)` / `impactkit.load(path or file)` read any document and return the class of its kind: `Canvas`,
`Journey`, `ChangeLog`, `KirkpatrickPlan`, `Actiescan`, `Fasemodel`, `LINPlan`, `Factsheet` or `IWPModel`. All share
`to_json`, `to_dict`, `save`, `evaluate`, `report_text`, `render_svg`, `to_csv` and `to_xapi`; a verb a kind does not
have raises `NotSupported`. The report language is, in order: the verb's `lang` argument, `options.lang`
(`ReportOptions`), the `Options.lang` the document was opened with, English.
"""

from __future__ import annotations

import builtins
import ctypes
import json
import os
import warnings
from contextlib import contextmanager
from typing import Any, ClassVar, Generic, Iterator, NamedTuple, Optional, TypeVar, Union

from ._native import lib, take_bytes, take_string
from ._support import Handle, Language, Options, ReportOptions, call, document, encode, options_ref, report_ref, speaking
from ._support import xapi_settings
from .errors import ArgumentTypeError, InvalidArgument, SchemaError, file_error


class XAPIRequest(NamedTuple):
    """An xAPI multipart/mixed request: the Content-Type header value (with its boundary) and the body bytes."""

    content_type: str
    body: bytes


_D = TypeVar("_D", bound="Document[Any]")
# The report `evaluate` returns: a TypedDict of impactkit.reports for the kinds that have one, else a dict.
_R = TypeVar("_R")


class Document(Handle, Generic[_R]):
    """What every document offers. Subclasses say which kind they are (`schema`)."""

    __slots__ = ()
    schema: ClassVar[str] = ""
    _free = lib.ik_document_free
    _kind = "document"

    # --- reading ----------------------------------------------------------------------------------------------

    @classmethod
    def from_json(cls: type[_D], data: Union[str, bytes], *, options: Optional[Options] = None) -> _D:
        """Reads a document of this class's kind (or, on `Document`, of any kind). Unknown members are kept and
        written back unchanged. Raises the library's error with its JSON pointer (`.path`)."""
        opened = _open_handle(data, options)
        return _adopt(opened, expected=cls, lang=options.lang if options else None)

    @classmethod
    def load(cls: type[_D], path: Union[str, "os.PathLike[str]", Any], *, options: Optional[Options] = None) -> _D:
        """Reads a document of this class's kind from a file: a path (str, bytes, os.PathLike) or an open file (text
        or binary), as `impactkit.load` does. A file that cannot be read raises FileError (an OSError: a missing
        file is also a FileNotFoundError)."""
        with speaking(options.lang if options else None):   # a file it cannot read fails in that language too
            return cls.from_json(_read(path), options=options)

    @classmethod
    def _take(cls: type[_D], handle: ctypes.c_void_p) -> _D:
        """Takes ownership of an opened ik_document of this class's kind."""
        return cls._wrap(handle)

    # --- the verbs, on a document handle of this object's current state ----------------------------------------

    @contextmanager
    def _document(self) -> Iterator[ctypes.c_void_p]:
        """A live ik_document for this object, held under its lock while in use."""
        with self._lock, speaking(self._lang):
            yield self._live()

    def _text(self, function, *args) -> str:
        out = ctypes.c_void_p()
        with self._document() as handle:
            call(function, handle, *args, ctypes.byref(out))
        return take_string(out)

    @property
    def kind(self) -> str:
        """The document's schema id, e.g. "impactkit/canvas/1"."""
        with self._document() as handle:
            return lib.ik_document_kind(handle).decode()

    def to_json(self) -> str:
        """The document: two-space indentation, stable key order, unknown members kept."""
        return self._text(lib.ik_document_to_json)

    @property
    def revision(self) -> str:
        """"r-" and 32 hex digits: changes with every edit, equal for equal content (key order and whitespace of
        the input do not count). Keep it in a version column or send it as an ETag and refuse a change made on
        another revision (ik_document_revision)."""
        return self._text(lib.ik_document_revision)

    def copy(self: _D) -> _D:
        """An independent copy through the library (same kind, content and open options); `copy.copy()` and
        `copy.deepcopy()` give the same. Changing one leaves the other as it was."""
        copied = ctypes.c_void_p()
        with self._document() as handle:
            call(lib.ik_document_copy, ctypes.byref(copied), handle)
        twin = type(self)._take(copied)
        twin._lang = self._lang
        return twin

    def __copy__(self: _D) -> _D:
        return self.copy()

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json())

    def save(self, path) -> None:
        """Writes the document whole or not at all (ik_document_save: a temporary file, flushed, then renamed): an
        existing file keeps its mode and owner, a new one gets 0666 less the umask, a symbolic link is written
        through; a directory, FIFO or device, a missing folder or a full disk raise FileError (an OSError)."""
        with self._document() as handle:
            call(lib.ik_document_save, handle, os.fsencode(path))

    def evaluate(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None,
                 **settings: Any) -> _R:
        """The report as a dict (schema impactkit/<kind>-report/1; typed as impactkit.reports' TypedDict for a
        Canvas, Journey and Cohort). Keyword settings as in ReportOptions
        (as_of=…, dimensions=[…]) win over `options`."""
        return json.loads(self._text(lib.ik_document_evaluate, report_ref(options, lang=lang, **settings)))

    def report_text(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None,
                    **settings: Any) -> str:
        """The same report as text for people."""
        return self._text(lib.ik_document_report_text, report_ref(options, lang=lang, **settings))

    def render_svg(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> str:
        """The document as an SVG picture (canvas poster, journey progress, Actiescan radar, change-log IDG bars);
        every text is escaped. Raises NotSupported for other kinds."""
        return self._text(lib.ik_document_render_svg, report_ref(options, lang=lang))

    def to_csv(self, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None) -> str:
        """The document as RFC 4180 CSV (CRLF line ends): placements of a canvas or a journey's moments, or a
        change log's changes. Raises NotSupported for other kinds."""
        return self._text(lib.ik_document_to_csv, report_ref(options, lang=lang))

    def analytics_rows(self, table: str, **settings: Any) -> bytes:
        """The document's rows of one analytics table as NDJSON bytes (one JSON object a line, the columns of
        `impactkit.analytics.schema()` in order); b"" when the document has none of that table. Settings as
        keywords: pseudonym_salt=… (needed unless names="real"), institution=…, programme=…, names="real".
        See impactkit.analytics for whole folders, Arrow tables and Parquet."""
        payload = json.dumps(settings).encode("utf-8")
        out = ctypes.c_void_p()
        with self._document() as handle:
            call(lib.ik_document_analytics_rows, handle, encode(table, "table"), payload, len(payload), ctypes.byref(out))
        return take_bytes(out)

    def to_xapi(self, homepage: str, lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None,
                **settings: Any) -> list[dict[str, Any]]:
        """xAPI statements to POST to an LRS (canvases and journeys; 1.0.3 unless version="2.0.0"). `homepage` is
        the platform whose accounts identify people; further settings as keywords: actor="group"|"members",
        accounts={member id or name: login},
        pseudonym_salt=… (team members without an account are sent as keyed-hash pseudonyms, never by name),
        names="real" (send real names: an explicit choice), attachment=True, attachment_url=…, activity_base=…
        Raises InvalidArgument when a member could only be named by their real name."""
        payload = xapi_settings(homepage, settings)
        return json.loads(self._text(lib.ik_document_to_xapi, report_ref(options, payload, lang=lang)))

    def to_xapi_multipart(self, homepage: str, lang: Optional[Language] = None, *,
                          options: Optional[ReportOptions] = None, **settings: Any) -> XAPIRequest:
        """The same statements as one xAPI multipart/mixed request, with the poster's bytes when attachment=True
        (what an LRS needs for an attachment without attachment_url; without it the body holds the statements
        only): POST `body` to /statements with `content_type` as Content-Type. The poster names the team
        (docs/xapi.md, "The poster")."""
        payload = xapi_settings(homepage, settings)
        body, content_type = ctypes.c_void_p(), ctypes.c_void_p()
        with self._document() as handle:
            call(lib.ik_document_to_xapi_multipart, handle, report_ref(options, payload, lang=lang),
                 ctypes.byref(body), ctypes.byref(content_type))
        return XAPIRequest(take_string(content_type), take_bytes(body))

    def to_ob3(self, issuer: dict[str, str], recipient: dict[str, str], lang: Optional[Language] = None, *,
               options: Optional[ReportOptions] = None, **settings: Any) -> list[dict[str, Any]]:
        """Open Badges 3.0 credentials (journeys): one unsigned OpenBadgeCredential per learning outcome with
        evidence. `issuer` = {"id": "https://…", "name": …}; `recipient` = {"identity": …, "type": "emailAddress" |
        "sisSourcedId" | …, "salt": …} (only its salted SHA-256 is written). Further settings as keywords:
        achievement_base=…, criteria={outcome id: narrative}, poster_data_uri=True or poster_url="https://…/{moment}",
        valid_from="2027-01-22T00:00:00Z". Signing is the host's or its badge platform's."""
        payload = json.dumps({"issuer": issuer, "recipient": recipient, **settings}).encode("utf-8")
        return json.loads(self._text(lib.ik_document_to_ob3, report_ref(options, lang=lang), payload, len(payload)))

    def credentials(self, issuer: dict[str, str], recipient: dict[str, str], lang: Optional[Language] = None, *,
                    options: Optional[ReportOptions] = None, **settings: Any) -> dict[str, Any]:
        """Open Badges 3.0 credentials as verifiers take them (journeys, since 1.3): with member="s1" a student's
        own — their evidence and the team's, never a teammate's — and the outcomes withheld for want of their own
        evidence. issued_at="…Z" (now) is required unless valid_from is given; also subject_id=, achievement_image=,
        alignment_base=, and the settings of to_ob3. Returns {"schema", "member", "credentials", "withheld",
        "text"}; sign with impactkit.credentials.sign_jwt or sign_data_integrity."""
        payload = json.dumps({"issuer": issuer, "recipient": recipient, **settings}).encode("utf-8")
        return json.loads(self._text(lib.ik_journey_credentials, report_ref(options, lang=lang), payload, len(payload)))

    def learner_record(self, issuer: dict[str, str], recipient: dict[str, str], credentials: list,
                       lang: Optional[Language] = None, *, options: Optional[ReportOptions] = None,
                       **settings: Any) -> dict[str, Any]:
        """A student's Comprehensive Learner Record 2.0 (journeys, since 1.3): a ClrCredential holding their signed
        credentials (dicts with a proof, or VC-JWT strings) and the achievements they record. Settings as
        credentials() (issued_at required); sign the record with impactkit.credentials as its members."""
        payload = json.dumps({"issuer": issuer, "recipient": recipient, **settings}).encode("utf-8")
        members = json.dumps(credentials, ensure_ascii=False).encode("utf-8")
        return json.loads(self._text(lib.ik_journey_learner_record, report_ref(options, lang=lang), payload, len(payload),
                                     members, len(members)))

    def __repr__(self) -> str:
        if not self._handle:
            return f"<impactkit.{type(self).__name__} (closed)>"
        content = self.to_dict()
        return f"<impactkit.{type(self).__name__} {content.get('id')!r} {content.get('title')!r}>"


class _PlainDocument(Document[dict[str, Any]]):
    """A document whose own handle is an ik_document (every kind that is not edited card by card)."""

    __slots__ = ()


def _open_handle(data: Union[str, bytes], options: Optional[Options]) -> ctypes.c_void_p:
    payload = document(data)
    handle = ctypes.c_void_p()
    call(lib.ik_document_from_json, ctypes.byref(handle), payload, len(payload), options_ref(options),
         lang=options.lang if options else None)
    return handle


# Schema id → class; filled by each module with its classes (canvas, journey, change log, instruments).
KINDS: dict[str, type] = {}


def _adopt(handle: ctypes.c_void_p, expected: type = Document, lang: Optional[str] = None) -> Document:
    """Hands an opened ik_document to the class of its kind (which owns it from then on); frees it and raises
    SchemaError at /schema, as the library would, when it is not of the `expected` class."""
    try:
        schema = lib.ik_document_kind(handle).decode()
        cls = KINDS.get(schema, _PlainDocument)
        if not issubclass(cls, expected):
            if expected.schema:
                raise SchemaError(f'unsupported schema "{schema}"; expected {expected.schema}', path="/schema")
            # A class of several kinds (Instrument): name them, as the library names what it reads.
            kinds = ", ".join(sorted(kind for kind, known in KINDS.items() if issubclass(known, expected)))
            raise SchemaError(f'unsupported schema "{schema}"; expected one of {kinds}', path="/schema")
    except BaseException:
        lib.ik_document_free(handle)
        raise
    taken = cls._take(handle)
    taken._lang = lang
    return taken


def _read(source) -> Union[str, bytes]:
    """The text of a document file: a path (str, bytes or os.PathLike) or an open file (text or binary)."""
    if hasattr(source, "read"):
        return source.read()
    if isinstance(source, bool) or not isinstance(source, (str, bytes, os.PathLike)):
        # builtins.open takes an int as a file descriptor, and closes it after reading: the host's stdin or socket.
        # (The message is the library catalogue's, which has its Dutch; bytes and os.PathLike are paths too.)
        raise ArgumentTypeError(f"path must be a str, got {type(source).__name__}")
    raw = os.fspath(source)
    if ("\0" if isinstance(raw, str) else b"\0") in raw:
        raise InvalidArgument("path contains a NUL character")   # open() raised a bare ValueError
    try:
        with builtins.open(source, "rb") as file:
            return file.read()
    except OSError as error:
        raise file_error(error, os.fsdecode(source)) from error


def loads(data: Union[str, bytes], *, options: Optional[Options] = None) -> Document:
    """Reads any ImpactKit document from JSON text (str, or UTF-8 bytes), as json.loads reads JSON, and returns an
    object of its kind's class (Canvas, Journey, ChangeLog, an instrument, or a plain Document)."""
    return _adopt(_open_handle(data, options), lang=options.lang if options else None)


def load(source, *, options: Optional[Options] = None) -> Document:
    """Reads any ImpactKit document from a file, as json.load does: a path (str, bytes or os.PathLike) or an open
    file (text or binary). A file that cannot be read raises FileError, which is also the OSError Python raised
    (FileNotFoundError for a missing file)."""
    return Document.load(source, options=options)   # Document's own: any kind, in its class


def open(data: Union[str, bytes], *, options: Optional[Options] = None) -> Document:  # noqa: A001
    """Deprecated: the name of `loads` before 1.2 (it shadowed the built-in `open` after `from impactkit import *`)."""
    warnings.warn("impactkit.open is deprecated; use impactkit.loads for text, impactkit.load for a file",
                  DeprecationWarning, stacklevel=2)
    return loads(data, options=options)


def kinds() -> list[dict[str, Any]]:
    """Every kind of document the library reads (ik_document_kinds): per kind its "schema" id, short "kind" name,
    "title" ({"nl": …, "en": …}), the "verbs" it answers and whether it has a "template". The library's list, not
    the binding's: a kind this binding has no class for still opens, as a plain Document."""
    out = ctypes.c_void_p()
    call(lib.ik_document_kinds, ctypes.byref(out))
    return json.loads(take_string(out))["kinds"]


def template(kind: str, lang: Optional[Language] = None) -> Document:
    """A new document of `kind` prefilled with what the seed gives, texts in `lang`: a kind whose "template" is
    true in `kinds()` ("kirkpatrick", "actiescan", "fasemodel", "lin", "factsheet", "iwp")."""
    handle = ctypes.c_void_p()
    call(lib.ik_document_template, ctypes.byref(handle), encode(kind, "kind"), options_ref(Options(lang=lang)))
    return _adopt(handle)
