#!/usr/bin/env python3
"""A released version node keeps exactly its functions (the C ABI's side of `make api-test`).

A program linked against 1.x needs `ik_f@IMPACTKIT_1.y`; if a later release lists a new function in a node an
older library already has, a program built against the new one starts on the old one and dies at the call
("undefined symbol") instead of being refused at start ("version IMPACTKIT_1.z not found"). 1.3 nearly shipped
four of its functions in the released node IMPACTKIT_1.2. Each node of the release's map (the first node's
wildcard stands for every header function no later node names) must list the same functions now.
Usage: symbol-nodes-check.py RELEASE_MAP RELEASE_HEADER CURRENT_MAP CURRENT_HEADER
"""
import re
import sys


def nodes(map_text, header_text):
    """{node: set of functions} of a linker version script and the header it exports."""
    map_text = re.sub(r"/\*.*?\*/", "", map_text, flags=re.S)
    found = {}
    for node, body in re.findall(r"(IMPACTKIT_[0-9.]+)\s*\{(.*?)\}", map_text, flags=re.S):
        listed = re.search(r"global:(.*?)(local:|$)", body, flags=re.S).group(1)
        found[node] = {name for name in re.split(r"[\s;]+", listed) if name}
    declared = set(re.findall(r"^(?:IK_EXPERIMENTAL )?[a-z_ ]+[ *]+(ik_[a-z0-9_]+)\(", header_text, flags=re.M))
    first = next(iter(found))
    named = set().union(*(names for node, names in found.items() if node != first))
    found[first] = declared - named
    return found


def main(release_map, release_header, current_map, current_header):
    def read(path):
        return open(path, encoding="utf-8").read()

    release = nodes(read(release_map), read(release_header))
    current = nodes(read(current_map), read(current_header))
    failures = 0
    for node, names in release.items():
        now = current.get(node, set())
        for name in sorted(now - names):
            print(f"{name} is in the released node {node}: a function added since goes in a new node")
            failures += 1
        for name in sorted(names - now):
            print(f"{name} left the released node {node}")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
