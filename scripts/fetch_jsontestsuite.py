#!/usr/bin/env python3
"""Fetches JSONTestSuite's test_parsing files (nst/JSONTestSuite, MIT licence: 95 y_, 188 n_, 35 i_) into
build/JSONTestSuite/test_parsing for the conformance tests. GitHub is not reachable from every build machine and
the suite is not packaged on its own, but PyPI carries an exact copy inside the pyjson5 2.0.1 source archive
(third-party/JSONTestSuite); that archive is fetched by its pinned SHA-256 and only the suite is extracted.
Nothing of it is committed. Usage: scripts/fetch_jsontestsuite.py [DEST]"""

import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

URL = ("https://files.pythonhosted.org/packages/f1/9a/3db19560e968d6e85b2a4ddf4b949c6ebf9dd1dcfb5a9f37736f8adeb927/"
       "pyjson5-2.0.1.tar.gz")
SHA256 = "a5b0e322e847b198a50d8a1ef16d6b2b19129644dc018d76773e81ef1487ca39"
PREFIX = "pyjson5-2.0.1/third-party/JSONTestSuite/test_parsing/"
FILES = 318


def main() -> int:
    dest = Path(sys.argv[1] if len(sys.argv) > 1 else "build/JSONTestSuite/test_parsing")
    if dest.is_dir() and len(list(dest.glob("?_*.json"))) == FILES:
        return 0
    print(f"fetch: JSONTestSuite ({FILES} files) from the pyjson5 2.0.1 source archive on PyPI", file=sys.stderr)
    with urllib.request.urlopen(URL, timeout=120) as response:
        archive = response.read()
    digest = hashlib.sha256(archive).hexdigest()
    if digest != SHA256:
        print(f"fetch: {URL} has SHA-256 {digest}, expected {SHA256}", file=sys.stderr)
        return 1
    dest.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            name = member.name[len(PREFIX):]
            if member.isfile() and member.name.startswith(PREFIX) and "/" not in name:
                (dest / name).write_bytes(tar.extractfile(member).read())
                count += 1
    if count != FILES:
        print(f"fetch: found {count} suite files, expected {FILES}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
