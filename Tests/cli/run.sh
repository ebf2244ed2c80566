#!/usr/bin/env bash
# The impact CLI end to end: the demo reproduces examples/data exactly; every command accepts good files and refuses
# broken ones with the JSON pointer and a non-zero exit; what issue texts promise users appears as they see it.
# Usage (from anywhere): Tests/cli/run.sh — after `swift build --product impact`. Each check runs in a subshell and
# is counted; the last line is "cli: N passed, M failed" and the exit status is 1 when any check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN="$(swift build --show-bin-path)/impact"
[ -x "$BIN" ] || { echo "cli: $BIN not built (swift build --product impact)" >&2; exit 2; }
export BIN
# The CLI speaks the language of the environment when --lang is not given: these checks expect English unless they
# set a language themselves.
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8
passed=0
failed=0

# A check: counted, its output kept out of the way unless it fails.
check() {
    # Without pipefail, as make ran them: `… | grep -q` may close the pipe early and that is not a failure.
    if ( set +o pipefail; eval "$1" ) > build/cli.log 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED: $1" >&2
        sed 's/^/    /' build/cli.log >&2
    fi
}

# A step that prepares files for the checks after it: it must work, or nothing after it means anything.
step() {
    if ! ( set +o pipefail; eval "$1" ); then
        echo "cli: setup failed: $1" >&2
        exit 2
    fi
}

rm -rf build/cli && mkdir -p build/cli
step '"$BIN" demo --output build/cli > build/cli/demo.txt'
check 'diff -r examples/data build/cli --exclude=demo.txt --exclude=pwmi-changelog.json --exclude=instruments'
check '"$BIN" validate examples/data/pzw-bottendaal-week5.json examples/data/pzw-bottendaal-end.json'
check '"$BIN" report examples/data/pzw-bottendaal-week5.json --lang nl | grep -q "Sterkste domein: Betrokkenheid bij de doelgroep"'
step 'sed '\''s/"res.own-learning"/"res.nope"/'\'' examples/data/pzw-bottendaal-week5.json > build/cli/broken.json'
check 'if "$BIN" validate build/cli/broken.json 2> build/cli/err.txt; then echo "validate accepted a broken file"; exit 1; fi'
check 'grep -q '\''IK_ENOTFOUND: unknown card "res.nope" (at /placements/11/card)'\'' build/cli/err.txt'
check '"$BIN" validate examples/data/pzw-bottendaal.journey.json | grep -q "journey: 2 moments, 3 outcomes, 5 pieces of evidence"'
check '"$BIN" compare examples/data/pzw-bottendaal-week5.json examples/data/pzw-bottendaal-end.json --lang nl | grep -q "Van Week 5 naar Einde semester: 9 erbij, 0 weg, 0 verplaatst (12 → 21 kaarten)."'
check '"$BIN" compare examples/data/pzw-bottendaal.journey.json --format json | grep -q '\''"change": -0.119'\'''
check 'if "$BIN" compare examples/data/pzw-bottendaal.journey.json --from "Week 9" 2> build/cli/err.txt; then echo "compare accepted an unknown moment"; exit 1; fi'
check 'grep -q '\''IK_ENOTFOUND: no moment "Week 9" in this journey'\'' build/cli/err.txt'
check '"$BIN" cohort Tests/data/cohort > build/cli/cohort.txt 2> build/cli/cohort-err.txt'
check 'grep -q "Cohort: 4 groups, 7 canvases, 1 skipped." build/cli/cohort.txt'
check 'grep -q "  – No result cards at Week 5." build/cli/cohort.txt'
check 'grep -q "skipped Tests/data/cohort/g5-broken.json: IK_EJSON" build/cli/cohort-err.txt'
check 'if grep -q "files" build/cli/cohort-err.txt; then echo "cohort printed progress into a file"; exit 1; fi'
check 'if command -v script >/dev/null; then script -qc ""$BIN" cohort Tests/data/cohort --format json > build/cli/cohort-tty.json" /dev/null | tr '\''\r'\'' '\''\n'\'' | grep -q "5/5 files" && python3 -m json.tool build/cli/cohort-tty.json > /dev/null || { echo "cohort: no progress on a terminal, or progress mixed into stdout"; exit 1; }; else echo "script(1) not found: terminal progress not checked"; fi'
check 'if "$BIN" cohort Tests/data/cohort --strict > /dev/null 2>&1; then echo "cohort --strict ignored a broken file"; exit 1; fi'
check '"$BIN" cohort Tests/data/cohort --max-empty-domains 3 --format json | python3 -c '\''import json,sys; r=json.load(sys.stdin); assert [a["id"] for a in r["attention"]] == ["g3", "g4"], r["attention"]'\'''
check '"$BIN" questions --variant coaches --format json | grep -q '\''"id": "lim.coaches.adapt"'\'''
check '"$BIN" validate examples/data/pwmi-changelog.json | grep -q "change log: 12 changes, 8 people"'
check '"$BIN" validate --lang nl examples/data/pwmi-changelog.json | grep -q "veranderlog: 12 veranderingen, 8 mensen"'
check '"$BIN" changes report examples/data/pwmi-changelog.json --lang nl | grep -q "58% van de veranderingen gaat over Verbinden (Relating) + Samenwerken (Collaborating)."'
check '"$BIN" changes report examples/data/pwmi-changelog.json --format json | grep -q '\''"ratio": 1.34'\'''
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --parameter discount-rate --values 0,3.5 --format json | grep -q '\''"total_present_value": 14100'\'''
step 'sed '\''s/"sdgs": \[\n        3,/X/; s/"votes": 6/"votes": -6/'\'' examples/data/pwmi-changelog.json > build/cli/bad-changelog.json'
check 'if "$BIN" changes report build/cli/bad-changelog.json 2> build/cli/err.txt; then echo "changes report accepted negative votes"; exit 1; fi'
check 'grep -q '\''IK_ERANGE: votes cannot be negative (-6) (at /changes/9/votes)'\'' build/cli/err.txt'
check '"$BIN" export examples/data/pzw-bottendaal.journey.json --lang nl > build/cli/journey.csv'
check 'python3 -c '\''import csv; rows = list(csv.reader(open("build/cli/journey.csv", newline=""))); assert len(rows) == 34 and rows[0][0] == "canvas", len(rows)'\'''
check '"$BIN" cohort Tests/data/cohort --format csv 2>/dev/null | head -2 | tail -1 | grep -q '\''^target-group,Engagement with the target group,activity,11,4,1.0000,4'\'''
check '"$BIN" render examples/data/pzw-bottendaal.journey.json --view poster --lang nl -o build/cli/canvas.svg'
check 'python3 -c '\''import xml.etree.ElementTree as ET; r = ET.parse("build/cli/canvas.svg").getroot(); assert r.tag.endswith("svg") and len(list(r.iter("{http://www.w3.org/2000/svg}rect"))) == 75'\'''
check '"$BIN" validate examples/data/instruments/*.json | grep -c ": OK (impactkit/" | grep -qx 6'
check '"$BIN" report examples/data/instruments/lin-kirkpatrick.json --as-of 2026-11-23 --lang nl | grep -q "Achterstallig: leerresultaat (niveau 2), gepland op 2026-11-02, 21 dagen geleden."'
check '"$BIN" report examples/data/instruments/lin-plan.json --format json | python3 -c '\''import json,sys; r=json.load(sys.stdin)["investment"]; assert (r["total_hours"], r["cost"]) == (688, 34440), r'\'''
check '"$BIN" report examples/data/instruments/proeftuin-praktijkleren.json | grep -q "of whom 87 retained voor de ouderenzorg (90.6 %)"'
check '"$BIN" actiescan compare examples/data/instruments/lin-actiescan.json --format json | python3 -c '\''import json,sys; r=json.load(sys.stdin); assert r["declined"] == ["retention.students"] and r["weakest_to"] == ["innovation"], r'\'''
check '"$BIN" template lin --lang nl -o build/cli/lin.json'
check '"$BIN" report build/cli/lin.json --lang nl | grep -q "\[x\] 8 studenten boven formatie (minimaal 8)."'
step 'sed '\''s/"position": 4}/"position": 7}/'\'' examples/data/instruments/lin-actiescan.json > build/cli/bad-scan.json'
check 'if "$BIN" report build/cli/bad-scan.json 2> build/cli/err.txt; then echo "report accepted a position off the scale"; exit 1; fi'
check 'grep -q '\''IK_ERANGE: position 7 is off the scale (1…5) (at /scans/0/answers/9/position)'\'' build/cli/err.txt'
check 'if "$BIN" template sroi 2> build/cli/err.txt; then echo "template accepted an unknown kind"; exit 1; fi'
check 'grep -q '\''unknown document type "sroi"'\'' build/cli/err.txt'
check 'IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal.journey.json --format xapi --homepage https://lms.example.org --account "Sanne de Vries=s1234567" --actor members | python3 -c '\''import json,sys; s=json.load(sys.stdin); assert s[0]["actor"]["account"]["name"] == "s1234567" and s[0]["context"]["team"]["objectType"] == "Group", s[0]; assert s[1]["actor"] == {"objectType": "Agent", "account": {"homePage": "https://lms.example.org", "name": "ik-ad5d292138164d1fea16ae15c66ffd9b"}}, s[1]["actor"]'\'''
# A poster named by hash alone in JSON leaves the LRS without its bytes: --format xapi with --attachment needs
# --attachment-url (an xAPI integrator's find: the CLI wrote such statements without a word).
check 'if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --attachment > /dev/null 2> build/cli/err.txt; then exit 1; fi; grep -q "needs --attachment-url (where the poster is served)" build/cli/err.txt'
check 'IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --attachment --attachment-url https://lms.example.org/posters/end.svg | python3 -c '\''import json,sys; s=json.load(sys.stdin); assert s[0]["attachments"][0]["fileUrl"] == "https://lms.example.org/posters/end.svg", s[0]["attachments"]'\'''
check 'if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --attachment-url https://lms.example.org/p.svg > /dev/null 2> build/cli/err.txt; then exit 1; fi; grep -q "^--attachment-url goes with --attachment" build/cli/err.txt'
check 'if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --attachment --attachment-url "ftp://x" > /dev/null 2> build/cli/err.txt; then exit 1; fi; grep -q "not an absolute http(s) IRI" build/cli/err.txt'
check 'if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal.journey.json --format xapi --homepage https://lms.example.org --attachment --attachment-url https://lms.example.org/p.svg > /dev/null 2> build/cli/err.txt; then exit 1; fi; grep -q "a journey has one per moment: use --format xapi-multipart" build/cli/err.txt'
check 'if LANG=nl_NL.UTF-8 IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --attachment > /dev/null 2> build/cli/err.txt; then exit 1; fi; grep -q "heeft --attachment-url nodig (waar de poster te vinden is)" build/cli/err.txt'
check 'if "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org > /dev/null 2> build/cli/err.txt; then echo "xapi export named students without a salt or a choice"; exit 1; fi'
check 'grep -q -- "--pseudonym-salt-file FILE or \$IMPACTKIT_PSEUDONYM_SALT" build/cli/err.txt && grep -q -- "--real-names" build/cli/err.txt'
check 'printf "impactkit-test-salt-0001\n" > build/cli/salt && "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --pseudonym-salt-file build/cli/salt | python3 -c '\''import json,sys,hmac,hashlib; s=json.load(sys.stdin); m=s[0]["actor"]["member"][0]; assert m["account"]["name"] == "ik-" + hmac.new(b"impactkit-test-salt-0001", "Sanne de Vries".encode(), hashlib.sha256).hexdigest()[:32] and "name" not in m, m'\'''
check '"$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --real-names | grep -q "\"name\": \"Sanne de Vries\""'
check 'printf "short" > build/cli/short-salt; if "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --pseudonym-salt-file build/cli/short-salt 2> build/cli/err.txt; then echo "a 5-byte salt accepted"; exit 1; fi; grep -q "got 5" build/cli/err.txt'
check '"$BIN" export examples/data/pzw-bottendaal-end.json --format xapi-multipart --homepage https://lms.example.org --pseudonym-salt-file build/cli/salt -o build/cli/body.bin > build/cli/content-type.txt && python3 -c '\''import email.parser,email.policy,hashlib,json; t=open("build/cli/content-type.txt").read().strip(); m=email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(b"Content-Type: "+t.encode()+b"\r\n\r\n"+open("build/cli/body.bin","rb").read()); p=list(m.iter_parts()); s=json.loads(p[0].get_payload(decode=True)); assert t.startswith("multipart/mixed; boundary=impactkit-") and [x.get_content_type() for x in p] == ["application/json","image/svg+xml"]; assert s[0]["attachments"][0]["sha2"] == p[1]["X-Experience-API-Hash"] == hashlib.sha256(p[1].get_payload(decode=True)).hexdigest()'\'''
check 'if "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi-multipart --homepage https://lms.example.org --real-names > /dev/null 2> build/cli/err.txt; then echo "multipart without -o accepted"; exit 1; fi; grep -q "needs -o FILE" build/cli/err.txt'
check 'if "$BIN" export examples/data/pzw-bottendaal.journey.json --format xapi 2> build/cli/err.txt; then echo "xapi export without --homepage accepted"; exit 1; fi'
check 'grep -q -- "--format xapi needs --homepage" build/cli/err.txt'
# Analytics tables (issue 24): a folder as NDJSON, the unreadable files listed, the salt demanded, Parquet pointed to Python.
check 'rm -rf build/cli/analytics && "$BIN" export examples/data --format ndjson -o build/cli/analytics --pseudonym-salt-file build/cli/salt --institution HvA > build/cli/analytics.txt 2> build/cli/analytics-err.txt && grep -qx "placements: 66" build/cli/analytics.txt && test "$(grep -c IK_ESCHEMA build/cli/analytics-err.txt)" = 3'
check 'python3 -c '\''import json,hmac,hashlib; m=json.load(open("build/cli/analytics/manifest.json")); assert m["schema"] == "impactkit/analytics/1" and m["rows"]["moments"] == 4 and len(m["skipped"]) == 3, m; rows=[json.loads(l) for l in open("build/cli/analytics/moments.ndjson")]; cols=[c["name"] for c in json.load(open("schema/analytics-1.json"))["tables"]["moments"]]; assert all(list(r) == cols for r in rows); assert rows[0]["institution"] == "ik-" + hmac.new(b"impactkit-test-salt-0001", b"institution:HvA", hashlib.sha256).hexdigest()[:32]'\'''
# A misspelt source wrote six empty tables and exited 0 (a data engineer's find): one file that cannot be read is an
# error and nothing is written; a folder's unreadable files are skipped, and --strict then exits 1 (as cohort's).
check 'rm -rf build/cli/nd-missing && if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export build/cli/no-such.json --format ndjson -o build/cli/nd-missing > /dev/null 2> build/cli/err.txt; then exit 1; fi; [ ! -e build/cli/nd-missing ] && grep -q "no-such.json: cannot read the file" build/cli/err.txt'
check 'rm -rf build/cli/nd-strict && IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export Tests/data/cohort --format ndjson -o build/cli/nd-strict > /dev/null 2>&1 && if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export Tests/data/cohort --format ndjson -o build/cli/nd-strict --strict > /dev/null 2>&1; then exit 1; fi; python3 -c '\''import json; m=json.load(open("build/cli/nd-strict/manifest.json")); assert len(m["skipped"]) == 1 and m["rows"]["moments"] == 7, m'\'''
check 'test ! -e build/cli/analytics/moments.ndjson.part'
# A file that holds canvases another file of the export holds (a journey beside its moments' files, a copy) is said on
# stderr and in the manifest: its rows count twice in the warehouse. --strict then exits 1; the tables are written.
check 'python3 -c '\''import json; m=json.load(open("build/cli/analytics/manifest.json")); assert m["counted_twice"] == [{"source": "examples/data/pzw-bottendaal.journey.json", "same_as": ["examples/data/pzw-bottendaal-week5.json", "examples/data/pzw-bottendaal-end.json"]}], m["counted_twice"]; assert json.load(open("build/cli/nd-strict/manifest.json"))["counted_twice"] == []'\'' && grep -q "pzw-bottendaal.journey.json holds canvases or documents also in examples/data/pzw-bottendaal-week5.json, examples/data/pzw-bottendaal-end.json: their rows count twice" build/cli/analytics-err.txt'
check 'rm -rf build/cli/copies build/cli/nd-copies && mkdir -p build/cli/copies && cp examples/data/pzw-bottendaal-end.json build/cli/copies/a.json && cp examples/data/pzw-bottendaal-end.json "build/cli/copies/a (1).json" && cp examples/data/pwmi-changelog.json build/cli/copies/log.json && cp examples/data/pwmi-changelog.json build/cli/copies/log-copy.json && if IMPACTKIT_PSEUDONYM_SALT=impactkit-test-salt-0001 "$BIN" export build/cli/copies --format ndjson -o build/cli/nd-copies --strict --lang nl > /dev/null 2> build/cli/err.txt; then echo "--strict with copies exited 0"; exit 1; fi; grep -q "a.json bevat canvassen of documenten die ook in build/cli/copies/a (1).json staan" build/cli/err.txt && python3 -c '\''import json; m=json.load(open("build/cli/nd-copies/manifest.json")); assert [(c["source"], c["same_as"]) for c in m["counted_twice"]] == [("build/cli/copies/a.json", ["build/cli/copies/a (1).json"]), ("build/cli/copies/log.json", ["build/cli/copies/log-copy.json"])] and m["rows"]["moments"] == 2, m'\'''
# On one thread or three (issue 39, item 2: one pass per document on --jobs threads), the same files byte for byte.
check 'rm -rf build/cli/analytics-j1 build/cli/analytics-j3 && "$BIN" export examples/data --format ndjson -o build/cli/analytics-j1 --pseudonym-salt-file build/cli/salt --institution HvA --jobs 1 > /dev/null 2>&1 && "$BIN" export examples/data --format ndjson -o build/cli/analytics-j3 --pseudonym-salt-file build/cli/salt --institution HvA --jobs 3 > /dev/null 2>&1 && for t in groups moments moment_domains placements changes sroi_outcomes; do cmp build/cli/analytics/$t.ndjson build/cli/analytics-j1/$t.ndjson && cmp build/cli/analytics/$t.ndjson build/cli/analytics-j3/$t.ndjson || exit 1; done && [ -s build/cli/analytics-j3/changes.ndjson ]'
check 'if "$BIN" export examples/data --format ndjson -o build/cli/analytics-j0 --pseudonym-salt-file build/cli/salt --jobs 0 2> build/cli/err.txt; then echo "--jobs 0 accepted"; exit 1; fi; grep -q -- "--jobs must be 1–256" build/cli/err.txt'
# Issue 37, item 7: the tables are written as `save` writes (exclusive temporary, mode kept, fsync, rename): a
# planted link is not followed, a private export stays private, two exports into one folder at once both finish
# with whole tables.
step 'echo "keep me" > build/cli/victim.txt && ln -sf "$PWD/build/cli/victim.txt" build/cli/analytics/moments.ndjson.part && chmod 600 build/cli/analytics/moments.ndjson'
check '"$BIN" export examples/data --format ndjson -o build/cli/analytics --pseudonym-salt-file build/cli/salt > /dev/null 2>&1 && [ "$(cat build/cli/victim.txt)" = "keep me" ] && [ "$(stat -c %a build/cli/analytics/moments.ndjson)" = 600 ] && [ "$(wc -l < build/cli/analytics/moments.ndjson)" = 4 ]'
check 'rm -rf build/cli/twice && for i in 1 2 3; do "$BIN" export examples/data --format ndjson -o build/cli/twice --pseudonym-salt-file build/cli/salt > /dev/null 2>&1 & done; wait; [ "$(wc -l < build/cli/twice/placements.ndjson)" = 66 ] && python3 -c '\''import json; [json.loads(l) for l in open("build/cli/twice/placements.ndjson")]'\'' && [ -z "$(ls -A build/cli/twice | grep -v "ndjson$\|manifest.json$")" ]'
check 'if "$BIN" export examples/data --format ndjson -o build/cli/analytics2 2> build/cli/err.txt; then echo "analytics rows without a salt accepted"; exit 1; fi; grep -q "no group or person by default" build/cli/err.txt'
check 'if "$BIN" export examples/data --format parquet -o x 2> build/cli/err.txt; then echo "parquet accepted"; exit 1; fi; grep -q "python -m impactkit.analytics" build/cli/err.txt'
check 'if "$BIN" export examples/data --format ndjson --real-names 2> build/cli/err.txt; then echo "ndjson without -o accepted"; exit 1; fi; grep -q "needs -o DIR" build/cli/err.txt'
check '"$BIN" render examples/data/pzw-bottendaal.journey.json --view progress --lang nl | grep -q "Kaarten per domein en moment"'
# One verb, one result: `impact changes report` is `impact report` for change logs, dimensions and all.
check 'cmp <("$BIN" report examples/data/pwmi-changelog.json --dimensions being,thinking --lang nl --format json) <("$BIN" changes report examples/data/pwmi-changelog.json --dimensions being,thinking --lang nl --format json) && "$BIN" report examples/data/pwmi-changelog.json --dimensions being,thinking | grep -q "of the changes are about Being + Thinking" && ! "$BIN" changes --help | grep -q "^  report"'
# One verb, one picture: a journey draws its progress by default, as ik_document_render_svg does.
check 'cmp <("$BIN" render examples/data/pzw-bottendaal.journey.json --lang nl) <("$BIN" render examples/data/pzw-bottendaal.journey.json --view progress --lang nl)'
check '{ if "$BIN" render examples/data/instruments/lin-plan.json 2> build/cli/err.txt; then exit 1; fi; } && grep -q "(pictures: canvas, journey, changelog, actiescan)$" build/cli/err.txt'
check '"$BIN" render examples/data/instruments/lin-actiescan.json | grep -c "<polygon" | grep -qx 7'
check '"$BIN" render examples/data/pwmi-changelog.json | grep -q ">4 (33%)</text>"'
check '"$BIN" cohort Tests/data/cohort --format svg 2>/dev/null | grep -q "4 groups, 7 canvases, 1 skipped"'
check '"$BIN" report examples/data/instruments/lin-plan.json --lang nl | grep -qF "[ ] Praktijkopleider: 6 uur per week in week 1–26; 156 van de 208 uur."'
check '"$BIN" report examples/data/instruments/lin-plan.json | grep -qF "With 6 students that does not apply yet. This plan: 4 hours a week in weeks 1–26."'
check '"$BIN" report examples/data/instruments/lin-actiescan.json --lang nl | grep -qF "    alleen in één scan beantwoord: Hoe ziet de uitwisseling tussen de zorg- en onderwijsinstelling eruit?"'
check '"$BIN" report examples/data/pzw-bottendaal-end.json | grep -qF "Weakest domains (tied, 3 cards each): Dealing with complexity, Interprofessional learning, Combining different kinds of knowledge"'
check '"$BIN" changes report examples/data/pwmi-changelog.json --lang nl | grep -qF "  Disconteringsvoet: 3,5%"'
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --parameter attribution --values 50 --outcome o1 --format json | python3 -c '\''import json,sys; r=json.load(sys.stdin); assert (r["outcome"], r["applies_to"], r["base"]["ratio"]) == ("o1", ["o1"], 1.34), r'\'''
check '"$BIN" questions --purpose introduction --lang nl | head -1 | grep -qF "lim.intro.goal  [§7.2 · verwoording van ImpactKit]"'
check '"$BIN" template iwp --lang nl | grep -qF '\''"description": "Elke deelnemer ervaart dat hij/zij deel uitmaakt van een gemeenschap.'\'''
check '"$BIN" report examples/data/instruments/proeftuin-praktijkleren.json --lang nl | grep -qF "Bronnen (N = 6): "'
step '"$BIN" demo --output build/cli/domains > /dev/null'
check '"$BIN" domains build/cli/domains/pzw-bottendaal-week5.json | grep -c "^\* " | grep -qx 5'
check 'if "$BIN" domains build/cli/domains/pzw-bottendaal-week5.json partners 2> build/cli/err.txt; then echo "domains dropped a domain that holds cards"; exit 1; fi'
check 'grep -q '\''IK_EINVAL: placement "p1" lies in domain "target-group", which would no longer be in use'\'' build/cli/err.txt'
step 'printf '\''{"schema": "impactkit/canvas/1", "id": "c", "title": "Nieuw", "template": "lim"}'\'' > build/cli/new-canvas.json'
check '"$BIN" domains build/cli/new-canvas.json partners knowledge -o build/cli/new-canvas.json'
check 'python3 -c '\''import json; c = json.load(open("build/cli/new-canvas.json")); assert (c["variant"], c["domains"]) == ("selected-domains", ["partners", "knowledge"]), c'\'''
check 'if "$BIN" compare examples/data/pwmi-changelog.json 2> build/cli/err.txt; then echo "compare accepted a change log"; exit 1; fi'
check 'grep -qF "one file must be a journey, this is a changelog (impactkit/changelog/1)" build/cli/err.txt'

# Files (issue 19, item 3): a write keeps an existing file's mode, honours the umask for a new one, writes through a
# symbolic link, refuses a FIFO, cleans temporaries a killed run left and says why it failed; a read refuses an
# over-limit file by its size. `format` never writes what reading back would refuse (item 4).
step 'cp build/cli/new-canvas.json build/cli/private.json && chmod 600 build/cli/private.json'
check '"$BIN" domains build/cli/private.json partners -o build/cli/private.json && [ "$(stat -c %a build/cli/private.json)" = 600 ]'
check '(umask 027; "$BIN" template lin -o build/cli/umask.json) && [ "$(stat -c %a build/cli/umask.json)" = 640 ]'
step 'cp build/cli/new-canvas.json build/cli/real.json && ln -sf real.json build/cli/link.json'
check '"$BIN" domains build/cli/link.json knowledge -o build/cli/link.json && [ -L build/cli/link.json ] && grep -q "\"knowledge\"" build/cli/real.json'
step 'rm -f build/cli/fifo && mkfifo build/cli/fifo'
check 'if "$BIN" template lin -o build/cli/fifo 2> build/cli/err.txt; then echo "wrote over a FIFO"; exit 1; fi; [ -p build/cli/fifo ] && grep -qF "cannot write build/cli/fifo: it is a FIFO; ImpactKit writes regular files only" build/cli/err.txt'
step 'dead=$(sh -c "echo \$\$"); touch "build/cli/.stale.json.impact-$dead-Ab12Cd" && echo "$dead" > build/cli/dead.pid'
check '"$BIN" template lin -o build/cli/stale.json && [ ! -e "build/cli/.stale.json.impact-$(cat build/cli/dead.pid)-Ab12Cd" ]'
check 'if "$BIN" template lin -o build/cli/no-such-dir/x.json 2> build/cli/err.txt; then exit 1; fi; grep -qF "cannot write build/cli/no-such-dir/x.json: No such file or directory" build/cli/err.txt'
step 'truncate -s 20M build/cli/huge.json'
check 'if "$BIN" validate build/cli/huge.json 2> build/cli/err.txt; then exit 1; fi; grep -qF "build/cli/huge.json: 20971520 bytes, over the limit of 16777216 (raise it with --max-document-bytes)" build/cli/err.txt'
check 'if "$BIN" validate --max-document-bytes 0 build/cli/new-canvas.json 2> build/cli/err.txt; then exit 1; fi; grep -qF "max_document_bytes must be positive, got 0" build/cli/err.txt'
step 'python3 -c '\''import json; d = json.load(open("examples/data/pzw-bottendaal-week5.json")); open("build/cli/compact.json", "w").write(json.dumps(d, separators=(",", ":")))'\'''
step 'echo "$(stat -c %s build/cli/compact.json) $(stat -c %s examples/data/pzw-bottendaal-week5.json)" > build/cli/sizes'
check 'read compact pretty < build/cli/sizes; cp build/cli/compact.json build/cli/grow.json; if "$BIN" format --max-document-bytes $((compact + 10)) build/cli/grow.json 2> build/cli/err.txt; then exit 1; fi; grep -qF "build/cli/grow.json: not written: it would be $pretty bytes, over the limit of $((compact + 10)) for reading it back" build/cli/err.txt && cmp build/cli/grow.json build/cli/compact.json'
check 'read compact pretty < build/cli/sizes; "$BIN" format --max-document-bytes "$pretty" build/cli/grow.json | grep -qF "build/cli/grow.json: rewritten" && cmp build/cli/grow.json examples/data/pzw-bottendaal-week5.json'
# An edit near the limit writes the file compact rather than refusing it (issue 37, item 2); the same limit reads it.
check 'read compact pretty < build/cli/sizes; cp build/cli/compact.json build/cli/near.json && "$BIN" place build/cli/near.json --max-document-bytes $((compact + 200)) --card act.survey --domain partners --field activity > /dev/null && [ "$(wc -l < build/cli/near.json)" = 0 ] && "$BIN" validate --max-document-bytes $((compact + 200)) build/cli/near.json > /dev/null'

# Terminal safety (issue 19, item 7): escape sequences in document text reach a terminal as visible text, a pipe
# gets the bytes unchanged.
step 'printf '\''{"schema": "impactkit/canvas/1", "id": "c", "title": "Evil\\u001b]0;pwned\\u0007\\u001b[31mRED\\u009b", "template": "lim"}'\'' > build/cli/evil.json'
check 'python3 Tests/cli/in_terminal.py "$BIN" report build/cli/evil.json | grep -qF "Evil\x1b]0;pwned\x07\x1b[31mRED\u009b"'
check '! python3 Tests/cli/in_terminal.py "$BIN" report build/cli/evil.json | grep -q "$(printf "\033")"'
check '"$BIN" report build/cli/evil.json | head -1 | grep -q "$(printf "Evil\033]0;pwned")"'

check '"$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --real-names --xapi-version 2.0.0 | python3 -c '\''import json,sys; s=json.load(sys.stdin)[0]; assert s["version"] == "2.0.0" and [a["agent"]["name"] for a in s["context"]["contextAgents"]] == ["Ellen Smit", "Wijkteam Bottendaal"], s["context"]'\'''
check 'if "$BIN" export examples/data/pzw-bottendaal-end.json --format xapi --homepage https://lms.example.org --real-names --xapi-version 2 2> build/cli/err.txt; then echo "xAPI version 2 accepted"; exit 1; fi; grep -q "xAPI version" build/cli/err.txt'

check '"$BIN" export examples/data/pzw-bottendaal.journey.json --format xapi --homepage https://lms.example.org --pseudonym-salt-file build/cli/salt --xapi-version 2.0.0 --actor members | python3 -c '\''import json,sys; sys.path.insert(0, "bindings/python/tests"); from xapi_profile import Profile; p=Profile(); s=json.load(sys.stdin); assert s and all(p.errors(x) == [] for x in s), [p.errors(x) for x in s]'\'''

check '"$BIN" changes report examples/data/pwmi-changelog.json --lang en | grep -q "Verified by someone other than who reported the change: 0 of 12."'
check '"$BIN" changes report examples/data/pwmi-changelog.json --lang nl | grep -qx "    – geen enkele verandering geverifieerd"'
check 'python3 -c '\''import json; d=json.load(open("examples/data/pwmi-changelog.json")); d["sroi"]["proxies"]=[{"id": "p1", "description": "Minder eenzaamheid", "value": 500, "source": "Eigen waardering", "licence": "CC BY 4.0"}]; o=d["sroi"]["outcomes"][0]; del o["proxy"], o["proxy_source"]; o["proxy_id"]="p1"; json.dump(d, open("build/cli/catalogued.json", "w"))'\'' && "$BIN" changes report build/cli/catalogued.json --lang nl | grep -q "(bron: Eigen waardering, licentie: CC BY 4.0)"'
# SROI assurance: break-even and simulation as the C API and Python give them (same seed, same figures).
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --breakeven --tornado --format json | python3 -c '\''import json,sys; r=json.load(sys.stdin); e={x["parameter"]: x["value"] for x in r["break_even"]}; assert e["duration"] == 2 and abs(e["proxy"] - 1 / r["ratio"]) < 1e-12 and r["tornado"][0]["parameter"] == "duration", r'\'''
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --simulate 2000 --seed 9 --distribution "proxy@o1:triangular:300:500:800" --format json > build/cli/sim1.json && "$BIN" changes sensitivity examples/data/pwmi-changelog.json --simulate 2000 --seed 9 --distribution "proxy@o1:triangular:300:500:800" --format json | cmp - build/cli/sim1.json'
check 'if "$BIN" changes sensitivity examples/data/pwmi-changelog.json --simulate 10 2> build/cli/err.txt; then echo "simulate without distributions accepted"; exit 1; fi; grep -q "needs at least one --distribution" build/cli/err.txt'
check 'if "$BIN" changes sensitivity examples/data/pwmi-changelog.json --simulate 10 --distribution "deadweight:uniform:0:150" 2> build/cli/err.txt; then echo "deadweight 150 accepted"; exit 1; fi; grep -q "IK_ERANGE" build/cli/err.txt'

check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --tornado --svg build/cli/tornado.svg --lang nl > /dev/null && python3 -c '\''import xml.etree.ElementTree as E; r=E.parse("build/cli/tornado.svg").getroot(); t=" ".join("".join(x.itertext()) for x in r.iter("{http://www.w3.org/2000/svg}text")); assert "o1 Minder eenzaamheid bij ouders — duur" in t and "Ratio 1,34" in t, t; assert {x.tag.split("}")[1] for x in r.iter()} <= {"svg", "title", "desc", "rect", "text", "line"}'\'''
# Open Badges 3.0: a journey's credentials, valid against 1EdTech's schema, the student only as a salted hash.
check '"$BIN" export examples/data/pzw-bottendaal.journey.json --format ob3 --issuer https://hogeschool.example.nl/issuers/pzw --issuer-name Hogeschool --recipient a@example.com --recipient-salt Kosher --poster-url "https://p.example.org/poster?m={moment}" > build/cli/ob3.json'
check 'python3 -c '\''import json,sys,os,pathlib,jsonschema; c=json.load(open("build/cli/ob3.json")); s=[p for p in (os.environ.get("IMPACTKIT_STANDARDS"), "../shared/standards", "/work/shared/standards") if p and pathlib.Path(p, "openbadges-3.0").is_dir()][0]; v=jsonschema.Draft201909Validator(json.load(open(s + "/openbadges-3.0/achievementcredential.schema.json")), format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER); assert len(c) == 3 and all(not list(v.iter_errors(x)) for x in c); assert c[0]["credentialSubject"]["identifier"][0]["identityHash"] == "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399"; assert c[1]["evidence"][0]["id"] == "https://p.example.org/poster?m=Week%205"'\'''
check '! grep -q "a@example.com" build/cli/ob3.json'
check 'if "$BIN" export examples/data/pzw-bottendaal.journey.json --format ob3 2> build/cli/err.txt; then echo "ob3 without issuer accepted"; exit 1; fi; grep -q -- "--format ob3 needs --issuer" build/cli/err.txt'
check 'if "$BIN" export examples/data/pzw-bottendaal-end.json --format ob3 --issuer https://x.org --issuer-name X --recipient a --recipient-salt s 2> build/cli/err.txt; then echo "ob3 of a canvas accepted"; exit 1; fi; grep -q "come from a journey" build/cli/err.txt'
# A student's credentials (issue 36): their own evidence, the withheld outcomes said; signed with a key file as a
# VC-JWT (the issuer then the key's did:key); baked into the poster and read back.
check '"$BIN" export Tests/data/credentials/journey-with-authors.json --format credentials --issuer https://x.org --issuer-name X --recipient a@example.com --recipient-salt Kosher --member s2 --issued-at 2026-12-06T12:00:00Z > build/cli/cred.json && python3 -c '\''import json; e=json.load(open("build/cli/cred.json")); assert [c["name"] for c in e["credentials"]] == ["Interprofessioneel samenwerken"], e; assert [w["outcome"] for w in e["withheld"]] == ["lu-impact", "lu-reflectie"]; assert e["credentials"][0]["validFrom"] == "2026-12-06T12:00:00Z"'\'''
# A journey without member ids knows its members by their `by`: the bundled one has none, so any member is refused
check 'if "$BIN" export examples/data/pzw-bottendaal.journey.json --format credentials --issuer https://x.org --issuer-name X --recipient a --recipient-salt s --issued-at 2026-12-06T12:00:00Z --member s2 > build/cli/no-member.json 2> build/cli/err.txt; then exit 1; fi; grep -q "IK_ENOTFOUND: \"s2\" made nothing on this journey, and its canvases list no member ids (team\[\].id)" build/cli/err.txt && [ ! -s build/cli/no-member.json ]'
check 'openssl genpkey -algorithm ed25519 -out build/cli/issuer.pem 2>/dev/null && "$BIN" export Tests/data/credentials/journey-with-authors.json --format credentials --issuer-name X --recipient a --recipient-salt s --member s1 --sign-key build/cli/issuer.pem > build/cli/signed.json && python3 -c '\''import json, base64; t=json.load(open("build/cli/signed.json"))["credentials"][0]; h=json.loads(base64.urlsafe_b64decode(t.split(".")[0] + "==")); assert h["alg"] == "EdDSA" and h["kid"].startswith("did:key:z6Mk"), h; p=json.loads(base64.urlsafe_b64decode(t.split(".")[1] + "==")); assert p["iss"] == h["kid"].split("#")[0], p["iss"]; open("build/cli/credential.jwt", "w").write(t)'\'''
check '"$BIN" render Tests/data/credentials/journey-with-authors.json > build/cli/poster.svg && "$BIN" bake build/cli/poster.svg build/cli/credential.jwt -o build/cli/baked.svg && grep -q "<openbadges:credential verify=" build/cli/baked.svg && [ "$("$BIN" extract build/cli/baked.svg)" = "$(cat build/cli/credential.jwt)" ]'
# The credential from standard input ("-", as the help says): the same baked poster as from the file.
check '"$BIN" bake build/cli/poster.svg - -o build/cli/baked-stdin.svg < build/cli/credential.jwt && cmp build/cli/baked.svg build/cli/baked-stdin.svg'
check 'if "$BIN" extract build/cli/poster.svg 2> build/cli/err.txt; then echo "extract of an unbaked poster succeeded"; exit 1; fi; grep -q "carries no" build/cli/err.txt'
check 'echo "-----BEGIN PRIVATE KEY-----" > build/cli/bad.pem; if "$BIN" export Tests/data/credentials/journey-with-authors.json --format credentials --issuer-name X --recipient a --recipient-salt s --sign-key build/cli/bad.pem --lang nl 2> build/cli/err.txt; then echo "a bad key accepted"; exit 1; fi; grep -q "geen PEM-sleutelbestand" build/cli/err.txt'

# JSONTestSuite's n_ files and ImpactKit's own, each embedded in a real canvas: `impact validate` refuses every one
# with a syntax code (the library's C and binding tests cover the y_ and i_ files and the other entry points).
check 'python3 -c '\''import pathlib,sys; base=pathlib.Path("examples/data/pzw-bottendaal-week5.json").read_bytes(); at=base.index(b"{")+1; out=pathlib.Path("build/cli/conformance"); out.mkdir(exist_ok=True); files=sorted(pathlib.Path("build/JSONTestSuite/test_parsing").glob("n_*.json"))+sorted(pathlib.Path("Tests/data/conformance").glob("n_*.json")); assert len(files) == 197, len(files); [(out/f.name).write_bytes(base[:at]+b"\n  \"x-embedded\": "+f.read_bytes()+b","+base[at:]) for f in files]'\'''
check 'for f in build/cli/conformance/n_*.json; do if "$BIN" validate "$f" > /dev/null 2> build/cli/err.txt; then echo "validate accepted $f"; exit 1; fi; grep -qF "$f: IK_E" build/cli/err.txt && grep -qE ": IK_E(JSON|UTF8|LIMIT|RANGE): " build/cli/err.txt || { echo "$f: $(cat build/cli/err.txt)"; exit 1; }; done'

# A coach starts a canvas and edits it from the command line (issue 22): new, place, unplace, answer; a refused
# edit leaves the file byte for byte as it was; the figures are the report's own.
step 'rm -f build/cli/new.json && "$BIN" new canvas --title "Proeftuin Zorg en Welzijn" --moment "Week 1" --date 2026-09-07 --member "Ayla:student verpleegkunde" --id pzw-week1 -o build/cli/new.json'
check 'python3 -c '\''import json; d=json.load(open("build/cli/new.json")); assert (d["id"], d["title"], d["template"], d["moment"], d["team"], d["placements"]) == ("pzw-week1", "Proeftuin Zorg en Welzijn", "lim", {"label": "Week 1", "date": "2026-09-07"}, [{"name": "Ayla", "role": "student verpleegkunde"}], []), d'\'''
check 'if "$BIN" new canvas --title X -o build/cli/new.json 2> build/cli/err.txt; then echo "new overwrote a file"; exit 1; fi; grep -q "exists; give --force" build/cli/err.txt'
# A name that is not UTF-8 (Latin-1 "café" from an old ZIP) is read, edited, listed and named byte for byte.
step 'rm -rf build/cli/latin1 && mkdir -p build/cli/latin1 && cp examples/data/pzw-bottendaal-week5.json "build/cli/latin1/$(printf "caf\351").json"'
# A new output folder with a non-UTF-8 name is made byte for byte (Foundation made it under a mangled name, issue 37).
check 'rm -rf build/cli/latin1-out && mkdir -p build/cli/latin1-out && d="build/cli/latin1-out/$(printf "tabellen\351")/sub" && IMPACTKIT_PSEUDONYM_SALT=0123456789abcdef0123 "$BIN" export --format ndjson -o "$d" examples/data/pzw-bottendaal-week5.json > /dev/null && [ -s "$d/groups.ndjson" ] && [ "$(ls build/cli/latin1-out | wc -l)" = 1 ] && "$BIN" demo --output "build/cli/latin1-out/$(printf "demo\351")" > /dev/null && [ "$(ls build/cli/latin1-out | wc -l)" = 2 ]'
check 'f="build/cli/latin1/$(printf "caf\351").json" && "$BIN" validate "$f" > /dev/null && "$BIN" place "$f" --card act.survey --domain partners --field activity > /dev/null && [ "$(ls build/cli/latin1 | wc -l)" = 1 ] && python3 -c '\''import json, os; d=json.load(open(os.path.join(b"build/cli/latin1", b"caf\xe9.json"))); assert len(d["placements"]) == 13, len(d["placements"])'\'''
check '"$BIN" cohort build/cli/latin1 --format json 2> build/cli/err.txt | python3 -c '\''import json, sys; r=json.load(sys.stdin); assert r["skipped"] == [] and r["groups"] == 1, r'\'' && printf "{" > "build/cli/latin1/$(printf "bad\351").json" && { "$BIN" cohort build/cli/latin1 > /dev/null 2> build/cli/err.txt; grep -qF "skipped build/cli/latin1/bad\xE9.json:" build/cli/err.txt; }'
# A name of 250 bytes (NAME_MAX is 255) is written and edited: the temporary beside it fits (issue 37, item 8).
check 'long="build/cli/$(printf "l%.0s" $(seq 1 245)).json" && rm -f "$long" && "$BIN" new canvas --title Lang -o "$long" && "$BIN" place "$long" --card act.survey --domain partners --field activity > /dev/null && "$BIN" validate "$long" > /dev/null && rm -f "$long"'
check 'test "$("$BIN" place build/cli/new.json --card act.interview-target-group --domain target-group --field activity --note "12 interviews" --id p1)" = p1'
check 'test "$("$BIN" place build/cli/new.json --text "Wijkcentrum De Bolder" --domain target-group --field place --id p2)" = p2'
check 'test "$("$BIN" place build/cli/new.json --card res.own-learning --domain partners --field result --id p3)" = p3'
check '"$BIN" answer build/cli/new.json lim.students.most "Bij de doelgroep" --by Ayla'
check 'cp build/cli/new.json build/cli/new-before.json; if "$BIN" place build/cli/new.json --card act.workshop --domain nope --field activity 2> build/cli/err.txt; then echo "place accepted an unknown domain"; exit 1; fi; grep -q "IK_ENOTFOUND: unknown domain \"nope\"" build/cli/err.txt && cmp build/cli/new.json build/cli/new-before.json'
check 'if "$BIN" unplace build/cli/new.json p9 2> build/cli/err.txt; then echo "unplace accepted p9"; exit 1; fi; grep -q "IK_ENOTFOUND: no placement \"p9\"" build/cli/err.txt && cmp build/cli/new.json build/cli/new-before.json'
check 'cp build/cli/new.json build/cli/new-before.json; if "$BIN" move build/cli/new.json p1 --field result 2> build/cli/err.txt; then echo "move accepted an activity card in result"; exit 1; fi; grep -q "IK_EINVAL: activity cards go in the activity field, not in result" build/cli/err.txt && cmp build/cli/new.json build/cli/new-before.json'
check '"$BIN" move build/cli/new.json p2 --domain partners --field result && python3 -c '\''import json; d=json.load(open("build/cli/new.json")); assert [(p["id"], p["domain"], p["field"]) for p in d["placements"]] == [("p1", "target-group", "activity"), ("p2", "partners", "result"), ("p3", "partners", "result")], d'\'' && "$BIN" move build/cli/new.json p2 --domain target-group --field place'
check 'if "$BIN" move build/cli/new.json p2 2> build/cli/err.txt; then echo "move without a target"; exit 1; fi; grep -q "give --domain, --field or both" build/cli/err.txt'
check '"$BIN" unplace build/cli/new.json p3 && "$BIN" report build/cli/new.json --lang nl | grep -q "Gedekt: 0 van 5 domeinen; 2 kaarten."'
check 'python3 -c '\''import json; d=json.load(open("build/cli/new.json")); assert [p["id"] for p in d["placements"]] == ["p1", "p2"] and d["placements"][0]["note"] == "12 interviews" and d["reflections"] == [{"question": "lim.students.most", "answer": "Bij de doelgroep", "by": "Ayla"}], d'\'''
check '"$BIN" answer build/cli/new.json lim.students.most --withdraw --by Ayla && python3 -c '\''import json; assert json.load(open("build/cli/new.json"))["reflections"] == []'\'''
check '"$BIN" domains build/cli/new.json --cards | grep -q "^act.interview-target-group  activity  Interview with the target group$"'
check 'rm -f build/cli/sel.json && "$BIN" new canvas --title Coaches --variant coaches --domains target-group,partners -o build/cli/sel.json && python3 -c '\''import json; d=json.load(open("build/cli/sel.json")); assert (d["variant"], d["domains"]) == ("selected-domains", ["target-group", "partners"]), d'\'''
check 'if "$BIN" new canvas --title X --date 2026-13-01 --moment M 2> build/cli/err.txt; then echo "a 13th month accepted"; exit 1; fi; grep -q "IK_ERANGE" build/cli/err.txt'
check '"$BIN" new journey --title "PZW Bottendaal" --group "Groep 3" | python3 -c '\''import json,sys; d=json.load(sys.stdin); assert (d["schema"], d["title"], d["group"], d["moments"]) == ("impactkit/journey/1", "PZW Bottendaal", "Groep 3", []), d'\'''
check 'if "$BIN" template canvas 2> build/cli/err.txt; then echo "template canvas succeeded"; exit 1; fi; grep -q "start one with .impact new canvas --title" build/cli/err.txt'
# Text by default, JSON on request, like every other command; the figures worked by hand in docs/sroi.md.
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --parameter discount-rate --values 0,3.5 --lang nl | grep -qx "  0%: ratio 1,41 : 1, contante waarde EUR 14100,00, netto EUR 4100,00"'
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --breakeven | grep -qx "  financial proxy: at 74.37% of every outcome'\''s own value"'
check '"$BIN" changes sensitivity examples/data/pwmi-changelog.json --tornado | sed -n 4p | grep -qx "  o1 Minder eenzaamheid bij ouders — duration: 1 → 0.84, 3 → 1.78 (swing 0.94)"'
check '"$BIN" actiescan compare examples/data/instruments/lin-actiescan.json --lang nl | grep -qx "Van najaar-2025 naar najaar-2026: 6 vragen vooruit, 1 achteruit."'

# PNG and PDF through rsvg-convert when it is there (make deps installs librsvg2-bin); a clear message when not.
check '"$BIN" render examples/data/pzw-bottendaal-end.json --format png --width 840 -o build/cli/poster.png && python3 -c '\''import struct; b=open("build/cli/poster.png","rb").read(); assert b[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", b[16:24]) == (840, 594), struct.unpack(">II", b[16:24])'\'''
check '"$BIN" render examples/data/pzw-bottendaal-end.json --format pdf -o build/cli/poster.pdf && head -c 5 build/cli/poster.pdf | grep -q "%PDF-"'
check '"$BIN" --help | tr -s " \n" " " | grep -qF "IMPACTKIT_CACHE_KEY the key (at least 16 bytes) that seals \`impact cohort --cache\`" && "$BIN" cohort --help | tr -s " \n" " " | grep -qF "csv (the heat map) or svg"'
check 'if IMPACTKIT_RSVG_CONVERT=/nonexistent "$BIN" render examples/data/pzw-bottendaal-end.json --format png -o build/cli/none.png 2> build/cli/err.txt; then echo "png without a converter"; exit 1; fi; grep -q "needs rsvg-convert (Debian/Ubuntu: apt install librsvg2-bin" build/cli/err.txt && test ! -e build/cli/none.png'
check 'if "$BIN" render examples/data/pzw-bottendaal-end.json --format png 2> build/cli/err.txt; then echo "png to a terminal"; exit 1; fi; grep -q "give -o FILE" build/cli/err.txt'

# Errors in the user's language (issue 22): --lang, then LC_ALL / LC_MESSAGES / LANG, then English; the code and the
# JSON pointer stay as they are, for searching.
check 'if LANG=nl_NL.UTF-8 "$BIN" validate build/cli/broken.json 2> build/cli/err.txt; then exit 1; fi; grep -qx '\''build/cli/broken.json: IK_ENOTFOUND: onbekende kaart "res.nope" (bij /placements/11/card)'\'' build/cli/err.txt'
check 'if LC_ALL=en_GB.UTF-8 LANG=nl_NL.UTF-8 "$BIN" validate build/cli/broken.json 2> build/cli/err.txt; then exit 1; fi; grep -q '\''IK_ENOTFOUND: unknown card "res.nope" (at /placements/11/card)'\'' build/cli/err.txt'
check 'if LANG=nl_NL.UTF-8 "$BIN" report build/cli/broken.json --lang en 2> build/cli/err.txt; then exit 1; fi; grep -q '\''unknown card "res.nope"'\'' build/cli/err.txt'
check 'if "$BIN" report build/cli/broken.json --lang nl 2> build/cli/err.txt; then exit 1; fi; grep -q '\''onbekende kaart "res.nope" (bij /placements/11/card)'\'' build/cli/err.txt'
check 'LANG=nl_NL.UTF-8 "$BIN" report examples/data/pzw-bottendaal-week5.json | grep -q "Sterkste domein: Betrokkenheid bij de doelgroep"'
check 'if LANG=nl_NL.UTF-8 "$BIN" changes sensitivity examples/data/pwmi-changelog.json --parameter deadweight --values 150.5 2> build/cli/err.txt; then exit 1; fi; grep -q "IK_ERANGE: deadweight is 150,5%; het moet 0–100 % zijn" build/cli/err.txt'

check 'if LANG=nl_NL.UTF-8 "$BIN" validate build/cli/none.json 2> build/cli/err.txt; then exit 1; fi; grep -q "^build/cli/none.json: kan het bestand niet lezen: " build/cli/err.txt'
check 'LANG=nl_NL.UTF-8 "$BIN" cohort Tests/data/cohort > /dev/null 2> build/cli/err.txt; grep -q "^overgeslagen Tests/data/cohort/g5-broken.json: IK_EJSON: ongeldige JSON: " build/cli/err.txt'
check 'if LANG=nl_NL.UTF-8 "$BIN" changes sensitivity examples/data/pwmi-changelog.json --simulate 5 2> build/cli/err.txt; then exit 1; fi; grep -qx -- "--simulate heeft minstens één --distribution nodig" build/cli/err.txt'

# The cohort cache (issue 23): a warm run gives the same report; a changed file is read again; a damaged or foreign
# cache is said, ignored and rewritten; the threads do not change the report.
check 'rm -f build/cli/cohort.cache && "$BIN" cohort Tests/data/cohort --format json --cache build/cli/cohort.cache > build/cli/cold.json 2> /dev/null && "$BIN" cohort Tests/data/cohort --format json --cache build/cli/cohort.cache > build/cli/warm.json 2> /dev/null && cmp build/cli/cold.json build/cli/warm.json && "$BIN" cohort Tests/data/cohort --format json > build/cli/nocache.json 2> /dev/null && cmp build/cli/cold.json build/cli/nocache.json'
check 'python3 -c '\''import json; c=json.load(open("build/cli/cohort.cache")); assert c["schema"] == "impactkit/cohort-cache/1" and len(c["entries"]) == 4, c.keys()'\'''
check 'printf "{\"schema\": \"impactkit/cohort-cache/1\", \"library\": \"0.3.0\"}" > build/cli/cohort.cache && "$BIN" cohort Tests/data/cohort --format json --cache build/cli/cohort.cache > build/cli/again.json 2> build/cli/err.txt; cmp build/cli/cold.json build/cli/again.json && grep -q "build/cli/cohort.cache: cache not used (not sealed (written by an older ImpactKit, or edited)); every document is read and the cache rewritten" build/cli/err.txt && python3 -c '\''import json; assert len(json.load(open("build/cli/cohort.cache"))["entries"]) == 4'\'''
check '"$BIN" cohort Tests/data/cohort --format json --jobs 1 2> /dev/null | cmp - build/cli/cold.json && "$BIN" cohort Tests/data/cohort --format json --jobs 7 2> /dev/null | cmp - build/cli/cold.json'

# Stamps: an unchanged folder is not even read and the cache is not rewritten; a file just written is always read
# (it may change again within the same second); a file changed behind an old stamp is seen with --verify.
step 'rm -rf build/cli/stamped && cp -r Tests/data/cohort build/cli/stamped && touch -d "2026-01-01 12:00:00" build/cli/stamped/*.json && rm -f build/cli/stamped.cache'
check '"$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache > build/cli/s1.json 2> /dev/null && cp build/cli/stamped.cache build/cli/stamped.before && "$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache > build/cli/s2.json 2> /dev/null && cmp build/cli/s1.json build/cli/s2.json && cmp build/cli/stamped.cache build/cli/stamped.before && python3 -c '\''import json; assert len(json.load(open("build/cli/stamped.cache"))["stamps"]) == 4'\'''
check 'sed -i "s/Groep 2 (Lent)/Groep 2 (Lunt)/" build/cli/stamped/g2-canvas.json && "$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache 2> /dev/null | grep -q "Groep 2 (Lunt)"'
check 'sed -i "s/Groep 2 (Lunt)/Groep 2 (Lint)/" build/cli/stamped/g2-canvas.json && touch -d "2026-01-01 12:00:00" build/cli/stamped/g2-canvas.json && "$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache > /dev/null 2>&1 && python3 -c '\''p="build/cli/stamped/g2-canvas.json"; f=open(p, "r+b"); t=f.read(); f.seek(0); f.write(t.replace(b"(Lint)", b"(Lant)")); f.close()'\'' && touch -d "2026-01-01 12:00:00" build/cli/stamped/g2-canvas.json && "$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache 2> /dev/null | grep -q "Groep 2 (Lint)" && "$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache --verify 2> /dev/null | grep -q "Groep 2 (Lant)"'

# Issue 37, item 6: the stamp trust is said where the user reads; an edited cache is not used; a key seals it.
check '"$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache 2>&1 > /dev/null | grep -q "cache: 4 of 5 files taken from the cache unread, by their unchanged size, time and inode (--verify reads and hashes every file)" && "$BIN" cohort build/cli/stamped --format json --cache build/cli/stamped.cache --verify 2>&1 > /dev/null | { ! grep -q "taken from the cache unread"; }'
check '"$BIN" cohort build/cli/stamped --cache build/cli/stamped.cache 2> /dev/null | tail -1 | grep -qx "Taken from the cache unread: 4 of 5 files, by their unchanged size, time and inode (--verify reads every file)." && "$BIN" cohort build/cli/stamped --cache build/cli/stamped.cache --lang nl 2> /dev/null | grep -qx "Uit de cache zonder te lezen: 4 van 5 bestanden, op hun ongewijzigde grootte, tijd en inode (--verify leest elk bestand)." && "$BIN" cohort build/cli/stamped --cache build/cli/stamped.cache --verify 2> /dev/null | { ! grep -q "cache unread"; }'
check 'cp build/cli/stamped.cache build/cli/edited.cache && sed -i "s/\"partial\",1,0,0/\"covered\",1,1,1/" build/cli/edited.cache && ! cmp -s build/cli/edited.cache build/cli/stamped.cache && "$BIN" cohort build/cli/stamped --format json --cache build/cli/edited.cache 2>&1 > /dev/null | grep -q "edited.cache: cache not used (damaged: its content does not match its seal)"'
step 'printf "a secret the host keeps\n" > build/cli/cache.key && rm -f build/cli/keyed.cache'
check '"$BIN" cohort Tests/data/cohort --format json --cache build/cli/keyed.cache --cache-key-file build/cli/cache.key > /dev/null 2>&1 && grep -q "\"seal\":\"hmac-sha256:" build/cli/keyed.cache && "$BIN" cohort Tests/data/cohort --format json --cache build/cli/keyed.cache --cache-key-file build/cli/cache.key 2>&1 > /dev/null | { ! grep -q "cache not used"; } && IMPACTKIT_CACHE_KEY=other-key-of-16-bytes "$BIN" cohort Tests/data/cohort --format json --cache build/cli/keyed.cache 2>&1 > /dev/null | grep -q "cache not used (damaged: its content does not match its seal)"'
check 'if IMPACTKIT_CACHE_KEY=short "$BIN" cohort Tests/data/cohort --cache build/cli/keyed.cache > /dev/null 2> build/cli/err.txt; then exit 1; fi; grep -q "the cache key has 5 bytes; give at least 16" build/cli/err.txt'

# Issue 32: a team edits one file at once. Twenty concurrent `impact place` keep twenty cards with twenty ids (the
# edits are serialised by a lock on the file's directory); --if-revision refuses an edit made on a stale revision
# and leaves the file as it was; `impact revision` is equal for equal content.
step 'cp examples/data/pzw-bottendaal-week5.json build/cli/team.json'
check 'for i in $(seq 1 20); do "$BIN" place build/cli/team.json --card act.survey --domain complexity --field activity --note "student $i" > build/cli/team-$i.id & done; wait; python3 -c '\''import json; c=json.load(open("build/cli/team.json")); notes=sorted(p.get("note", "") for p in c["placements"] if p.get("card") == "act.survey"); assert len(c["placements"]) == 32 and notes == sorted(f"student {i}" for i in range(1, 21)), (len(c["placements"]), notes)'\'' && [ "$(cat build/cli/team-*.id | sort -u | wc -l)" = 20 ]'
check 'rev=$("$BIN" revision build/cli/team.json | cut -d" " -f1) && [ "${#rev}" = 34 ] && "$BIN" place build/cli/team.json --card act.survey --domain partners --field activity --if-revision "$rev" > /dev/null && cp build/cli/team.json build/cli/team.before && if "$BIN" place build/cli/team.json --card act.survey --domain knowledge --field activity --if-revision "$rev" 2> build/cli/err.txt; then exit 1; fi; grep -q "build/cli/team.json: changed since revision $rev (now r-" build/cli/err.txt && cmp build/cli/team.json build/cli/team.before'
check 'python3 -c '\''import json; json.dump(json.load(open("build/cli/team.json")), open("build/cli/team-compact.json", "w"), separators=(",", ":"))'\'' && [ "$("$BIN" revision build/cli/team.json | cut -d" " -f1)" = "$("$BIN" revision build/cli/team-compact.json | cut -d" " -f1)" ]'
check 'LANG=nl_NL.UTF-8 "$BIN" place build/cli/team.json --card act.survey --domain knowledge --field activity --if-revision r-00000000000000000000000000000000 2>&1 | grep -q "gewijzigd sinds revisie r-00000000000000000000000000000000"'
# A revision with the file name still on it (the whole line `impact revision` prints) is a usage error, not "changed"
check 'cp build/cli/team.json build/cli/team.before && line=$("$BIN" revision build/cli/team.json) && if "$BIN" place build/cli/team.json --card act.survey --domain knowledge --field activity --if-revision "$line" 2> build/cli/err.txt; then exit 1; else [ $? = 64 ]; fi && grep -q "Error: --if-revision \"r-[0-9a-f]\{32\}  build/cli/team.json\" is not a revision (r- and 32 hex digits: the first word \`impact revision FILE\` prints)" build/cli/err.txt && ! grep -q "changed since" build/cli/err.txt && cmp build/cli/team.json build/cli/team.before'
check 'LANG=nl_NL.UTF-8 "$BIN" unplace build/cli/team.json p1 --if-revision garbage 2>&1 | grep -q "Fout: --if-revision \"garbage\" is geen revisie (r- en 32 hexadecimale cijfers"'

# Operations: a batch all or nothing; its undo brings the file back byte for byte.
step 'cp examples/data/pzw-bottendaal-week5.json build/cli/ops.json && printf "%s" "[{\"op\": \"place\", \"card\": \"act.survey\", \"domain\": \"partners\", \"field\": \"activity\", \"by\": \"s1\", \"at\": \"2026-09-28T10:15:00Z\"}, {\"op\": \"note\", \"id\": \"p1\", \"note\": \"nieuw\"}]" > build/cli/batch.json'
check '"$BIN" apply build/cli/ops.json build/cli/batch.json > build/cli/undo.json && grep -q "\"by\": \"s1\"" build/cli/ops.json && "$BIN" apply build/cli/ops.json build/cli/undo.json > /dev/null && cmp build/cli/ops.json examples/data/pzw-bottendaal-week5.json'
check 'echo "[{\"op\": \"move\", \"id\": \"p1\", \"field\": \"result\", \"feld\": 1}]" | { if "$BIN" apply build/cli/ops.json - 2> build/cli/err.txt; then exit 1; fi; } && grep -q "^-: IK_EINVAL: operation \"move\" has no member \"feld\" (at /0/feld)" build/cli/err.txt && cmp build/cli/ops.json examples/data/pzw-bottendaal-week5.json'
check 'id=$("$BIN" place build/cli/ops.json --card act.survey --domain partners --field activity) && [[ "$id" =~ ^p-[0-9a-f]{12}$ ]] && "$BIN" unplace build/cli/ops.json "$id" && cmp build/cli/ops.json examples/data/pzw-bottendaal-week5.json'

# Merge: two copies edited apart, merged with their base; the same file either way, conflicts printed.
step 'cp examples/data/pzw-bottendaal-week5.json build/cli/base.json && cp build/cli/base.json build/cli/ours.json && cp build/cli/base.json build/cli/theirs.json && "$BIN" place build/cli/ours.json --card act.survey --domain knowledge --field activity --id m1 > /dev/null && "$BIN" place build/cli/theirs.json --card act.survey --domain complexity --field activity --id t1 > /dev/null && "$BIN" unplace build/cli/theirs.json p2'
check '"$BIN" merge build/cli/base.json build/cli/ours.json build/cli/theirs.json -o build/cli/merged-1.json | grep -qx "Merged without conflicts: every change of both sides is kept." && "$BIN" merge build/cli/base.json build/cli/theirs.json build/cli/ours.json -o build/cli/merged-2.json > /dev/null && cmp build/cli/merged-1.json build/cli/merged-2.json && python3 -c '\''import json; ids=[p["id"] for p in json.load(open("build/cli/merged-1.json"))["placements"]]; assert "m1" in ids and "t1" in ids and "p2" not in ids, ids'\'''
check '"$BIN" move build/cli/ours.json p2 --domain knowledge && "$BIN" merge build/cli/base.json build/cli/ours.json build/cli/theirs.json -o build/cli/merged-3.json --lang nl | grep -q "gewijzigd aan de ene kant, weggehaald aan de andere (de wijziging is bewaard): p2"'

# A journey merges moment by moment (the same file either way).
step 'cp examples/data/pzw-bottendaal.journey.json build/cli/jbase.json && cp build/cli/jbase.json build/cli/jours.json && python3 -c '\''import json; p="build/cli/jtheirs.json"; d=json.load(open("build/cli/jbase.json")); d["evidence"].append({"outcome": "lu-impact", "moment": "Week 5", "placement": "p1", "justification": "Interviews"}); json.dump(d, open(p, "w"))'\'''
check '"$BIN" merge build/cli/jbase.json build/cli/jours.json build/cli/jtheirs.json -o build/cli/jmerged-1.json > /dev/null && "$BIN" merge build/cli/jbase.json build/cli/jtheirs.json build/cli/jours.json -o build/cli/jmerged-2.json > /dev/null && cmp build/cli/jmerged-1.json build/cli/jmerged-2.json && grep -q "\"placement\": \"p1\"" build/cli/jmerged-1.json'

# A journey takes journey operations (a moment's canvas edited inside "edit"); its undo brings back every byte, and
# an edit that would orphan evidence is refused with the file untouched.
step 'cp examples/data/pzw-bottendaal.journey.json build/cli/japply.json && printf "%s" "[{\"op\": \"edit\", \"moment\": \"Week 5\", \"ops\": [{\"op\": \"place\", \"id\": \"w1\", \"card\": \"act.survey\", \"domain\": \"knowledge\", \"field\": \"activity\"}]}, {\"op\": \"link\", \"outcome\": \"lu-reflectie\", \"moment\": \"Week 5\", \"placement\": \"w1\", \"justification\": \"Enquete\"}]" > build/cli/jbatch.json'
check '"$BIN" apply build/cli/japply.json build/cli/jbatch.json > build/cli/jundo.json && grep -q "\"placement\": \"w1\"" build/cli/japply.json && grep -q "\"op\": \"unlink\"" build/cli/jundo.json && cp build/cli/japply.json build/cli/japply.before && echo "[{\"op\": \"edit\", \"moment\": \"Week 5\", \"ops\": [{\"op\": \"unplace\", \"id\": \"w1\"}]}]" | { if "$BIN" apply build/cli/japply.json - 2> build/cli/err.txt; then exit 1; fi; } && grep -q "build/cli/japply.json: IK_EINVAL: placement \"w1\" is evidence for learning outcome \"lu-reflectie\"; unlink it first (at /0)" build/cli/err.txt && cmp build/cli/japply.json build/cli/japply.before && "$BIN" apply build/cli/japply.json build/cli/jundo.json > /dev/null && cmp build/cli/japply.json examples/data/pzw-bottendaal.journey.json'
check 'echo "[{\"op\": \"place\", \"card\": \"act.survey\", \"domain\": \"knowledge\", \"field\": \"activity\"}]" | { if "$BIN" apply build/cli/japply.json - 2> build/cli/err.txt; then exit 1; fi; } && grep -q "^-: IK_ENOTFOUND: unknown journey operation \"place\" (use moment, unmoment, edit" build/cli/err.txt'
# The kind is decided from the file read under the lock (one read): a change log is named as such and left as it was.
check 'cp examples/data/pwmi-changelog.json build/cli/capply.json && echo "[]" | { if "$BIN" apply build/cli/capply.json - 2> build/cli/err.txt; then exit 1; fi; } && grep -q "^build/cli/capply.json: a canvas is needed here, this is a changelog (impactkit/changelog/1)" build/cli/err.txt && cmp build/cli/capply.json examples/data/pwmi-changelog.json'

# The commands' one-line help and the parser's usage errors in the chosen language (--lang, else LC_ALL/LANG).
check '"$BIN" --lang nl --help | grep -q "^OVERZICHT: Maak de impact van hybride leeromgevingen zichtbaar" && "$BIN" --lang nl --help | grep -q "Leg een kaart (of een vrije tekst) in een veld" && "$BIN" --lang nl --help | grep -q "^OPDRACHTEN:$" && "$BIN" --help | grep -q "^SUBCOMMANDS:$" && "$BIN" --help | grep -q "Lay a card (or a free text) in a field"'
check 'LANG=nl_NL.UTF-8 "$BIN" place x.json 2>&1 >/dev/null | grep -qx "Fout: de optie '"'"'--domain <domain>'"'"' ontbreekt" && "$BIN" place x.json 2>&1 >/dev/null | grep -qx "Error: Missing expected argument '"'"'--domain <domain>'"'"'"'
# Each option's help in the chosen language too, from one table (Sources/impact/OptionHelp.swift)
check 'python3 Tests/cli/help_words.py'
check '"$BIN" place --help --lang nl | grep -q "^  --domain <domain>  *Het id van het domein\.$" && LANG=nl_NL.UTF-8 "$BIN" new canvas --help | grep -q "De titel van het canvas (verplicht)\." && LANG=C "$BIN" place --help | grep -q "^  --domain <domain>  *The domain id\.$" && "$BIN" format --help --lang nl | grep -q "Meld alleen welke bestanden niet in canonieke vorm"'
check '"$BIN" place --help --lang nl | grep -q "^Velden: activity (activiteit), place (plaats), result (opbrengst)\." && LANG=C "$BIN" place --help | grep -q "^Fields: activity, place, result\." && "$BIN" template --help --lang nl | grep -q "^De soort (KIND) is kirkpatrick, actiescan, fasemodel, lin, factsheet of iwp\." && "$BIN" --help --lang nl | grep -q "^OMGEVING$"'
# The parser's value errors, its help headings and defaults, the system's reasons and `help --lang` in Dutch too
check 'LANG=nl_NL.UTF-8 "$BIN" render examples/data/pzw-bottendaal-end.json --format jpg 2>&1 | grep -qx "Fout: '"'"'jpg'"'"' is geen geldige waarde voor '"'"'--format <format>'"'"'; kies uit '"'"'svg'"'"', '"'"'png'"'"' of '"'"'pdf'"'"'." && LANG=nl_NL.UTF-8 "$BIN" validate build/cli/nope.json 2>&1 | grep -qx "build/cli/nope.json: kan het bestand niet lezen: bestand of map bestaat niet" && "$BIN" validate build/cli/nope.json 2>&1 | grep -q "No such file or directory" && LANG=nl_NL.UTF-8 "$BIN" report x.json --lang de 2>&1 | grep -qx "Fout: niet ondersteunde taal \"de\" (gebruik \"nl\" of \"en\")" && "$BIN" help place --lang nl | grep -q "^OVERZICHT: Leg een kaart" && "$BIN" cohort --help --lang nl | grep -q "(standaard: 0)" && ! "$BIN" cohort --help --lang nl | grep -q "default" && "$BIN" compare --help-hidden --lang nl | grep -q "^LEESGRENZEN:$"'
# A misspelt required option is reported as the misspelling, not as the option missing (the parser's order)
check 'if "$BIN" place x.json --card a --domian partners --field activity 2> build/cli/err.txt; then exit 1; else [ $? = 64 ]; fi && grep -qx "Error: Unknown option '"'"'--domian'"'"'. Did you mean '"'"'--domain'"'"'?" build/cli/err.txt && LANG=nl_NL.UTF-8 "$BIN" new canvas --titel x 2>&1 | grep -qx "Fout: onbekende optie '"'"'--titel'"'"'. Bedoel je '"'"'--title'"'"'?" && "$BIN" place x.json --card a 2>&1 | grep -qx "Error: Missing expected argument '"'"'--domain <domain>'"'"'"'
# … also when other required options are missing too, or the command's own check ("give --card or --text") fails
check 'if "$BIN" place x.json --domian partners 2> build/cli/err.txt; then exit 1; else [ $? = 64 ]; fi && grep -qx "Error: Unknown option '"'"'--domian'"'"'. Did you mean '"'"'--domain'"'"'?" build/cli/err.txt && ! grep -q Missing build/cli/err.txt && { "$BIN" place x.json --xyzzy 2>&1 | grep -qx "Error: Unknown option '"'"'--xyzzy'"'"'"; }'
check '"$BIN" --help | tr "\n" " " | tr -s " " | grep -q "or the analytics tables as NDJSON" && "$BIN" --lang nl --help | tr "\n" " " | tr -s " " | grep -q "de analysetabellen als NDJSON"'
check 'if "$BIN" place x.json --domain a --field b --lang nl 2> build/cli/err.txt; then exit 1; fi; grep -qx "Fout: geef --card of --text (één van de twee)" build/cli/err.txt && grep -q "^  Zie '"'"'impact place --help'"'"' voor meer uitleg.$" build/cli/err.txt'
check 'LANG=nl_NL.UTF-8 "$BIN" report --help --lang en | grep -q "^OVERVIEW: Evaluate any ImpactKit document (canvas, journey"'

# The four reading limits are out of every usage line (--help-hidden shows them); shells complete option values.
check '! "$BIN" place --help | grep -q -- "--max-document-bytes" && "$BIN" place --help-hidden | grep -q -- "--max-document-bytes <bytes>" && "$BIN" validate --max-document-bytes 10 examples/data/pzw-bottendaal-end.json 2>&1 | grep -q "over the limit of 10"'
check '"$BIN" --generate-completion-script bash > build/cli/completion.bash && [ "$(grep -c "__impact_add_completions -W .activity." build/cli/completion.bash)" -ge 2 ] && grep -q "target-group" build/cli/completion.bash && grep -q "act.interview-target-group" build/cli/completion.bash && bash -n build/cli/completion.bash'

# Every C function a help text names exists (1.0's `impact new journey --help` named ik_journey_append, which never did).
check 'names=$(grep -oh "\bik_[a-z_]*" Sources/impact/*.swift | sort -u) && [ -n "$names" ] && for f in $names; do grep -qw "$f" include/impactkit.h || { echo "help names $f, not in include/impactkit.h"; exit 1; }; done'
check '"$BIN" new journey --help | grep -q "ik_journey_add_moment (C)"'

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
