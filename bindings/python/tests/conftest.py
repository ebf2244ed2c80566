import json
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if os.environ.get("IMPACTKIT_TEST_INSTALLED"):
    # The suite against an installed package (a wheel in a fresh venv): never the checkout's copy.
    import impactkit

    assert not Path(impactkit.__file__).resolve().is_relative_to(HERE.parent), impactkit.__file__
else:
    sys.path.insert(0, str(HERE.parent))  # the package from this checkout, with the library copied beside it

ROOT = HERE.parents[2]
DATA = ROOT / "examples" / "data"
SCHEMA = ROOT / "schema"
HEADER = ROOT / "include" / "impactkit.h"


def header_version() -> str:
    """IK_VERSION_STRING from impactkit.h: the one source of the version."""
    import re

    return re.search(r'#define IK_VERSION_STRING "([^"]+)"', HEADER.read_text()).group(1)


@pytest.fixture
def week5_text() -> str:
    return (DATA / "pzw-bottendaal-week5.json").read_text(encoding="utf-8")


@pytest.fixture
def schema_validator():
    """A validator factory for ImpactKit's schema files, resolving their references to each other."""
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource

    resources = []
    for path in SCHEMA.glob("*.schema.json"):
        document = json.loads(path.read_text())
        resources.append((document["$id"], Resource.from_contents(document)))
    registry = Registry().with_resources(resources)

    def make(name: str):
        schema = json.loads((SCHEMA / name).read_text())
        Draft202012Validator.check_schema(schema)
        return Draft202012Validator(schema, registry=registry)

    return make
