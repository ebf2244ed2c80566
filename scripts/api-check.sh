#!/usr/bin/env bash
# The Swift API only adds within 1.x, as the C ABI does (Tests/check_symbols.sh): swift-api-digester compares the
# module ImpactKit with the last release's and fails on any removal or change that is not in
# scripts/api-breakage-allowlist.txt (each allowed line says why it breaks no caller's source).
#   scripts/api-check.sh        (make api-test)
set -euo pipefail
cd "$(dirname "$0")/.."
# The last release: its "Version X.Y.Z" commit (this repository keeps no tags; the commit is the release).
baseline=f0f03f97983a759b3c9d3c2b131a68f1483d396c
release=1.2.0
if ! git cat-file -e "$baseline^{commit}" 2>/dev/null; then
    echo "api-check: the $release release commit $baseline is not in this clone (a shallow one?): git fetch --unshallow" >&2
    exit 2
fi
mkdir -p build
grep -v '^#' scripts/api-breakage-allowlist.txt | grep -v '^$' > build/api-breakage-allowlist.txt
swift package diagnose-api-breaking-changes "$baseline" --targets ImpactKit \
    --breakage-allowlist-path build/api-breakage-allowlist.txt
# The digester does not count public -> package as a break (it dumps package declarations too): compare the access
# of every declaration the release had with this tree's, from the same dumps.
modules=$(swift build --show-bin-path)/Modules
swift-api-digester -dump-sdk -module ImpactKit -I "$modules" -I Sources/CJansson -I Sources/JanssonAllocation/include \
    -I Sources/CHost/include -I include -o build/api-current.json
python3 scripts/api-access-check.py "$(dirname "$modules")/../apidiff/$baseline/ImpactKit.json" build/api-current.json
echo "api-check: the Swift API adds to $release's and changes nothing a caller's source uses"
# The C ABI's side: the release's version nodes list the same functions (new ones go in a new node).
git show "$baseline:scripts/impactkit.map" > build/api-release.map
git show "$baseline:include/impactkit.h" > build/api-release.h
python3 scripts/symbol-nodes-check.py build/api-release.map build/api-release.h scripts/impactkit.map include/impactkit.h
echo "api-check: the C ABI's version nodes of $release list the functions they had"
