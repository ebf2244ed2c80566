"""Usage: memcheck_filter.py LOG [LABEL]. Reads a valgrind memcheck log and fails on any error or definite leak whose stack passes through ImpactKit or
jansson. Interpreters (CPython, PHP) report their own false positives and leaks under valgrind (uninitialised reads in its integer code, AVX2
over-reads in memcmp), so errors are judged by where they happen, not counted wholesale."""

import re
import sys

OURS = re.compile(r"libimpactkit|libjansson|\bik_")
ERROR_HEAD = re.compile(
    r"^==\d+== (Invalid |Conditional jump|Use of uninitialised|Syscall param|Mismatched free|"
    r"Source and destination overlap|.*definitely lost in loss record)"
)
SEPARATOR = re.compile(r"^==\d+==\s*$")


def blocks(lines):
    block = []
    for line in lines:
        if SEPARATOR.match(line):
            if block:
                yield block
            block = []
        else:
            block.append(line.rstrip("\n"))
    if block:
        yield block


def main(path: str, label: str) -> int:
    with open(path, errors="replace") as log:
        lines = log.readlines()
    ours = [b for b in blocks(lines) if ERROR_HEAD.match(b[0]) and any(OURS.search(line) for line in b)]
    for block in ours:
        print("\n".join(block), file=sys.stderr)
    summary = next((line.split("==")[-1].strip() for line in lines if "definitely lost:" in line), "no leak summary")
    print(f"memcheck ({label}): {len(ours)} errors or definite leaks through ImpactKit/jansson "
          f"(whole interpreter: {summary})")
    print(f"memcheck: {0 if ours else 1} passed, {1 if ours else 0} failed")
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "tests"))
