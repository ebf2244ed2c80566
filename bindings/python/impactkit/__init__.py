"""ImpactKit for Python: make the impact of hybrid learning environments visible.

    >>> import impactkit
    >>> canvas = impactkit.Canvas("Samen gezond in de wijk")
    >>> canvas.place("act.workshop", "target-group", "activity")
    'p1'
    >>> canvas.evaluate("nl")["totals"]["cards"]
    1

The library (libimpactkit.so) is found without LD_LIBRARY_PATH: see README.md in this folder.
"""

from ._support import Options
from .canvas import Canvas, builtin_template, questions, version
from .cohort import Cohort, Thresholds
from .journey import Journey
from .changelog import ChangeLog
from .instruments import Actiescan, Factsheet, Fasemodel, Instrument, IWPModel, KirkpatrickPlan, LINPlan, load_instrument
from .errors import (
    AlreadyExists,
    HandleError,
    ImpactKitError,
    InvalidArgument,
    JSONSyntaxError,
    LimitExceeded,
    NotFound,
    OutOfMemory,
    OutOfRange,
    SchemaError,
    UTF8Error,
    NotSupported,
)

__all__ = [
    "Canvas", "Journey", "Cohort", "ChangeLog", "Thresholds", "Options", "builtin_template", "questions", "version",
    "Instrument", "KirkpatrickPlan", "Actiescan", "Fasemodel", "LINPlan", "Factsheet", "IWPModel", "load_instrument",
    "ImpactKitError", "InvalidArgument", "JSONSyntaxError", "SchemaError", "NotFound", "AlreadyExists",
    "OutOfRange", "LimitExceeded", "OutOfMemory", "HandleError", "UTF8Error", "NotSupported",
]
__version__ = "0.3.0"
