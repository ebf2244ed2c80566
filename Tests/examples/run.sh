#!/usr/bin/env bash
# The examples as a user runs them (make examples-test): the C portfolio export, the Python cohort report, the PHP
# portfolio artefact, the README's C program exactly as written, and the Swift app. Run from the repository root
# after `make stage`; EXAMPLES_CC, SWIFT and STAGE (absolute) come from the Makefile. The C compiler is not named
# CC here: SwiftPM reads CC from the environment for the package's C targets, and gcc does not take clang's flags.
set -euo pipefail
C_COMPILER=${EXAMPLES_CC:-cc}
SWIFT=${SWIFT:-swift}
STAGE=${STAGE:-$(pwd)/build/stage}
LIBNAME=libimpactkit.so
set -x
rm -rf build/examples && mkdir -p build/examples/c build/examples/php
cp -P $STAGE/lib/$LIBNAME* bindings/python/impactkit/
mkdir -p bindings/php/lib && cp -P $STAGE/lib/$LIBNAME* bindings/php/lib/
$C_COMPILER -std=c99 -Wall -Wextra -Werror -o build/examples/portfolio_export examples/c/portfolio_export.c \
    $(PKG_CONFIG_PATH=$STAGE/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$STAGE/lib
IMPACTKIT_PSEUDONYM_SALT=example-salt-keep-it-secret ./build/examples/portfolio_export examples/data/pzw-bottendaal-end.json build/examples/c nl
cmp build/examples/c/canvas.json examples/data/pzw-bottendaal-end.json
grep -q '"cards": 21' build/examples/c/report.json
grep -q 'Gedekt: 5 van 5 domeinen; 21 kaarten.' build/examples/c/summary.txt
python3 -c 'import hashlib,json,sys; s=json.load(open(sys.argv[1])); p=open(sys.argv[2],"rb").read(); a=s[0]["attachments"][0]; assert a["sha2"] == hashlib.sha256(p).hexdigest() and a["length"] == len(p), a' \
    build/examples/c/statements.json build/examples/c/poster.svg
python3 -c 'import email.parser,email.policy,sys; d=sys.argv[1]; m=email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(b"Content-Type: "+open(d+"/request.content-type","rb").read()+b"\r\n\r\n"+open(d+"/request.multipart","rb").read()); p=list(m.iter_parts()); assert [x.get_content_type() for x in p] == ["application/json","image/svg+xml"] and p[1].get_payload(decode=True) == open(d+"/poster.svg","rb").read()' build/examples/c
if grep -q "Sanne de Vries" build/examples/c/statements.json; then echo "statements name a student"; exit 1; fi
if ./build/examples/portfolio_export examples/data/pzw-bottendaal-end.json build/examples/c nl 2> build/examples/err.txt; then \
    echo "portfolio_export named students without a salt"; exit 1; fi
grep -q 'to_xapi: IK_EINVAL: .* (at /pseudonym_salt)' build/examples/err.txt
if IMPACTKIT_PSEUDONYM_SALT=example-salt-keep-it-secret ./build/examples/portfolio_export examples/data/pzw-bottendaal-end.json build/examples/c nl 'javascript:x' 2> build/examples/err.txt; then \
    echo "portfolio_export accepted a bad platform URL"; exit 1; fi
grep -q 'to_xapi: IK_EINVAL: .* (at /homepage)' build/examples/err.txt
PYTHONPATH=bindings/python python3 examples/python/cohort_report.py Tests/data/cohort --lang nl \
    > build/examples/cohort.txt 2> build/examples/cohort-err.txt
grep -q 'Groep 4 (Dukenburg) \[few-results\]: Geen opbrengstkaarten bij Week 5.' build/examples/cohort.txt
grep -qE 'Combineren van verschillende kennis +1 \( 25%\) +1 \( 25%\) +1 \( 25%\) +1/4' build/examples/cohort.txt
grep -q '  Interprofessioneel samenwerken: 2 stukken bewijs bij Week 5, Einde semester' build/examples/cohort.txt
grep -q 'g5-broken.json: IK_EJSON' build/examples/cohort-err.txt
php examples/php/portfolio_artefact.php examples/data/pzw-bottendaal-week5.json build/examples/php en
php -r '$m = json_decode(file_get_contents("build/examples/php/artefact.json"), true); exit($m["title"] === "Samen gezond in Bottendaal (Week 5)" && count($m["authors"]) === 7 ? 0 : 1);'
cmp build/examples/php/canvas.json examples/data/pzw-bottendaal-week5.json
# A privacy deletion: s1's answer and team entry go, their card stays the team's, a plugin's empty object stays one.
python3 -c 'import json; c = json.load(open("Tests/data/credentials/journey-with-authors.json"))["moments"][-1]; c["placements"][0]["x-cmid"] = {}; json.dump(c, open("build/examples/php/team.json", "w"))'
php examples/php/forget_member.php build/examples/php/team.json s1 build/examples/php/forgotten.json > build/examples/php/forget.txt
grep -qx 'build/examples/php/forgotten.json: 1 placements, 1 answers of s1; now 20 unattributed placements, 6 members counted' build/examples/php/forget.txt
python3 -c 'import json; a = json.load(open("build/examples/php/team.json")); b = json.load(open("build/examples/php/forgotten.json")); assert "s1" not in json.dumps(b) and b["placements"][0]["x-cmid"] == {} and [p["id"] for p in a["placements"]] == [p["id"] for p in b["placements"]] and len(b["reflections"]) == len(a["reflections"]) - 1, b'
# The README's first example (Python), run exactly as written in a scratch folder.
mkdir -p build/examples/readme-python
sed -n '/^```python$/,/^```$/p' README.md | sed '1d' | sed '/^```$/,$d' > build/examples/readme.py
(cd build/examples/readme-python && PYTHONPATH="$OLDPWD/bindings/python" python3 ../readme.py > ../readme-python.txt)
grep -q "^\['target-group'\] \['partners', 'complexity', 'interprofessional', 'knowledge'\]$" build/examples/readme-python.txt
grep -q "^Betrokkenheid bij de doelgroep  *1  *1  *1  *3  *100%  *gedekt$" build/examples/readme-python.txt
grep -q "^<svg" build/examples/readme-python/poster.svg
# The README's C program, compiled and run exactly as written.
sed -n '/^\*\*C\*\* (`cc app.c/,/^```$/p' README.md | sed '1,2d;$d' > build/examples/readme.c
$C_COMPILER -std=c99 -Wall -Wextra -Werror -o build/examples/readme build/examples/readme.c \
    $(PKG_CONFIG_PATH=$STAGE/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$STAGE/lib
./build/examples/readme | grep -q 'IK_EINVAL: result cards go in the result field, not in place (at /field)'
./build/examples/readme | grep -q 'Gedekt: 0 van 5 domeinen; 2 kaarten.'
$SWIFT package --package-path examples/swift describe > /dev/null   # the app's manifest resolves
$SWIFT build --product canvas-example
$($SWIFT build --show-bin-path)/canvas-example > build/examples/swift.txt
grep -q 'round trip: identical' build/examples/swift.txt
grep -q 'refused: IK_EINVAL: result cards go in the result field, not in place (at /field)' build/examples/swift.txt
# An app that depends on ImpactKit as SwiftPM users write it, `from: "1.0.0"` (issue 38, item 2: without tags only
# `branch:` worked). A CI clone may carry no tags, so the check releases this very commit in a scratch clone, tagged
# as the header's version the way releases are tagged (plain versions, no "v"), and requires SwiftPM to pick it.
version=$(sed -n 's/^#define IK_VERSION_STRING "\(.*\)"/\1/p' include/impactkit.h)
app=$(mktemp -d)
git clone -q --no-tags "$PWD" "$app/impactkit"
git -C "$app/impactkit" tag "$version"
mkdir -p "$app/app/Sources/app"
echo 'import ImpactKit' > "$app/app/Sources/app/main.swift"
cat > "$app/app/Package.swift" <<PKG
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "app", dependencies: [.package(url: "file://$app/impactkit", from: "1.0.0")],
    targets: [.executableTarget(name: "app", dependencies: [.product(name: "ImpactKit", package: "impactkit")])])
PKG
$SWIFT package --package-path "$app/app" resolve
grep -q "\"version\" : \"$version\"" "$app/app/Package.resolved"
grep -q "\"revision\" : \"$(git rev-parse HEAD)\"" "$app/app/Package.resolved"
rm -rf "$app"
{ set +x; } 2>/dev/null
echo "examples: 6 passed, 0 failed"
