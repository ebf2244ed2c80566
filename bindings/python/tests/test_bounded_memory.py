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
import json, resource, sys
sys.path[:0] = sys.argv[2:]
import impactkit
document = {cases}[sys.argv[1]]()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    impactkit.open(document)
    print(json.dumps({{"refused": None}}))
except impactkit.ImpactKitError as error:
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({{"refused": error.symbol, "size": len(document), "before_kib": before, "after_kib": after}}))
"""

# Each builds its document in the probe process, so that only the library's own work shows in the difference.
CASES = """{
    "empty-objects": lambda: ("[" + "{},"*(16*1024*1024 // 3 - 2) + "{}]").encode(),
    "placements": lambda: json.dumps({"schema": "impactkit/canvas/1", "id": "c", "title": "t", "template": "lim",
        "placements": [{"id": "p%d" % i, "card": "act.workshop", "domain": "partners", "field": "activity"}
                       for i in range(150_000)]}).encode(),
    "long-string": lambda: ('{"schema": "impactkit/canvas/1", "id": "c", "template": "lim", "title": "'
                            + "x" * (15 * 1024 * 1024) + '"}').encode(),
}"""


@pytest.mark.parametrize("case", ["empty-objects", "placements", "long-string"])
def test_refusing_a_hostile_document_costs_about_its_size(case):
    # The probe imports the package under test: the source tree, or the installed wheel (IMPACTKIT_TEST_INSTALLED).
    package = [] if os.environ.get("IMPACTKIT_TEST_INSTALLED") else [str(HERE.parent)]
    result = subprocess.run([sys.executable, "-c", PROBE.format(cases=CASES), case, *package],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["refused"] == "IK_ELIMIT", figures
    grown = (figures["after_kib"] - figures["before_kib"]) * 1024
    size = figures["size"]
    print(f"{case}: {size / 2**20:.1f} MiB refused, peak RSS grew {grown / 2**20:.1f} MiB ({grown / size:.2f}x)")
    # The binding copies the bytes once for the call; the library reads them in place and builds nothing.
    assert grown <= 2 * size, f"refusing {size} bytes grew the peak RSS by {grown} bytes"
