"""ImpactKit for Python: make the impact of hybrid learning environments visible.

    >>> import impactkit
    >>> canvas = impactkit.Canvas("Samen gezond in de wijk")
    >>> canvas.place("act.workshop", "target-group", "activity")
    'p1'
    >>> canvas.evaluate("nl")["totals"]["cards"]
    1

The library (libimpactkit.so) is found without LD_LIBRARY_PATH: see README.md in this folder.
"""

from .canvas import Canvas, Options, builtin_template, version
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
)

__all__ = [
    "Canvas", "Options", "builtin_template", "version",
    "ImpactKitError", "InvalidArgument", "JSONSyntaxError", "SchemaError", "NotFound", "AlreadyExists",
    "OutOfRange", "LimitExceeded", "OutOfMemory", "HandleError", "UTF8Error",
]
__version__ = "0.2.0"
