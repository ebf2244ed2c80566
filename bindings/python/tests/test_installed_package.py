"""What the installed wheel carries besides the code (run by make wheel-test against the wheel)."""

import os
from pathlib import Path

import pytest

import impactkit

INSTALLED = bool(os.environ.get("IMPACTKIT_TEST_INSTALLED"))


@pytest.mark.skipif(not INSTALLED, reason="checks the installed wheel (make wheel-test)")
def test_the_wheel_carries_the_licence_with_janssons_notice():
    licence = (Path(impactkit.__file__).parent / "LICENSE").read_text()
    assert licence.startswith("MIT License") and "jansson" in licence and "Petri Lehtinen" in licence


def test_the_examples_the_readme_loads_are_there():
    """The README's first lines load an example: it must be in what the user has (a wheel, or the checkout)."""
    import impactkit

    names = impactkit.examples.names()
    assert "pzw-bottendaal-week5.json" in names and "instruments/lin-plan.json" in names
    with impactkit.load(impactkit.examples.path("pzw-bottendaal-week5.json")) as doc:
        assert "Samen gezond in Bottendaal" in doc.report_text("nl")
    if os.environ.get("IMPACTKIT_TEST_INSTALLED"):
        assert "site-packages" in str(impactkit.examples.folder())  # from the wheel, not the checkout
    with pytest.raises(FileNotFoundError):
        impactkit.examples.path("../../etc/passwd")
