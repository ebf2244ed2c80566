#!/usr/bin/env python3
"""Generates docs/json-reference.md from the JSON Schemas in schema/ (so the reference cannot drift from them).
Usage: schema_doc.py [--check]   (--check: exit 1 if docs/json-reference.md is not what this would write)"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["canvas.schema.json", "template.schema.json", "journey.schema.json", "canvas-report.schema.json", "comparison.schema.json", "journey-report.schema.json", "cohort-report.schema.json", "questions.schema.json", "document-kinds.schema.json", "changelog.schema.json", "changelog-report.schema.json", "sroi-sensitivity.schema.json", "kirkpatrick.schema.json", "kirkpatrick-report.schema.json", "actiescan.schema.json", "actiescan-report.schema.json", "actiescan-comparison.schema.json", "fasemodel.schema.json", "fasemodel-report.schema.json", "lin.schema.json", "lin-report.schema.json", "factsheet.schema.json", "factsheet-report.schema.json", "iwp.schema.json", "iwp-report.schema.json", "xapi-settings.schema.json", "ob3-settings.schema.json", "ob3-export.schema.json", "sroi-assurance-settings.schema.json", "sroi-assurance.schema.json", "operations.schema.json", "journey-operations.schema.json", "merge-report.schema.json"]


def type_of(spec: dict, defs: dict) -> str:
    if "$ref" in spec:
        ref = spec["$ref"]
        if ref.startswith("#/$defs/"):
            return type_of(defs[ref.split("/")[-1]], defs)
        return f"document ({ref.replace('.schema.json', '')})"
    # Values as JSON writes them: a null in an enum is `null`, not Python's "None".
    if "const" in spec:
        return f"`{json.dumps(spec['const'], ensure_ascii=False)}`"
    if "enum" in spec:
        return " \\| ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in spec["enum"])
    if "oneOf" in spec and "type" not in spec:
        # Every alternative, also those given only as an enum or a const (e.g. a phase id or null).
        options = [o for o in spec["oneOf"] if any(k in o for k in ("type", "$ref", "enum", "const"))]
        return " or ".join(type_of(option, defs) for option in options) or "see schema"
    kind = spec.get("type", "any")
    if isinstance(kind, list):
        kind = " or ".join(kind)
    if kind == "array" and "items" in spec:
        return f"array of {type_of(spec['items'], defs)}"
    if kind == "string" and "pattern" in spec:
        # A "|" would end the Markdown table cell, inside code spans too.
        return "string matching `" + spec["pattern"].replace("|", "\\|") + "`"
    return kind


def rows(spec: dict, defs: dict, prefix: str, out: list) -> None:
    required = set(spec.get("required", []))
    for name, member in spec.get("properties", {}).items():
        resolved = member
        if "$ref" in member and member["$ref"].startswith("#/$defs/"):
            resolved = defs[member["$ref"].split("/")[-1]]
        description = member.get("description", resolved.get("description", ""))
        out.append(f"| `{prefix}{name}` | {type_of(member, defs)} | {'yes' if name in required else ''} | {description} |")
        if resolved.get("type") in ("object", ["object", "null"]) and "properties" in resolved:
            rows(resolved, defs, f"{prefix}{name}.", out)
        items = resolved.get("items")
        if isinstance(items, dict):
            if "$ref" in items and items["$ref"].startswith("#/$defs/"):
                items = defs[items["$ref"].split("/")[-1]]
            if "properties" in items:
                rows(items, defs, f"{prefix}{name}[].", out)


def render() -> str:
    lines = ["# JSON document reference", "",
             "Generated from `schema/*.schema.json` by `scripts/schema_doc.py`; `make test` checks it is current.",
             "Every document names its type and version in `schema`. Readers keep members they do not know and write",
             "them back unchanged, after the known members.", ""]
    for name in ORDER:
        schema = json.loads((ROOT / "schema" / name).read_text())
        defs = schema.get("$defs", {})
        lines += [f"## {schema['title']}", "", f"Schema file: `schema/{name}`.", ""]
        if "description" in schema:
            lines += [schema["description"], ""]
        lines += ["| member | type | required | notes |", "| --- | --- | --- | --- |"]
        rows(schema, defs, "", lines)
        # A list of alternatives (the operations): each alternative's members under its own name.
        for alternative in schema.get("items", {}).get("oneOf", []):
            op = alternative.get("properties", {}).get("op", {}).get("const", "")
            lines.append(f"| `[op={op}]` | object |  | {alternative.get('description', '')} |")
            rows({**alternative, "properties": {k: v for k, v in alternative.get("properties", {}).items() if k != "op"}},
                 defs, f"[op={op}].", lines)
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    target = ROOT / "docs" / "json-reference.md"
    text = render()
    unlisted = sorted(p.name for p in (ROOT / "schema").glob("*.schema.json") if p.name not in ORDER)
    if unlisted:
        print("schema files not listed in scripts/schema_doc.py ORDER: " + ", ".join(unlisted))
        sys.exit(1)
    if "--check" in sys.argv:
        if not target.exists() or target.read_text() != text:
            print("docs/json-reference.md is out of date: run python3 scripts/schema_doc.py")
            sys.exit(1)
        print("json reference: 1 passed, 0 failed")
    else:
        target.write_text(text)
