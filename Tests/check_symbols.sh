#!/usr/bin/env bash
# Every global symbol the shipped library exports is an ik_* function declared in the header, and every function
# the header declares is exported. Runs on the release build, where non-public exports would have vanished.
set -euo pipefail
lib=$1
header=$2
exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[A-Z]$/ && $2 != "A" {print $3}' | sed 's/@.*//' | sort -u)
declared=$(sed 's/^IK_EXPERIMENTAL //' "$header" | grep -oE '^[a-z_ ]+[ *]+(ik_[a-z0-9_]+)\(' | grep -oE 'ik_[a-z0-9_]+' | sort -u)
stray=$(comm -23 <(echo "$exported") <(echo "$declared"))
missing=$(comm -13 <(echo "$exported") <(echo "$declared"))
status=0
[ -z "$stray" ] || { echo "exported but not declared in $header:"; echo "$stray"; status=1; }
[ -z "$missing" ] || { echo "declared in $header but not exported:"; echo "$missing"; status=1; }
# Self-contained: no Swift runtime libraries needed at run time, and a SONAME for packagers.
if readelf -d "$lib" | grep NEEDED | grep -q libswift; then
    echo "links Swift runtime libraries dynamically (build with -static-stdlib):"; readelf -d "$lib" | grep NEEDED; status=1
fi
# Never unloaded (Makefile: -z nodelete): PHP dlcloses its FFI library after every request, and mapping the Swift
# runtime again cost ~1 ms a page view; unloading a Swift runtime is not safe anyway.
readelf -d "$lib" | grep -q 'FLAGS_1.*NODELETE' || { echo "not marked NODELETE (link with -z nodelete)"; status=1; }
# The glibc floor the README states (2.34: Debian 12, Ubuntu 22.04, RHEL 9): no symbol needs a newer one. The Glibc
# Swift overlay once pulled in hypotf@GLIBC_2.35 this way (Sources/CHost says why it is not used).
floor=2.34
newest=$(objdump -T "$lib" | grep -oE 'GLIBC_[0-9]+\.[0-9]+' | sed 's/GLIBC_//' | sort -V | tail -1)
if [ "$(printf '%s\n%s\n' "$newest" "$floor" | sort -V | tail -1)" != "$floor" ]; then
    echo "needs glibc $newest, above the stated floor $floor:"; objdump -T "$lib" | grep -E "GLIBC_$newest"; status=1
fi
# The SONAME follows the header's major version; every ik_ symbol carries its version node of
# scripts/impactkit.map: the names a later node lists carry that node, every other one the first node (1.0).
major=$(sed -n 's/^#define IK_VERSION_MAJOR \([0-9]*\)/\1/p' "$header")
readelf -d "$lib" | grep -q "SONAME.*libimpactkit.so.$major\]" || { echo "no SONAME libimpactkit.so.$major"; status=1; }
map="$(dirname "$0")/../scripts/impactkit.map"
# Every name listed after a node's "global:" (on that line or the lines below it, up to "local:" or "}").
expected=$(awk '/^IMPACTKIT_[0-9.]* \{/ {node=$1; listing=0} /^[ \t]*(local:|\})/ {listing=0}
    /global:/ {listing=1; sub(/.*global:/, "")}
    listing {for (i = 1; i <= NF; i++) {name=$i; sub(/;$/, "", name); if (name != "ik_*" && name != "") print name "@@" node}}' "$map")
first=$(sed -n 's/^\(IMPACTKIT_[0-9.]*\) {/\1/p' "$map" | head -1)
wrong=$(nm -D --defined-only "$lib" | awk '$3 ~ /^ik_/ {print $3}' | while read -r versioned; do
    name=${versioned%%@*}
    want=$(echo "$expected" | grep "^$name@@" || echo "$name@@$first")
    [ "$versioned" = "$want" ] || echo "$versioned (want $want)"
done)
[ -z "$wrong" ] || { echo "ik_ symbols in the wrong version node:"; echo "$wrong"; status=1; }
count=$(echo "$declared" | wc -l)
if [ $status -eq 0 ]; then echo "symbols: $count passed, 0 failed"; else echo "symbols: 0 passed, 1 failed"; fi
exit $status
