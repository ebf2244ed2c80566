"""Refusing an over-limit document costs no JSON tree: the limits are checked in one pass over the bytes before
jansson parses them. Each hostile document is refused in a fresh process whose peak RSS is compared with the
document's size (before the pre-scan, the first of them cost 1.29 GB)."""

import json
import os
import subprocess
import sys

import pytest

from conftest import HERE

PROBE = r"""
import json, sys
sys.path[:0] = sys.argv[2:]
import impactkit
with open(sys.argv[1], "rb") as file:
    document = file.read()
def peak_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
# Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS, so the figure is the library's own
# peak, not the one Python reached while reading the file.
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")
before = peak_kib()
try:
    impactkit.loads(document)
    refused = None
except impactkit.ImpactKitError as error:
    refused = error.symbol
print(json.dumps({"refused": refused, "size": len(document), "before_kib": before, "after_kib": peak_kib()}))
"""

# Each document is built here and read from a file by the probe, so that only the library's own work (and not
# Python's building of the text, which raises the peak first) shows in the difference.
CASES = {
    "empty-objects": lambda: ("[" + "{},"*(16*1024*1024 // 3 - 2) + "{}]").encode(),
    "placements": lambda: json.dumps({"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim",
        "placements": [{"id": "p%d" % i, "card": "act.workshop", "domain": "partners", "field": "activity"}
                       for i in range(150_000)]}).encode(),
    "long-string": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "template": "lim", "title": "'
                            + "x" * (15 * 1024 * 1024) + '"}').encode(),
    # Issue 37, item 3: within every per-container limit, but a tree many times the size (1.2 GB before).
    "arrays-of-empty-objects": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim", "x": ['
        + ",".join(["[" + ",".join(["{}"] * 99_999) + "]"] * 55) + "]}").encode(),
    "arrays-of-numbers": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim", "x": ['
        + ",".join(["[" + ",".join(["0"] * 99_999) + "]"] * 80) + "]}").encode(),
    "arrays-of-empty-strings": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim", "x": ['
        + ",".join(["[" + ",".join(['""'] * 99_999) + "]"] * 55) + "]}").encode(),
}


def probe(document: bytes, tmp_path) -> tuple[dict, int, int]:
    """Opens `document` in a fresh process (PROBE); its figures, the peak RSS growth and the size, in bytes."""
    # The probe imports the package under test: the source tree, or the installed wheel (IMPACTKIT_TEST_INSTALLED).
    package = [] if os.environ.get("IMPACTKIT_TEST_INSTALLED") else [str(HERE.parent)]
    path = tmp_path / "document.json"
    path.write_bytes(document)
    result = subprocess.run([sys.executable, "-c", PROBE, str(path), *package],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    return figures, (figures["after_kib"] - figures["before_kib"]) * 1024, figures["size"]


@pytest.mark.parametrize("case", ["empty-objects", "placements", "long-string", "arrays-of-empty-objects",
                                  "arrays-of-numbers", "arrays-of-empty-strings"])
def test_refusing_a_hostile_document_costs_about_its_size(case, tmp_path):
    figures, grown, size = probe(CASES[case](), tmp_path)
    assert figures["refused"] == "IK_ELIMIT", figures
    print(f"{case}: {size / 2**20:.1f} MiB refused, peak RSS grew {grown / 2**20:.1f} MiB ({grown / size:.2f}x)")
    # The binding copies the bytes once for the call; the library reads them in place and builds nothing.
    assert grown <= 2 * size, f"refusing {size} bytes grew the peak RSS by {grown} bytes"


# Documents within every limit, as large and as dense as a reader may get them.
ACCEPTED = {
    "canvas-of-99999-placements": lambda: json.dumps({"schema": "impactkit/canvas/1", "id": "c", "title": "t",
        "template": "lim", "placements": [{"id": "p%d" % i, "card": "act.workshop", "domain": "partners",
        "field": "activity", "note": "n"} for i in range(99_999)]}).encode(),
    "dense-unknown-member": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim", "x": ['
        + ",".join(["[" + ",".join(['"abcdefghijk"'] * 99_999) + "]"] * 11) + "]}").encode(),
    # Small objects, as many as the budget lets through: the densest tree a reader accepts.
    "small-objects-under-the-budget": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim", "x": ['
        + ",".join(["[" + ",".join(['{"abcdefghijklmn":"opqrstuvw"}'] * 99_999) + "]"] * 5) + "]}").encode(),
}


@pytest.mark.parametrize("case", ["canvas-of-99999-placements", "dense-unknown-member", "small-objects-under-the-budget"])
def test_reading_a_document_within_the_limits_costs_at_most_16_times_its_size(case, tmp_path):
    """Issue 37, item 3: the goal is a peak of at most 16× the document's size for any document the limits accept
    (a floor of 4 MiB aside); the prescan refuses one whose tree would be larger, before it exists."""
    figures, grown, size = probe(ACCEPTED[case](), tmp_path)
    assert figures["refused"] is None, figures
    print(f"{case}: {size / 2**20:.1f} MiB read, peak RSS grew {grown / 2**20:.1f} MiB ({grown / size:.2f}x)")
    assert grown <= 16 * size + (4 << 20), f"reading {size} bytes grew the peak RSS by {grown} bytes"
