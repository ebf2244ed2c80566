"""Progress of long calls (a folder read into a cohort, an analytics export): the host's callable, or a bar."""

from __future__ import annotations

import sys
from typing import Callable, Optional, Union

# What a `progress=` parameter takes: a callable(done, total), True for a bar on stderr, or None/False for none.
ProgressArgument = Union[bool, Callable[[int, int], None], None]


class Progress:
    """Reports `done` of `total` to the host's callable, or draws a bar: tqdm's when tqdm is installed, otherwise
    one line on stderr rewritten in place. An exception raised by the host's callable is kept and raised again once
    the call is over (a ctypes callback cannot raise into the library)."""

    def __init__(self, progress: ProgressArgument, unit: str = "files"):
        self.error: Optional[BaseException] = None
        self._bar = None
        self._unit = unit
        self._line = False
        if progress is None or progress is False:
            self._report: Optional[Callable[[int, int], None]] = None
        elif progress is True:
            self._report = self._draw
        elif callable(progress):
            self._report = progress
        else:
            raise TypeError(f"progress must be a callable(done, total), True or None, got {type(progress).__name__}")

    @property
    def wanted(self) -> bool:
        return self._report is not None

    def __call__(self, done: int, total: int) -> None:
        if self._report is None or self.error is not None:
            return
        try:
            self._report(done, total)
        except BaseException as error:  # kept for raise_pending, including KeyboardInterrupt
            self.error = error

    def _draw(self, done: int, total: int) -> None:
        if self._bar is None and not self._line:
            try:
                from tqdm import tqdm
            except ImportError:
                self._line = True
            else:
                self._bar = tqdm(total=total, unit=f" {self._unit}", file=sys.stderr)
        if self._bar is not None:
            self._bar.update(done - self._bar.n)
        else:
            sys.stderr.write(f"\r{done}/{total} {self._unit}")
            sys.stderr.flush()

    def close(self) -> None:
        """Ends the bar (if any) and raises what the host's callable raised."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self._line:
            sys.stderr.write("\n")
            self._line = False
        if self.error is not None:
            error, self.error = self.error, None
            raise error
