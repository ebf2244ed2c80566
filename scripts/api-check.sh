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
echo "api-check: the Swift API adds to $release's and changes nothing a caller's source uses"
