"""Exceptions carrying the fields of `ik_error`: code, message, JSON pointer path, line and column."""

from __future__ import annotations

OK = 0
EINVAL = -1
EJSON = -2
ESCHEMA = -3
ENOTFOUND = -4
EEXIST = -5
ERANGE = -6
ELIMIT = -7
ENOMEM = -8
EHANDLE = -9
EUTF8 = -10
ENOTSUP = -11
ECONFLICT = -12
EIO = -13


class ImpactKitError(Exception):
    """Base class of every error ImpactKit reports. `code` is the C API's IK_E* value."""

    code: int = 0
    symbol: str = "IK_UNKNOWN"
    #: The language of the document or call that failed ("nl" after `Options(lang="nl")`): `str(error)` is then in
    #: that language; `message` stays English, for logs.
    lang: str | None = None

    def __init__(self, message: str, *, code: int | None = None, path: str = "", line: int = 0, column: int = 0):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        try:
            return self.describe(self.lang or "en")
        except Exception:  # an error the library cannot read back (a code of its own making): as written
            return f"{self.symbol}: {self.message}" + (f" [{self.path}]" if self.path else "")

    def localized(self, lang: str = "nl") -> str:
        """The message for people in `lang` ("nl" or "en"): `message` stays English, for logs. The library derives
        it from the code and the English message (ik_error_localize), so it works on any ImpactKitError."""
        return self._ask_library("ik_error_localize", lang)

    def describe(self, lang: str = "nl") -> str:
        """`str(error)` in `lang`: the code, the message in that language, and where (the JSON pointer; line and
        column of a JSON syntax error), in the library's own words (ik_error_describe, since 1.3)."""
        return self._ask_library("ik_error_describe", lang)

    def _ask_library(self, function: str, lang: str) -> str:
        import ctypes

        from ._native import ERROR_MESSAGE_LENGTH, ERROR_PATH_LENGTH, ErrorStruct, lib, take_string

        def cut(text: str, size: int) -> bytes:
            # Cut at a character boundary within the struct's buffer, as the library cuts the messages it writes.
            # backslashreplace: a file name that is not UTF-8 (os.fsdecode's surrogates) is written as \udcxx
            # rather than failing the whole translation.
            return text.encode("utf-8", "backslashreplace")[: size - 1].decode("utf-8", "ignore").encode("utf-8")

        error = ErrorStruct()
        error.code = self.code
        error.message = cut(self.message, ERROR_MESSAGE_LENGTH)
        error.path = cut(self.path, ERROR_PATH_LENGTH)
        error.line, error.column = self.line, self.column
        out, failure = ctypes.c_void_p(), ErrorStruct()
        status = getattr(lib, function)(ctypes.byref(error), lang.encode("utf-8"), ctypes.byref(out), ctypes.byref(failure))
        if status != OK:
            raise from_struct(status, failure)
        return take_string(out)


class InvalidArgument(ImpactKitError, ValueError):
    code, symbol = EINVAL, "IK_EINVAL"


class ArgumentTypeError(InvalidArgument, TypeError):
    """Since 1.3: an argument of the wrong Python type (a number where a card id goes, a str where a list of
    domains goes). IK_EINVAL like every refused argument, so `except InvalidArgument` catches it as before, and a
    TypeError, as Python's own functions raise for the same mistake."""


class JSONSyntaxError(ImpactKitError, ValueError):
    code, symbol = EJSON, "IK_EJSON"


class SchemaError(ImpactKitError, ValueError):
    code, symbol = ESCHEMA, "IK_ESCHEMA"


class NotFound(ImpactKitError, LookupError):
    code, symbol = ENOTFOUND, "IK_ENOTFOUND"


class AlreadyExists(ImpactKitError, ValueError):
    code, symbol = EEXIST, "IK_EEXIST"


class OutOfRange(ImpactKitError, ValueError):
    code, symbol = ERANGE, "IK_ERANGE"


class LimitExceeded(ImpactKitError, ValueError):
    code, symbol = ELIMIT, "IK_ELIMIT"


class OutOfMemory(ImpactKitError, MemoryError):
    code, symbol = ENOMEM, "IK_ENOMEM"


class HandleError(ImpactKitError):
    code, symbol = EHANDLE, "IK_EHANDLE"


class UTF8Error(ImpactKitError, UnicodeError):
    code, symbol = EUTF8, "IK_EUTF8"


class NotSupported(ImpactKitError, NotImplementedError):
    """The document type does not have the operation (a change log has no xAPI statements)."""
    code, symbol = ENOTSUP, "IK_ENOTSUP"


class Conflict(ImpactKitError):
    """Since 1.1: the change was made on a revision the document has moved on from, or what it changes is no
    longer there as it was (IK_ECONFLICT): read the document again and redo the change."""
    code, symbol = ECONFLICT, "IK_ECONFLICT"


class FileError(ImpactKitError, OSError):
    """Since 1.3: a file could not be read or written (IK_EIO) — a directory or FIFO where a document should go, no
    such folder, no permission, a full disk. The message names the file and the system's reason; an `except
    OSError` catches it too."""
    code, symbol = EIO, "IK_EIO"


def file_error(error: OSError, path: str, verb: str = "read") -> FileError:
    """A FileError for a file the binding itself could not open (the library reads documents from bytes): the
    message the library gives for the same failure ("cannot read F: reason", which has its Dutch text), and still
    the OSError subclass Python raised, so `except FileNotFoundError` written for 1.2 catches it as before."""
    cls = _FILE_ERRORS.get(type(error))
    if cls is None:
        cls = type("FileError", (FileError, type(error)), {"__module__": __name__, "__doc__": FileError.__doc__})
        _FILE_ERRORS[type(error)] = cls
    reason = error.strerror or str(error)
    exception = cls(f"cannot {verb} {path}: {reason}")
    exception.errno, exception.strerror, exception.filename = error.errno, error.strerror, path
    return exception


_FILE_ERRORS: dict[type, type[FileError]] = {OSError: FileError}


BY_CODE: dict[int, type[ImpactKitError]] = {
    cls.code: cls
    for cls in (InvalidArgument, JSONSyntaxError, SchemaError, NotFound, AlreadyExists, OutOfRange, LimitExceeded,
                OutOfMemory, HandleError, UTF8Error, NotSupported, Conflict, FileError)
}


def from_struct(status: int, error) -> ImpactKitError:
    """Builds the exception for a failed call from its status and filled ik_error. A code this binding has no class
    for (a later library's) still raises, as ImpactKitError, named by the library itself (ik_strerror)."""
    cls = BY_CODE.get(status, ImpactKitError)
    exception = cls(
        error.message.decode("utf-8", "replace"),
        code=status,
        path=error.path.decode("utf-8", "replace"),
        line=error.line,
        column=error.column,
    )
    if cls is ImpactKitError:
        from ._native import lib

        exception.symbol = lib.ik_strerror(status).decode()
    return exception
