# ImpactKit — build, test, install. `make demo` and `make test` work on a fresh machine (they install what is
# missing through scripts/bootstrap.sh).

SHELL        := /bin/bash
# The version has one source, the header's macros; the SONAME follows the major version.
VERSION      := $(shell sed -n 's/^\#define IK_VERSION_STRING "\(.*\)"/\1/p' include/impactkit.h)
SOVERSION    := $(shell sed -n 's/^\#define IK_VERSION_MAJOR \([0-9]*\)/\1/p' include/impactkit.h)
PREFIX       ?= /usr/local
SWIFT        ?= swift
RELEASE_DIR  := .build-release
STAGE        := build/stage
LIBNAME      := libimpactkit.so
# The shipped library: self-contained Swift runtime, only ik_* exported, with a SONAME.
RELEASE_FLAGS := -c release --scratch-path $(RELEASE_DIR) -Xswiftc -static-stdlib \
                 -Xlinker --version-script=$(CURDIR)/scripts/impactkit.map -Xlinker -soname=$(LIBNAME).$(SOVERSION)

.PHONY: all deps build lib stage demo test swift-test cli-test c-test python-test symbols-test php-header php-test xapi-test examples-test tsan fuzz fuzz-smoke bench install uninstall clean

all: build lib

deps:
	@bash scripts/bootstrap.sh

build: deps
	$(SWIFT) build

# The release library.
lib: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product impactkit

# `make install` into build/stage: what the C and Python tests build and load against.
stage: lib
	@$(MAKE) --no-print-directory install PREFIX=$(abspath $(STAGE)) LDCONFIG=: > /dev/null

demo: deps
	$(SWIFT) run impact demo --lang en
	$(SWIFT) run impact demo --lang nl --output demo-output/nl > /dev/null

test: deps swift-test cli-test stage c-test python-test php-test xapi-test examples-test symbols-test tsan fuzz-smoke
	@echo "make test: swift, cli, c, python, php (c, python, php also under valgrind), xapi (Ralph LRS), examples, schema doc, symbols, tsan, fuzz"
	@echo "suites: 10 passed, 0 failed"

swift-test:
	$(SWIFT) test --disable-xctest

# Eight threads with their own handles through the C ABI, under ThreadSanitizer (own build folder).
tsan:
	SWIFT_BACKTRACE=enable=no $(SWIFT) test --sanitize=thread --disable-xctest --filter Threads --scratch-path .build-tsan

# The CLI end to end: the demo reproduces examples/data exactly; validate and report accept good files and
# reject a broken one with its JSON pointer and a non-zero exit.
cli-test:
	$(SWIFT) build --product impact
	@rm -rf build/cli && mkdir -p build/cli
	$(SWIFT) run --skip-build impact demo --output build/cli > build/cli/demo.txt
	diff -r examples/data build/cli --exclude=demo.txt --exclude=pwmi-changelog.json --exclude=instruments
	$(SWIFT) run --skip-build impact validate examples/data/pzw-bottendaal-week5.json examples/data/pzw-bottendaal-end.json
	$(SWIFT) run --skip-build impact report examples/data/pzw-bottendaal-week5.json --lang nl | grep -q "Sterkste domein: Betrokkenheid bij de doelgroep"
	@sed 's/"res.own-learning"/"res.nope"/' examples/data/pzw-bottendaal-week5.json > build/cli/broken.json
	@if $(SWIFT) run --skip-build impact validate build/cli/broken.json 2> build/cli/err.txt; then \
	    echo "validate accepted a broken file"; exit 1; fi
	grep -q 'IK_ENOTFOUND: unknown card "res.nope" (at /placements/11/card)' build/cli/err.txt
	$(SWIFT) run --skip-build impact validate examples/data/pzw-bottendaal.journey.json | grep -q "journey: 2 moments, 3 outcomes, 5 pieces of evidence"
	$(SWIFT) run --skip-build impact compare examples/data/pzw-bottendaal-week5.json examples/data/pzw-bottendaal-end.json --lang nl \
	    | grep -q "Van Week 5 naar Einde semester: 9 erbij, 0 weg, 0 verplaatst (12 → 21 kaarten)."
	$(SWIFT) run --skip-build impact compare examples/data/pzw-bottendaal.journey.json --format json | grep -q '"change": -0.119'
	@if $(SWIFT) run --skip-build impact compare examples/data/pzw-bottendaal.journey.json --from "Week 9" 2> build/cli/err.txt; then \
	    echo "compare accepted an unknown moment"; exit 1; fi
	grep -q 'IK_ENOTFOUND: no moment "Week 9" in this journey' build/cli/err.txt
	$(SWIFT) run --skip-build impact cohort tests/data/cohort > build/cli/cohort.txt 2> build/cli/cohort-err.txt
	grep -q "Cohort: 4 groups, 7 canvases, 1 skipped." build/cli/cohort.txt
	grep -q "  – No result cards at Week 5." build/cli/cohort.txt
	grep -q "skipped tests/data/cohort/g5-broken.json: IK_EJSON" build/cli/cohort-err.txt
	@if grep -q "files" build/cli/cohort-err.txt; then echo "cohort printed progress into a file"; exit 1; fi
	@if command -v script >/dev/null; then \
	    script -qc "$(SWIFT) run --skip-build impact cohort tests/data/cohort --format json > build/cli/cohort-tty.json" /dev/null \
	        | tr '\r' '\n' | grep -q "5/5 files" && python3 -m json.tool build/cli/cohort-tty.json > /dev/null \
	        || { echo "cohort: no progress on a terminal, or progress mixed into stdout"; exit 1; }; \
	else echo "script(1) not found: terminal progress not checked"; fi
	@if $(SWIFT) run --skip-build impact cohort tests/data/cohort --strict > /dev/null 2>&1; then \
	    echo "cohort --strict ignored a broken file"; exit 1; fi
	$(SWIFT) run --skip-build impact cohort tests/data/cohort --max-empty-domains 3 --format json \
	    | python3 -c 'import json,sys; r=json.load(sys.stdin); assert [a["id"] for a in r["attention"]] == ["g3", "g4"], r["attention"]'
	$(SWIFT) run --skip-build impact questions --variant coaches --format json | grep -q '"id": "lim.coaches.adapt"'
	$(SWIFT) run --skip-build impact validate examples/data/pwmi-changelog.json | grep -q "change log: 12 changes, 8 people"
	$(SWIFT) run --skip-build impact changes report examples/data/pwmi-changelog.json --lang nl \
	    | grep -q "58% van de veranderingen gaat over Verbinden (Relating) + Samenwerken (Collaborating)."
	$(SWIFT) run --skip-build impact changes report examples/data/pwmi-changelog.json --format json | grep -q '"ratio": 1.34'
	$(SWIFT) run --skip-build impact changes sensitivity examples/data/pwmi-changelog.json --parameter discount-rate --values 0,3.5 \
	    | grep -q '"total_present_value": 14100'
	@sed 's/"sdgs": \[\n        3,/X/; s/"votes": 6/"votes": -6/' examples/data/pwmi-changelog.json > build/cli/bad-changelog.json
	@if $(SWIFT) run --skip-build impact changes report build/cli/bad-changelog.json 2> build/cli/err.txt; then \
	    echo "changes report accepted negative votes"; exit 1; fi
	grep -q 'IK_ERANGE: votes cannot be negative (-6) (at /changes/9/votes)' build/cli/err.txt
	$(SWIFT) run --skip-build impact export examples/data/pzw-bottendaal.journey.json --lang nl > build/cli/journey.csv
	python3 -c 'import csv; rows = list(csv.reader(open("build/cli/journey.csv", newline=""))); assert len(rows) == 34 and rows[0][0] == "canvas", len(rows)'
	$(SWIFT) run --skip-build impact cohort tests/data/cohort --format csv 2>/dev/null | head -2 | tail -1 \
	    | grep -q '^target-group,Involvement of the target group,activity,11,4,1.0000,4'
	$(SWIFT) run --skip-build impact render examples/data/pzw-bottendaal.journey.json --lang nl -o build/cli/canvas.svg
	python3 -c 'import xml.etree.ElementTree as ET; r = ET.parse("build/cli/canvas.svg").getroot(); assert r.tag.endswith("svg") and len(list(r.iter("{http://www.w3.org/2000/svg}rect"))) == 47'
	$(SWIFT) run --skip-build impact validate examples/data/instruments/*.json | grep -c ": OK (impactkit/" | grep -qx 6
	$(SWIFT) run --skip-build impact report examples/data/instruments/lin-kirkpatrick.json --as-of 2026-11-23 --lang nl \
	    | grep -q "Achterstallig: leerresultaat (niveau 2), gepland op 2026-11-02, 21 dagen geleden."
	$(SWIFT) run --skip-build impact report examples/data/instruments/lin-plan.json --format json \
	    | python3 -c 'import json,sys; r=json.load(sys.stdin)["investment"]; assert (r["total_hours"], r["cost"]) == (688, 34440), r'
	$(SWIFT) run --skip-build impact report examples/data/instruments/proeftuin-praktijkleren.json | grep -q "of whom 87 retained (90.6 %)"
	$(SWIFT) run --skip-build impact actiescan compare examples/data/instruments/lin-actiescan.json \
	    | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["declined"] == ["retention.students"] and r["weakest_to"] == ["innovation"], r'
	$(SWIFT) run --skip-build impact template lin --lang nl -o build/cli/lin.json
	$(SWIFT) run --skip-build impact report build/cli/lin.json --lang nl | grep -q "\[x\] 8 studenten boven formatie (minimaal 8)."
	@sed 's/"position": 4}/"position": 7}/' examples/data/instruments/lin-actiescan.json > build/cli/bad-scan.json
	@if $(SWIFT) run --skip-build impact report build/cli/bad-scan.json 2> build/cli/err.txt; then \
	    echo "report accepted a position off the scale"; exit 1; fi
	grep -q 'IK_ERANGE: position 7 is off the scale (1…5) (at /scans/0/answers/9/position)' build/cli/err.txt
	@if $(SWIFT) run --skip-build impact template sroi 2> build/cli/err.txt; then echo "template accepted an unknown kind"; exit 1; fi
	grep -q 'unknown document type "sroi"' build/cli/err.txt
	$(SWIFT) run --skip-build impact export examples/data/pzw-bottendaal.journey.json --format xapi --homepage https://lms.example.org \
	    --account "Sanne de Vries=s1234567" --actor members \
	    | python3 -c 'import json,sys; s=json.load(sys.stdin); assert s[0]["actor"]["account"]["name"] == "s1234567" and s[0]["context"]["team"]["objectType"] == "Group", s[0]'
	@if $(SWIFT) run --skip-build impact export examples/data/pzw-bottendaal.journey.json --format xapi 2> build/cli/err.txt; then \
	    echo "xapi export without --homepage accepted"; exit 1; fi
	grep -q -- "--format xapi needs --homepage" build/cli/err.txt
	$(SWIFT) run --skip-build impact render examples/data/pzw-bottendaal.journey.json --view progress --lang nl | grep -q "Kaarten per domein en moment"
	$(SWIFT) run --skip-build impact render examples/data/instruments/lin-actiescan.json | grep -c "<polygon" | grep -qx 7
	$(SWIFT) run --skip-build impact render examples/data/pwmi-changelog.json | grep -q ">4 (33%)</text>"
	$(SWIFT) run --skip-build impact cohort tests/data/cohort --format svg 2>/dev/null | grep -q "4 groups, 7 canvases, 1 skipped"
	$(SWIFT) run --skip-build impact report examples/data/instruments/lin-plan.json --lang nl \
	    | grep -qF "[ ] Praktijkopleider: 6 uur per week in week 1–26; 156 van de 208 uur."
	$(SWIFT) run --skip-build impact report examples/data/instruments/lin-plan.json \
	    | grep -qF "Teachers: the toolkit links one day-part a week on the ward to at least eight students; with 6 students"
	$(SWIFT) run --skip-build impact report examples/data/instruments/lin-actiescan.json --lang nl \
	    | grep -qF "    alleen in één scan beantwoord: Hoe ziet de uitwisseling tussen de zorg- en onderwijsinstelling eruit?"
	$(SWIFT) run --skip-build impact report examples/data/pzw-bottendaal-end.json \
	    | grep -qF "Weakest domains (tied, 3 cards each): Dealing with complexity, Interprofessional learning, Combining different kinds of knowledge"
	$(SWIFT) run --skip-build impact changes report examples/data/pwmi-changelog.json --lang nl | grep -qF "  Disconteringsvoet: 3,5%"
	$(SWIFT) run --skip-build impact changes sensitivity examples/data/pwmi-changelog.json --parameter attribution --values 50 --outcome o1 \
	    | python3 -c 'import json,sys; r=json.load(sys.stdin); assert (r["outcome"], r["applies_to"], r["base"]["ratio"]) == ("o1", ["o1"], 1.34), r'
	$(SWIFT) run --skip-build impact questions --purpose introduction --lang nl | head -1 | grep -qF "lim.intro.goal  [§7.2]"
	$(SWIFT) run --skip-build impact template iwp --lang nl | grep -qF '"description": "Elke deelnemer ervaart dat hij/zij deel uitmaakt van een gemeenschap.'
	$(SWIFT) run --skip-build impact report examples/data/instruments/proeftuin-praktijkleren.json --lang nl | grep -qF "Bronnen (N = 6): "
	$(SWIFT) run --skip-build impact demo --output build/cli/domains > /dev/null
	$(SWIFT) run --skip-build impact domains build/cli/domains/pzw-bottendaal-week5.json | grep -c "^\* " | grep -qx 5
	@if $(SWIFT) run --skip-build impact domains build/cli/domains/pzw-bottendaal-week5.json partners 2> build/cli/err.txt; then \
	    echo "domains dropped a domain that holds cards"; exit 1; fi
	grep -q 'IK_EINVAL: placement "p1" lies in domain "target-group", which would no longer be in use' build/cli/err.txt
	@printf '{"schema": "impactkit/canvas/1", "id": "c", "title": "Nieuw", "template": "lim"}' > build/cli/new-canvas.json
	$(SWIFT) run --skip-build impact domains build/cli/new-canvas.json partners knowledge -o build/cli/new-canvas.json
	python3 -c 'import json; c = json.load(open("build/cli/new-canvas.json")); assert (c["variant"], c["domains"]) == ("selected-domains", ["partners", "knowledge"]), c'
	@if $(SWIFT) run --skip-build impact compare examples/data/pwmi-changelog.json 2> build/cli/err.txt; then \
	    echo "compare accepted a change log"; exit 1; fi
	grep -qF "one file must be a journey, this is a changelog (impactkit/changelog/1)" build/cli/err.txt
	@echo "cli: 59 passed, 0 failed"

# Each C test program with its arguments; all are built the same way and run plain, then under valgrind.
C_TEST_RUNS := "test_abi examples/data" "test_document examples/data" "test_journey_cohort examples/data tests/data/cohort" "test_changelog examples/data" "test_instruments examples/data" "test_xapi examples/data"
c-test: stage
	@mkdir -p build/c
	@for run in $(C_TEST_RUNS); do set -- $$run; \
	    echo "$(CC) ... -o build/c/$$1 tests/c/$$1.c"; \
	    $(CC) -std=c99 -Wall -Wextra -Werror -o build/c/$$1 tests/c/$$1.c \
	        $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit jansson) -lm \
	        -Wl,-rpath,$(abspath $(STAGE))/lib || exit 1; done
	@for run in $(C_TEST_RUNS); do echo "./build/c/$$run"; ./build/c/$$run || exit 1; done
	@if command -v valgrind >/dev/null; then \
	    echo "valgrind memcheck: C tests"; \
	    for run in $(C_TEST_RUNS); do \
	        valgrind -q --error-exitcode=9 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
	            ./build/c/$$run || exit 1; done; \
	else echo "valgrind not found: memcheck skipped"; fi

python-test: stage
	$(SWIFT) build --product impact
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	cd bindings/python && python3 -m pytest -q tests
	@if command -v valgrind >/dev/null; then \
	    echo "valgrind memcheck: Python tests (real interpreter, PYTHONMALLOC=malloc)"; \
	    cd bindings/python && PYTHONMALLOC=malloc valgrind --leak-check=full --show-leak-kinds=definite \
	        --log-file=../../build/python-memcheck.log \
	        $$(python3 -c 'import sys; print(sys.executable)') -m pytest -q -p no:cacheprovider tests \
	        -k "not hostile and not environment and not killed" && \
	    python3 ../../tests/memcheck_filter.py ../../build/python-memcheck.log "Python tests"; \
	else echo "valgrind not found: memcheck skipped"; fi

# PHP FFI cannot read #include or macros: it loads a preprocessed copy of the header, kept in git and checked here.
php-header:
	@{ printf '/* Generated from include/impactkit.h by `make php-header` (cpp -P): PHP FFI reads no #include or macros.\n   Do not edit; make test checks it is up to date. */\n'; \
	   cpp -P -undef -nostdinc -I scripts/ffi-stub include/impactkit.h | grep -v '^\s*$$'; } > bindings/php/impactkit.ffi.h

# xAPI statements posted to a real LRS (Ralph, from PyPI, in build/xapi-venv) on 127.0.0.1 and validated with
# Ralph's strict xAPI 1.0.3 model.
xapi-test: stage
	@bash scripts/bootstrap.sh --xapi
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	build/xapi-venv/bin/python -m pytest -q -p no:cacheprovider tests/xapi

php-test: stage
	@bash scripts/bootstrap.sh --php
	@cpp -P -undef -nostdinc -I scripts/ffi-stub include/impactkit.h | grep -v '^\s*$$' | diff - <(tail -n +3 bindings/php/impactkit.ffi.h) \
	    || { echo "bindings/php/impactkit.ffi.h is out of date: run make php-header"; exit 1; }
	@mkdir -p bindings/php/lib && cp -P $(STAGE)/lib/$(LIBNAME)* bindings/php/lib/
	cd bindings/php && phpunit
	@if command -v valgrind >/dev/null; then \
	    echo "valgrind memcheck: PHP tests (USE_ZEND_ALLOC=0)"; \
	    USE_ZEND_ALLOC=0 valgrind --leak-check=full --show-leak-kinds=definite --log-file=build/php-memcheck.log \
	        php /usr/bin/phpunit -c bindings/php/phpunit.xml > /dev/null && \
	    python3 tests/memcheck_filter.py build/php-memcheck.log "PHP tests"; \
	else echo "valgrind not found: memcheck skipped"; fi

# Every example runs, so none can rot: C, Python, PHP against the staged library, Swift against the package.
examples-test: stage
	@bash scripts/bootstrap.sh --php
	@rm -rf build/examples && mkdir -p build/examples/c build/examples/php
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	@mkdir -p bindings/php/lib && cp -P $(STAGE)/lib/$(LIBNAME)* bindings/php/lib/
	$(CC) -std=c99 -Wall -Wextra -Werror -o build/examples/portfolio_export examples/c/portfolio_export.c \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$(abspath $(STAGE))/lib
	./build/examples/portfolio_export examples/data/pzw-bottendaal-end.json build/examples/c nl
	cmp build/examples/c/canvas.json examples/data/pzw-bottendaal-end.json
	grep -q '"cards": 21' build/examples/c/report.json
	grep -q 'Gedekt: 5 van 5 domeinen; 21 kaarten.' build/examples/c/summary.txt
	python3 -c 'import hashlib,json,sys; s=json.load(open(sys.argv[1])); p=open(sys.argv[2],"rb").read(); a=s[0]["attachments"][0]; assert a["sha2"] == hashlib.sha256(p).hexdigest() and a["length"] == len(p), a' \
	    build/examples/c/statements.json build/examples/c/poster.svg
	@if ./build/examples/portfolio_export examples/data/pzw-bottendaal-end.json build/examples/c nl 'javascript:x' 2> build/examples/err.txt; then \
	    echo "portfolio_export accepted a bad platform URL"; exit 1; fi
	grep -q 'to_xapi: IK_EINVAL: .* (at /homepage)' build/examples/err.txt
	PYTHONPATH=bindings/python python3 examples/python/cohort_report.py tests/data/cohort --lang nl \
	    > build/examples/cohort.txt 2> build/examples/cohort-err.txt
	grep -q 'Groep 4 (Dukenburg) \[few-results\]: Geen opbrengstkaarten bij Week 5.' build/examples/cohort.txt
	grep -qE 'Combineren van verschillende kennis +1 \( 25%\) +1 \( 25%\) +1 \( 25%\) +1/4' build/examples/cohort.txt
	grep -q '  Interprofessioneel samenwerken: 2 stukken bewijs bij Week 5, Einde semester' build/examples/cohort.txt
	grep -q 'g5-broken.json: IK_EJSON' build/examples/cohort-err.txt
	php examples/php/portfolio_artefact.php examples/data/pzw-bottendaal-week5.json build/examples/php en
	php -r '$$m = json_decode(file_get_contents("build/examples/php/artefact.json"), true); exit($$m["title"] === "Samen gezond in Bottendaal (Week 5)" && count($$m["authors"]) === 7 ? 0 : 1);'
	cmp build/examples/php/canvas.json examples/data/pzw-bottendaal-week5.json
	@# The README's C program, compiled and run exactly as written.
	@sed -n '/^\*\*C\*\* (`cc app.c/,/^```$$/p' README.md | sed '1,2d;$$d' > build/examples/readme.c
	$(CC) -std=c99 -Wall -Wextra -Werror -o build/examples/readme build/examples/readme.c \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$(abspath $(STAGE))/lib
	./build/examples/readme | grep -q 'IK_EINVAL: result cards go in the result field, not in place (at /field)'
	./build/examples/readme | grep -q 'Gedekt: 0 van 5 domeinen; 2 kaarten.'
	$(SWIFT) build --package-path examples/swift
	examples/swift/.build/debug/canvas-example > build/examples/swift.txt
	grep -q 'round trip: identical' build/examples/swift.txt
	grep -q 'refused: IK_EINVAL: result cards go in the result field, not in place (at /field)' build/examples/swift.txt
	@echo "examples: 5 passed, 0 failed"

# Benchmarks (not tests: nothing here fails on time). Every row is a ratio against a peer measured in the same run:
# raw jansson (C), plain Python with json + jsonschema, Foundation's JSONDecoder. Data is generated with a fixed
# seed into build/bench (the 10 000-group cohort once, ~80 MB). See bench/RESULTS.md.
BENCH := build/bench
bench: stage
	@mkdir -p $(BENCH)
	@[ -d $(BENCH)/data ] || python3 bench/generate.py canvases $(BENCH)/data
	@[ -d $(BENCH)/cohort-1000 ] || python3 bench/generate.py cohort $(BENCH)/cohort-1000 1000
	@[ -d $(BENCH)/cohort-10000 ] || python3 bench/generate.py cohort $(BENCH)/cohort-10000 10000
	@$(CC) -O2 -std=c99 -Wall -Wextra -Werror -o $(BENCH)/bench_abi bench/c/bench_abi.c \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit jansson) -Wl,-rpath,$(abspath $(STAGE))/lib
	@$(CC) -O2 -std=c99 -Wall -Wextra -Werror -o $(BENCH)/cohort_run bench/c/cohort_run.c \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$(abspath $(STAGE))/lib
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	@$(SWIFT) build -c release --package-path bench/swift 2>&1 | tail -1
	@echo "== ImpactKit $(VERSION) benchmarks on $$(nproc) cores, $$(date -u +%Y-%m-%dT%H:%MZ)"
	@$(BENCH)/bench_abi $(BENCH)/data
	@for n in 1000 10000; do set -- $$($(BENCH)/cohort_run $(BENCH)/cohort-$$n); \
	    printf "C ABI cohort of %s groups: %.3f s, peak RSS %s MiB\n" $$3 $$1 $$2; done
	@echo
	@python3 bench/python/bench_python.py $(BENCH)/data $(BENCH)/cohort-1000 $(BENCH)/cohort-10000
	@echo
	@bench/swift/.build/release/swift-bench $(BENCH)/data

symbols-test: stage
	python3 scripts/schema_doc.py --check
	bash tests/check_symbols.sh $(STAGE)/lib/$(LIBNAME) include/impactkit.h

# libFuzzer + ASan over every ABI entry point that takes bytes: `make fuzz SECONDS=600` for a long run.
SECONDS ?= 60
fuzz: deps
	bash scripts/fuzz.sh $(SECONDS)

fuzz-smoke: deps
	bash scripts/fuzz.sh 5

LDCONFIG ?= ldconfig

install: lib
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include
	install -m 755 $(RELEASE_DIR)/release/$(LIBNAME) $(DESTDIR)$(PREFIX)/lib/$(LIBNAME).$(VERSION)
	strip --strip-unneeded $(DESTDIR)$(PREFIX)/lib/$(LIBNAME).$(VERSION)
	ln -sf $(LIBNAME).$(VERSION) $(DESTDIR)$(PREFIX)/lib/$(LIBNAME).$(SOVERSION)
	ln -sf $(LIBNAME).$(SOVERSION) $(DESTDIR)$(PREFIX)/lib/$(LIBNAME)
	install -m 644 include/impactkit.h $(DESTDIR)$(PREFIX)/include/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' scripts/impactkit.pc.in \
	    > $(DESTDIR)$(PREFIX)/lib/pkgconfig/impactkit.pc
	-$(LDCONFIG) 2>/dev/null || true

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/lib/$(LIBNAME)* $(DESTDIR)$(PREFIX)/include/impactkit.h \
	      $(DESTDIR)$(PREFIX)/lib/pkgconfig/impactkit.pc

clean:
	rm -rf .build .build-tsan examples/swift/.build bench/swift/.build $(RELEASE_DIR) build demo-output bindings/python/impactkit/$(LIBNAME)* bindings/php/lib
