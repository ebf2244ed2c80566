#!/usr/bin/env python3
"""Writes bindings/python/impactkit/reports.py: TypedDicts of the main reports, generated from schema/ (one source;
issue 38, item 4), so `mypy --strict` knows `canvas.evaluate()["coverage"]["covered"]` is an int.

    python3 scripts/typeddicts.py           write the module
    python3 scripts/typeddicts.py --check   fail when the module is not what the schemas give (make symbols-test)

Every object with `properties` becomes a TypedDict named after where it sits (CanvasReport, CanvasReportCoverage,
CanvasReportDomainsItem, …), in the functional form because some keys are not Python names ("from",
"work-field-partners"); members the schema does not require are NotRequired; an object with the same members as
one made before is an alias of it (ComparisonImpactAfter = ComparisonImpactBefore). Other JSON Schema keywords map to
Literal (const, enum), list (items), dict[str, …] (additionalProperties with a schema), Optional (a "null" type);
what has no closer Python type is Any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bindings" / "python" / "impactkit" / "reports.py"
# (schema file, the TypedDict's name): the reports `evaluate` and `compare` return.
REPORTS = [
    ("canvas-report.schema.json", "CanvasReport"),
    ("comparison.schema.json", "Comparison"),
    ("journey-report.schema.json", "JourneyReport"),
    ("cohort-report.schema.json", "CohortReport"),
]


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))


class Generator:
    def __init__(self) -> None:
        self.classes: list[str] = []
        self.names: set[str] = set()
        self.shapes: dict[str, str] = {}

    def type_of(self, node: dict, name: str, root: dict, root_name: str) -> str:
        if "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#"):  # another report's schema, e.g. a journey report's comparison
                other = json.loads((ROOT / "schema" / ref).read_text(encoding="utf-8"))
                named = dict(REPORTS)[ref]
                return self.typed_dict(other, named, other, named)
            assert ref.startswith("#/$defs/"), ref
            key = ref[len("#/$defs/"):]
            return self.type_of(root["$defs"][key], root_name + camel(key), root, root_name)
        if "const" in node:
            return f"Literal[{node['const']!r}]"
        if "enum" in node:
            values = [value for value in node["enum"] if value is not None]
            literal = f"Literal[{', '.join(repr(value) for value in values)}]"
            return f"Optional[{literal}]" if None in node["enum"] else literal
        kinds = node.get("type")
        if isinstance(kinds, list):
            present = [kind for kind in kinds if kind != "null"]
            inner = [self.type_of({**node, "type": kind}, name, root, root_name) for kind in present]
            joined = inner[0] if len(inner) == 1 else f"Union[{', '.join(inner)}]"
            return f"Optional[{joined}]" if "null" in kinds else joined
        if kinds == "object" or "properties" in node:
            if "properties" in node:
                return self.typed_dict(node, name, root, root_name)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict):
                return f"dict[str, {self.type_of(extra, name + 'Value', root, root_name)}]"
            return "dict[str, Any]"
        if kinds == "array":
            items = node.get("items")
            return f"list[{self.type_of(items, name + 'Item', root, root_name)}]" if items else "list[Any]"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(kinds, "Any")

    def typed_dict(self, node: dict, name: str, root: dict, root_name: str) -> str:
        if name in self.names:
            return name
        self.names.add(name)
        required = set(node.get("required", []))
        members = []
        for key, schema in node["properties"].items():
            kind = self.type_of(schema, name + camel(key), root, root_name)
            members.append(f"    {key!r}: {kind if key in required else f'NotRequired[{kind}]'},")
        title = node.get("title") or node.get("description", "").split(". ")[0]
        comment = f"# {title[:110]}\n" if title else ""
        body = "\n".join(members)
        if body in self.shapes:  # the same members as one made before (before/after, per field): one type, two names
            self.classes.append(f"{comment}{name} = {self.shapes[body]}\n")
            return name
        self.shapes[body] = name
        self.classes.append(f"{comment}{name} = TypedDict({name!r}, {{\n" + body + "\n})\n")
        return name


def module() -> str:
    generator = Generator()
    for file, name in REPORTS:
        root = json.loads((ROOT / "schema" / file).read_text(encoding="utf-8"))
        generator.typed_dict(root, name, root, name)
    head = '''"""The main reports as TypedDicts, generated from schema/ by scripts/typeddicts.py: do not edit by hand.

`Canvas.evaluate()` returns a CanvasReport, `Journey.evaluate()` a JourneyReport, `Cohort.evaluate()` a CohortReport,
`Canvas.compare()` and `Journey.compare()` a Comparison: plain dicts at run time, typed for mypy and editors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Optional, TypedDict, Union

if TYPE_CHECKING:  # NotRequired is typing's from 3.11; only type checkers read it here
    from typing_extensions import NotRequired
else:
    NotRequired = Optional

__all__ = [%s]

''' % ", ".join(repr(name) for _, name in REPORTS)
    return head + "\n\n".join(generator.classes)


def main() -> int:
    text = module()
    if sys.argv[1:] == ["--check"]:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is not what schema/ gives: run python3 scripts/typeddicts.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
