#!/usr/bin/env python3
"""Declarations that were public in the last release and are package-internal now (swift-api-digester's blind spot).

The digester dumps `package` declarations too, marked "isInternal", and does not count public -> package as a
break, so 1.3's move of JSONWriter & co. to package passed `make api-test` while the 1.2 Swift guide's own
`JSONWriter.string(…)` stopped compiling. Usage: api-access-check.py RELEASE_DUMP CURRENT_DUMP (-dump-sdk JSON).
"""
import json
import sys


def declarations(node, parents=()):
    """Every declaration with a USR, with the names of the declarations it sits in."""
    for child in node.get("children", []):
        path = parents + (child.get("printedName", child.get("name", "?")),)
        if "usr" in child and child.get("kind") not in ("TypeNominal", "TypeFunc", "TypeNameAlias"):
            yield child, path
        yield from declarations(child, path)


def main(release_path, current_path):
    release = json.load(open(release_path, encoding="utf-8"))["ABIRoot"]
    current = json.load(open(current_path, encoding="utf-8"))["ABIRoot"]
    internal_now = {node["usr"] for node, _ in declarations(current) if node.get("isInternal")}
    demoted = sorted(
        ".".join(path)
        for node, path in declarations(release)
        if not node.get("isInternal") and node["usr"] in internal_now
    )
    for name in demoted:
        print(f"API breakage: {name} was public and is package-internal now")
    return 1 if demoted else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
