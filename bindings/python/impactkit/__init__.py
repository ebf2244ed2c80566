"""ImpactKit for Python: make the impact of hybrid learning environments visible.

    >>> import impactkit
    >>> canvas = impactkit.Canvas("Samen gezond in de wijk")
    >>> canvas.place("act.workshop", "target-group", "activity")   # doctest: +ELLIPSIS
    'p-...'
    >>> canvas.evaluate("nl")["totals"]["cards"]
    1
    >>> impactkit.load("examples/data/pwmi-changelog.json").evaluate()["changes"]   # any document    # doctest: +SKIP
    12

Every document (canvas, journey, change log and the six instruments) has the same verbs: `evaluate`,
`report_text`, `render_svg`, `to_csv`, `to_xapi`, `to_json`, `save`. The library (libimpactkit.so) is found
without LD_LIBRARY_PATH: see README.md in this folder.
"""

from ._native import lib as _lib
from ._support import Options, ReportOptions
from .document import Document, XAPIRequest, kinds, load, loads, open, template
from .canvas import Canvas, builtin_template, merge, questions, version
from .cohort import Cohort, Thresholds
from .journey import Journey
from .changelog import ChangeLog
from .instruments import Actiescan, Factsheet, Fasemodel, Instrument, IWPModel, KirkpatrickPlan, LINPlan, load_instrument
from . import credentials, examples, pictures
from .errors import (
    AlreadyExists,
    ArgumentTypeError,
    HandleError,
    ImpactKitError,
    InvalidArgument,
    JSONSyntaxError,
    LimitExceeded,
    NotFound,
    NotSupported,
    Conflict,
    FileError,
    OutOfMemory,
    OutOfRange,
    SchemaError,
    UTF8Error,
)

__all__ = [
    "credentials", "examples", "pictures",
    "Document", "XAPIRequest", "loads", "load", "template", "kinds",
    "Canvas", "Journey", "Cohort", "ChangeLog", "Thresholds", "Options", "ReportOptions", "builtin_template",
    "questions", "version", "merge",
    "Instrument", "KirkpatrickPlan", "Actiescan", "Fasemodel", "LINPlan", "Factsheet", "IWPModel", "load_instrument",
    "ImpactKitError", "InvalidArgument", "ArgumentTypeError", "JSONSyntaxError", "SchemaError", "NotFound", "AlreadyExists",
    "OutOfRange", "LimitExceeded", "OutOfMemory", "HandleError", "UTF8Error", "NotSupported", "Conflict",
    "FileError",
]
# The version is the library's (one source: impactkit.h); the binding checked its major version on import.
__version__ = _lib.ik_version().decode()
