"""PNG and PDF from the SVG pictures (impactkit.pictures): through rsvg-convert (installed by make deps), with the
size asked for, and a clear error when no converter is there."""

import struct

import pytest

import impactkit
from impactkit import pictures
from impactkit.errors import InvalidArgument, NotSupported

from conftest import DATA


def poster():
    return impactkit.load(DATA / "pzw-bottendaal-end.json").render_svg("nl")


def test_png_at_the_width_asked_and_pdf(monkeypatch):
    monkeypatch.delenv("IMPACTKIT_RSVG_CONVERT", raising=False)
    png = pictures.convert(poster(), "png", width=840)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    # The A1 poster is 1680 × 1188: at 840 px wide it is 594 high.
    assert struct.unpack(">II", png[16:24]) == (840, 594)
    assert pictures.convert(poster(), "pdf")[:5] == b"%PDF-"


def test_the_pdf_is_tagged_by_the_library():
    """Since 1.3 (ik_picture_tag_pdf): the PDF is tagged for screen readers, in the picture's language, its
    alternative text the report; the converter's own bytes come first, unchanged."""
    import subprocess

    pdf = pictures.convert(poster(), "pdf")
    assert b"/MarkInfo << /Marked true >> /Lang (nl)" in pdf and b"/S /Figure" in pdf
    assert b"<pdfuaid:part>1</pdfuaid:part>" in pdf
    untagged = subprocess.run(["rsvg-convert", "--format", "pdf"], input=poster().encode(), capture_output=True).stdout
    # The converter's PDF first (its length: it differs only by its creation date), then the update.
    assert pdf.count(b"%%EOF\n") == 2 and pdf.index(b"%%EOF\n") + 6 == len(untagged)


def test_a_pdf_the_library_cannot_tag_is_refused():
    import ctypes

    from impactkit._native import lib
    from impactkit._support import call
    from impactkit.errors import SchemaError, UTF8Error

    out, length = ctypes.c_void_p(), ctypes.c_size_t()
    with pytest.raises(SchemaError):
        call(lib.ik_picture_tag_pdf, b"<svg/>", 6, b"not a pdf", 9, ctypes.byref(out), ctypes.byref(length))
    with pytest.raises(UTF8Error):
        call(lib.ik_picture_tag_pdf, b"\xff", 1, b"%PDF", 4, ctypes.byref(out), ctypes.byref(length))
    with pytest.raises(InvalidArgument, match="out_len must not be NULL"):
        call(lib.ik_picture_tag_pdf, b"<svg/>", 6, b"%PDF", 4, ctypes.byref(out), None)
    assert out.value is None


def test_without_a_converter_it_says_what_to_install(monkeypatch):
    monkeypatch.setenv("IMPACTKIT_RSVG_CONVERT", "/nonexistent/rsvg-convert")
    assert pictures.converter() is None
    with pytest.raises(NotSupported, match="apt install librsvg2-bin"):
        pictures.convert(poster(), "png")


def test_arguments_are_checked():
    with pytest.raises(InvalidArgument):
        pictures.convert(poster(), "gif")
    with pytest.raises(InvalidArgument):
        pictures.convert(poster(), "png", width=3)
    with pytest.raises(InvalidArgument):
        pictures.convert(poster(), "pdf", width=800)
