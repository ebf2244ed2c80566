"""PNG and PDF of ImpactKit's SVG pictures, for hosts that cannot show SVG (some portfolio systems, e-mail).

An optional path, never a dependency: it uses CairoSVG when that package is installed, else librsvg's
`rsvg-convert` when it is on the PATH (Debian: apt install librsvg2-bin), and says what to install when neither is.

    >>> png = impactkit.pictures.convert(canvas.render_svg("nl"), "png", width=1200)   # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Literal, Optional

from .errors import InvalidArgument, NotSupported

Format = Literal["png", "pdf"]


def converter() -> Optional[str]:
    """What `convert` would use: "cairosvg", the path of rsvg-convert ($IMPACTKIT_RSVG_CONVERT first), or None."""
    given = os.environ.get("IMPACTKIT_RSVG_CONVERT")
    if given:
        return given if os.access(given, os.X_OK) else None
    try:
        import cairosvg  # noqa: F401

        return "cairosvg"
    except ImportError:
        return shutil.which("rsvg-convert")


def convert(svg: str, format: Format = "png", *, width: Optional[int] = None) -> bytes:
    """`svg` (as render_svg gives it) as PNG, at its own size or `width` pixels wide, or as a one-page PDF."""
    if format not in ("png", "pdf"):
        raise InvalidArgument(f"format must be 'png' or 'pdf', got {format!r}")
    if width is not None and (not isinstance(width, int) or not 16 <= width <= 20000):
        raise InvalidArgument(f"width must be 16–20000 pixels, got {width!r}")
    if width is not None and format != "png":
        raise InvalidArgument("width is for PNG")
    tool = converter()
    if tool is None:
        raise NotSupported("PNG and PDF need CairoSVG (pip install cairosvg) or rsvg-convert (apt install librsvg2-bin); "
                           "the SVG itself needs nothing")
    data = svg.encode("utf-8")
    if tool == "cairosvg":
        import cairosvg

        if format == "pdf":
            return _tagged(data, cairosvg.svg2pdf(bytestring=data))
        return cairosvg.svg2png(bytestring=data, output_width=width)
    command = [tool, "--format", format] + (["--width", str(width), "--keep-aspect-ratio"] if width else [])
    result = subprocess.run(command, input=data, capture_output=True, timeout=120)
    if result.returncode != 0 or not result.stdout:
        raise NotSupported(f"{tool} could not convert the picture: {result.stderr.decode('utf-8', 'replace').strip()}")
    return _tagged(data, result.stdout) if format == "pdf" else result.stdout


def _tagged(svg: bytes, pdf: bytes) -> bytes:
    """The PDF tagged for screen readers by the library (ik_picture_tag_pdf, PDF/UA-1): one Figure whose
    alternative text is the picture's description, its language and title; the drawing as it was."""
    import ctypes

    from ._native import lib
    from ._support import call

    out, length = ctypes.c_void_p(), ctypes.c_size_t()
    call(lib.ik_picture_tag_pdf, svg, len(svg), pdf, len(pdf), ctypes.byref(out), ctypes.byref(length))
    try:
        return ctypes.string_at(out.value, length.value)
    finally:
        lib.ik_free(out)
