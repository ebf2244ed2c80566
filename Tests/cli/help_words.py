#!/usr/bin/env python3
"""Every option's and argument's help in Sources/impact goes through helpText("…") and has its Dutch entry in
Sources/impact/OptionHelp.swift; no entry is left over. Exit 1 with what is missing."""
import re
import sys
from pathlib import Path

sources = Path(__file__).resolve().parents[2] / "Sources" / "impact"
literal = r'"((?:[^"\\]|\\.)*)"'
table = (sources / "OptionHelp.swift").read_text()
entries = re.findall(r"\(\s*" + literal + r",\s*" + literal + r"\s*\)", table)
english = {e for e, _ in entries}
used, bare = set(), []
for path in sorted(sources.glob("*.swift")):
    if path.name == "OptionHelp.swift":
        continue
    text = path.read_text()
    used.update(re.findall(r"helpText\(\s*" + literal, text))
    bare += [f"{path.name}: {m}" for m in re.findall(r"help:\s*(?:ArgumentHelp\(\s*)?" + literal, text)]
problems = [f"no Dutch help for: {text}" for text in sorted(used - english)]
problems += [f"Dutch help nothing uses: {text}" for text in sorted(english - used)]
problems += [f"help not through helpText: {where}" for where in bare]
problems += [f"Dutch help same as English: {e}" for e, d in entries if e == d]
for problem in problems:
    print(problem)
print(f"option help: {len(used)} texts, {len(problems)} without their Dutch")
sys.exit(1 if problems else 0)
