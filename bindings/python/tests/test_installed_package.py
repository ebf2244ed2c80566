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
