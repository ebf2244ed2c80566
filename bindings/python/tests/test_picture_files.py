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
