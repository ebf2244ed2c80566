#!/usr/bin/env python3
"""The man page as mdoc expects it: generate-manual puts the command's discussion into DESCRIPTION as one paragraph,
so its ENVIRONMENT block (a heading and indented lines) runs together. This moves that block into its own
`.Sh ENVIRONMENT` section, each variable an `.It Ev` entry, before the page's AUTHORS section."""

import re
import sys

path = sys.argv[1]
page = open(path, encoding="utf-8").read()
block = re.search(r"\nENVIRONMENT\n((?:  \S.*\n)+)", page)
if block is None:
    sys.exit(f"{path}: no ENVIRONMENT block in the description")
entries = []
for line in block.group(1).splitlines():
    names, text = re.match(r"  (\S.*?)\s{2,}(.*)", line).groups()
    entries.append(".It Ev " + " , ".join(name.strip() for name in names.split(",")) + "\n" + text)
section = ".Sh ENVIRONMENT\n.Bl -tag -width Ds\n" + "\n".join(entries) + "\n.El\n"
page = page[:block.start()] + "\n" + page[block.end():]
authors = page.find(".Sh AUTHORS")
page = page[:authors] + section + page[authors:] if authors >= 0 else page + section
open(path, "w", encoding="utf-8").write(page)
