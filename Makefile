# ImpactKit — build, test, install. `make demo` and `make test` work on a fresh machine (they install what is
# missing through scripts/bootstrap.sh).

SHELL        := /bin/bash
# The version has one source, the header's macros; the SONAME follows the major version.
VERSION      := $(shell sed -n 's/^\#define IK_VERSION_STRING "\(.*\)"/\1/p' include/impactkit.h)
SOVERSION    := $(shell sed -n 's/^\#define IK_VERSION_MAJOR \([0-9]*\)/\1/p' include/impactkit.h)
PREFIX       ?= /usr/local
# For packagers: the library's folder under PREFIX (lib/x86_64-linux-gnu, lib64), what strips the installed
# binaries (STRIP=: keeps symbols for a -dbg package), and BOOTSTRAP=0 to build with what is installed (an offline
# chroot; scripts/bootstrap.sh otherwise installs what is missing). SOURCE_DATE_EPOCH dates the man page.
LIBDIR       ?= lib
STRIP        ?= strip
BOOTSTRAP    ?= 1
SWIFT        ?= swift
RELEASE_DIR  := .build-release
STAGE        := build/stage
LIBNAME      := libimpactkit.so
# The shipped library: self-contained Swift runtime, only ik_* exported, with a SONAME. Marked NODELETE: the Swift
# runtime inside cannot be unloaded safely (its thread-exit destructors and metadata caches live in the library),
# and a host that dlcloses it per request (PHP frees its FFI object after each one) paid ~1 ms to map it again.
# No $ORIGIN runpath (--disable-local-rpath): the library and the CLI load jansson from the system, never from
# beside themselves (a libjansson.so.4 planted next to bin/impact would have been loaded; packagers' linters flag it).
RELEASE_FLAGS := -c release --scratch-path $(RELEASE_DIR) -Xswiftc -static-stdlib --disable-local-rpath \
                 -Xlinker --version-script=$(CURDIR)/scripts/impactkit.map -Xlinker -soname=$(LIBNAME).$(SOVERSION) \
                 -Xlinker -z -Xlinker nodelete

MEMCHECK     ?= 1

.PHONY: bench-page-view credentials-test typing-test format format-check python-versions-test analytics-test bench-analytics bench-peers all deps deps-core deps-check web web-test pictures-test pictures-update share check cli-release install-test php-fpm-test wheel wheel-test dist dist-test build lib stage demo test swift-test cli-test c-test python-test symbols-test api-test php-header php-test xapi-test examples-test tsan fuzz fuzz-smoke fuzz-campaign fuzz-status bench install uninstall clean

all: build lib

# What building needs (jansson, pkg-config; pytest and jsonschema), for build, lib and demo.
deps-core:
	@if [ "$(BOOTSTRAP)" != 0 ]; then bash scripts/bootstrap.sh; fi

# What `make check` runs needs, and no more: jansson, pkg-config, pytest and jsonschema; PHP with FFI and
# PHPUnit; rsvg-convert, DejaVu and Pillow for the pictures; JSONTestSuite's files for the conformance cases.
deps-check:
	@bash scripts/bootstrap.sh
	@bash scripts/bootstrap.sh --php
	@bash scripts/bootstrap.sh --pictures
	@python3 scripts/fetch_jsontestsuite.py

# Everything the tests need is installed here and only here (the above, and the Ralph LRS, the wheel tools,
# Chromium with nginx and PHP-FPM, chDB); no test recipe installs or fetches anything.
deps: deps-check
	@bash scripts/bootstrap.sh --xapi
	@bash scripts/bootstrap.sh --wheel
	@bash scripts/bootstrap.sh --web
	@bash scripts/bootstrap.sh --pythons
	@bash scripts/bootstrap.sh --analytics
	@bash scripts/bootstrap.sh --credentials
	@bash scripts/bootstrap.sh --typing

build: deps-core
	$(SWIFT) build

# The release library.
lib: deps-core
	$(SWIFT) build $(RELEASE_FLAGS) --product impactkit

# The impact CLI as shipped: release, Swift runtime and Foundation linked in (it runs without a toolchain); built
# with the library's flags so the core's objects are shared, not compiled again.
cli-release: deps-core
	$(SWIFT) build $(RELEASE_FLAGS) --product impact

# Shell completions (bash, zsh, fish) and the man page, made from the CLI itself: swift-argument-parser writes the
# completion scripts and its generate-manual tool the page (dated by the last commit, so a rebuild is identical).
SHARE        := build/share
MAN_DATE     := $(if $(SOURCE_DATE_EPOCH),$(shell date -u -d @$(SOURCE_DATE_EPOCH) +%F),$(shell git log -1 --format=%cs 2>/dev/null || date -u +%F))
share: cli-release
	@mkdir -p $(SHARE)/man1 $(SHARE)/completions
	$(SWIFT) build --product generate-manual
	@# In English whatever the builder's locale: the CLI's help follows LC_ALL/LANG since it has Dutch.
	LC_ALL=C $$($(SWIFT) build --show-bin-path)/generate-manual $(RELEASE_DIR)/release/impact --output-directory $(SHARE)/man1 \
	    --date $(MAN_DATE) --authors "ImpactKit"
	python3 scripts/man_environment.py $(SHARE)/man1/impact.1
	LC_ALL=C $(RELEASE_DIR)/release/impact --generate-completion-script bash > $(SHARE)/completions/impact.bash
	LC_ALL=C $(RELEASE_DIR)/release/impact --generate-completion-script zsh > $(SHARE)/completions/_impact
	LC_ALL=C $(RELEASE_DIR)/release/impact --generate-completion-script fish > $(SHARE)/completions/impact.fish

# `make install` into build/stage: what the C and Python tests build and load against.
stage: lib cli-release
	@$(MAKE) --no-print-directory install PREFIX=$(abspath $(STAGE)) LIBDIR=lib LDCONFIG=: > /dev/null

# What `make install` puts in place works where no Swift toolchain is: the CLI and a C program against the
# installed library and pkg-config file, run with the toolchain's folder hidden (a private mount namespace with an
# empty tmpfs over it; needs root, as CI and these machines have).
install-test: stage
	@# As a distribution packages it: multiarch folder, symbols kept for a -dbg package, nothing bootstrapped.
	@rm -rf build/install-test && mkdir -p build/install-test
	@$(MAKE) --no-print-directory install PREFIX=/usr DESTDIR=$(abspath build/install-test/pkg) \
	    LIBDIR=lib/x86_64-linux-gnu STRIP=: BOOTSTRAP=0 LDCONFIG=: SOURCE_DATE_EPOCH=1767225600 > /dev/null
	@pkg=build/install-test/pkg/usr; \
	test -L $$pkg/lib/x86_64-linux-gnu/$(LIBNAME).$(SOVERSION) && \
	grep -qx 'libdir=$${exec_prefix}/lib/x86_64-linux-gnu' $$pkg/lib/x86_64-linux-gnu/pkgconfig/impactkit.pc && \
	readelf -S $$pkg/lib/x86_64-linux-gnu/$(LIBNAME).$(VERSION) | grep -q '\.symtab' && \
	grep -q '^\.Dd January 1, 2026' $$pkg/share/man/man1/impact.1 && \
	test -f $$pkg/share/doc/impactkit/THIRD-PARTY-NOTICES.txt && ! test -e $$pkg/lib/$(LIBNAME) || \
	{ echo "install-test: LIBDIR, STRIP, SOURCE_DATE_EPOCH or the notices not as a packager sets them"; exit 1; }
	@printf '#include <impactkit.h>\n#include <stdio.h>\nint main(void) { ik_document *d; ik_error e;\n  if (ik_document_template(&d, "lin", NULL, &e) != IK_OK) return 1;\n  printf("%%s %%s\\n", ik_version(), ik_document_kind(d)); ik_document_free(d); return 0; }\n' > build/install-test/app.c
	$(CC) -std=c99 -Wall -Werror -o build/install-test/app build/install-test/app.c \
	    $$(PKG_CONFIG_LIBDIR=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$(abspath $(STAGE))/lib
	@# Only ImpactKit's .pc is visible (PKG_CONFIG_LIBDIR): no jansson.pc, as without libjansson-dev (issue 38).
	@toolchain=$$(dirname $$(dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))); \
	if [ "$$(id -u)" = 0 ] && command -v unshare >/dev/null; then \
	    unshare -m sh -ec "mount -t tmpfs tmpfs $$toolchain; ! command -v swift > /dev/null; \
	        $(abspath $(STAGE))/bin/impact --version | grep -qx $(VERSION); \
	        $(abspath $(STAGE))/bin/impact validate examples/data/pwmi-changelog.json | grep -q 'change log: 12 changes'; \
	        $(abspath $(STAGE))/bin/impact report examples/data/instruments/lin-plan.json --lang nl | grep -q 'Waar de toolkit op rekent'; \
	        build/install-test/app | grep -qx '$(VERSION) impactkit/lin/1'; \
	        grep -q '^\.It Em new' $(abspath $(STAGE))/share/man/man1/impact.1; \
	        grep -q '^\.It Ev IMPACTKIT_PSEUDONYM_SALT$$' $(abspath $(STAGE))/share/man/man1/impact.1; \
	        grep -q -- '--title TITLE' $(abspath $(STAGE))/share/man/man1/impact.1; \
	        bash -c 'source $(abspath $(STAGE))/share/bash-completion/completions/impact && complete -p impact' | grep -q impact; \
	        grep -q 'place' $(abspath $(STAGE))/share/zsh/site-functions/_impact; \
	        grep -q 'unplace' $(abspath $(STAGE))/share/fish/vendor_completions.d/impact.fish" \
	    && echo "install: 1 passed, 0 failed (CLI, C program, man page and completions with $$toolchain hidden)"; \
	else echo "install-test: needs root and unshare to hide the toolchain; skipped"; fi

# The demo runs the CLI as it ships (release, self-contained), the build `make install` puts in bin/.
demo: cli-release
	$(RELEASE_DIR)/release/impact demo --lang en
	$(RELEASE_DIR)/release/impact demo --lang nl --output demo-output/nl > /dev/null

# The quick loop (about a minute on a warm tree): Swift, CLI, C, Python and PHP tests, no valgrind, TSan, fuzzing,
# LRS or examples. `make test` is the full run CI makes.
check: deps-check format-check swift-test cli-test stage
	@$(MAKE) --no-print-directory c-test python-test pictures-test php-test MEMCHECK=0
	@echo "make check: format, swift, cli, c, python, pictures, php (no memcheck; make test runs everything)"

# The Swift sources as swift-format lays them out at 120 columns (.swift-format: layout only, every rewriting rule
# off). `make format` rewrites them; `format-check` fails on any difference.
SWIFT_FORMAT_PATHS := Package.swift Sources Tests bench fuzz examples
format:
	swift format -i -r $(SWIFT_FORMAT_PATHS)
format-check:
	swift format lint --strict -r $(SWIFT_FORMAT_PATHS)

# Every suite; make stops at the first that fails, so reaching the last line means all of them passed.
TEST_SUITES := format-check swift-test cli-test c-test python-test python-versions-test pictures-test wheel-test php-test php-fpm-test web-test xapi-test analytics-test \
               credentials-test typing-test \
               examples-test \
               install-test dist-test symbols-test api-test tsan fuzz-smoke
test: deps stage $(TEST_SUITES)
	@echo "make test: $(TEST_SUITES) (c, python, php also under valgrind)"
	@echo "suites: $(words $(TEST_SUITES)) passed, 0 failed"

swift-test:
	$(SWIFT) test --disable-xctest

# The Python binding as a typed host sees it: mypy --strict over the README's Python example and Tests/typing, with
# the package found as installed (build/typing-venv, scripts/bootstrap.sh --typing).
typing-test:
	@mkdir -p build/examples
	sed -n '/^```python$$/,/^```$$/p' README.md | sed '1d' | sed '/^```$$/,$$d' > build/examples/readme-typed.py
	build/typing-venv/bin/mypy --strict --cache-dir build/mypy-cache build/examples/readme-typed.py Tests/typing/host_code.py

# Credentials a verifier accepts (issue 36): signed in Python (both proof formats), PHP (sodium), the CLI (a key
# file) and through the C ABI's two steps, each checked by openbadgeslib (PyPI, build/ob3-venv), tampering included.
credentials-test: stage
	$(SWIFT) build --product impact
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	IMPACTKIT_LIBRARY=$(abspath $(STAGE))/lib/$(LIBNAME).1 PYTHONPATH=bindings/python \
	    build/ob3-venv/bin/python -m pytest -q -p no:cacheprovider Tests/credentials

# Eight threads with their own handles through the C ABI, under ThreadSanitizer (own build folder).
tsan:
	SWIFT_BACKTRACE=enable=no $(SWIFT) test --sanitize=thread --disable-xctest --filter Threads --scratch-path .build-tsan

# The CLI end to end (Tests/cli/run.sh: each check counted; the demo reproduces examples/data exactly, refusals
# carry their JSON pointer and a non-zero exit).
cli-test:
	$(SWIFT) build --product impact
	bash Tests/cli/run.sh

# Each C test program with its arguments; all are built the same way and run plain, then under valgrind.
C_TEST_RUNS := "test_abi examples/data" "test_alloc_failure examples/data" "test_stack" "test_document examples/data" "test_journey_cohort examples/data Tests/data/cohort" "test_changelog examples/data" "test_instruments examples/data" "test_xapi examples/data" "test_credentials Tests/data/credentials" "test_conformance examples/data build/JSONTestSuite/test_parsing Tests/data/conformance"
c-test: stage
	@mkdir -p build/c
	@for run in $(C_TEST_RUNS); do set -- $$run; \
	    echo "$(CC) ... -o build/c/$$1 Tests/c/$$1.c"; \
	    $(CC) -std=c99 -Wall -Wextra -Werror -o build/c/$$1 Tests/c/$$1.c \
	        $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit jansson) -lm \
	        -Wl,-rpath,$(abspath $(STAGE))/lib || exit 1; done
	@for run in $(C_TEST_RUNS); do echo "./build/c/$$run"; ./build/c/$$run || exit 1; done
	@if [ "$(MEMCHECK)" = 0 ]; then :; elif command -v valgrind >/dev/null; then \
	    echo "valgrind memcheck: C tests"; \
	    for run in $(C_TEST_RUNS); do \
	        valgrind -q --error-exitcode=9 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
	            ./build/c/$$run || exit 1; done; \
	else echo "valgrind not found: memcheck skipped"; fi

# What people see (Tests/pictures): every picture kind for a small, a large and a hostile document from the
# installed CLI; text fits its box (measured with Pillow and the DejaVu fonts), WCAG AA contrast on every fill, and
# PNGs equal to the committed references within a tolerance. After an intended layout change: make pictures-update.
pictures-test: stage
	python3 -m pytest -q -p no:cacheprovider Tests/pictures

pictures-update: stage
	UPDATE_REFERENCES=1 python3 -m pytest -q -p no:cacheprovider Tests/pictures
	@echo "references rewritten in Tests/pictures/reference: look at them (git diff shows which) before committing"

# The binding's suite under every Python the package claims (requires-python >= 3.9) that the machine has: 3.9's
# os.path.realpath had no strict= (a save through a symlink crashed there), so one interpreter is not enough.
python-versions-test: stage
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	@ran=""; for venv in build/python3.*-venv; do [ -x "$$venv/bin/python" ] || continue; \
	    version=$$($$venv/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	    (cd bindings/python && ../../$$venv/bin/python -m pytest -q -p no:cacheprovider tests \
	        --deselect tests/test_bounded_memory.py) > build/python-$$version.log 2>&1 \
	        || { tail -30 build/python-$$version.log; echo "python $$version: failed"; exit 1; }; \
	    ran="$$ran $$version: $$(tail -1 build/python-$$version.log);"; done; \
	[ -n "$$ran" ] || { echo "python-versions-test: no build/python3.*-venv (make deps makes them)"; exit 1; }; \
	echo "python versions:$$ran"

python-test: stage
	$(SWIFT) build --product impact
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	cd bindings/python && python3 -m pytest -q tests --deselect tests/test_bounded_memory.py
	@# The bounded-memory figures (peak RSS of refusing each hostile 16 MiB document) printed, not only asserted.
	cd bindings/python && python3 -m pytest -q -s -p no:cacheprovider tests/test_bounded_memory.py
	@if [ "$(MEMCHECK)" = 0 ]; then :; elif command -v valgrind >/dev/null; then \
	    echo "valgrind memcheck: Python tests (real interpreter, PYTHONMALLOC=malloc)"; \
	    cd bindings/python && PYTHONMALLOC=malloc valgrind --leak-check=full --show-leak-kinds=definite \
	        --log-file=../../build/python-memcheck.log \
	        $$(python3 -c 'import sys; print(sys.executable)') -m pytest -q -p no:cacheprovider tests \
	        -k "not hostile and not environment and not killed" && \
	    python3 ../../Tests/memcheck_filter.py ../../build/python-memcheck.log "Python tests"; \
	else echo "valgrind not found: memcheck skipped"; fi

# PHP FFI cannot read #include or macros: it loads a preprocessed copy of the header, kept in git and checked here.
# The header as PHP FFI reads it: preprocessed (no #include, no macros), no blank lines, and no space left where
# the empty IK_EXPERIMENTAL stood. One recipe for writing and for checking it.
PHP_FFI_DECLARATIONS = cpp -P -undef -nostdinc -I scripts/ffi-stub include/impactkit.h | grep -v '^\s*$$' | sed 's/^ \(int \)/\1/'

php-header:
	@{ printf '/* Generated from include/impactkit.h by `make php-header` (cpp -P): PHP FFI reads no #include or macros.\n   Do not edit; make test checks it is up to date. */\n'; \
	   $(PHP_FFI_DECLARATIONS); } > bindings/php/impactkit.ffi.h

# xAPI statements posted to a real LRS (Ralph, from PyPI, in build/xapi-venv) on 127.0.0.1 and validated with
# Ralph's strict xAPI 1.0.3 model.
xapi-test: stage
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	build/xapi-venv/bin/python -m pytest -q -p no:cacheprovider Tests/xapi

# The analytics export and the ClickHouse SQL models in analytics/ on chDB (embedded ClickHouse), compared figure
# by figure with the library's reports; pyarrow and chDB from PyPI in build/analytics-venv.
analytics-test: stage
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	build/analytics-venv/bin/python -m pytest -q -p no:cacheprovider Tests/analytics
	cd bindings/python && $(abspath build/analytics-venv)/bin/python -m pytest -q -p no:cacheprovider tests/test_analytics.py

php-test: stage
	@$(PHP_FFI_DECLARATIONS) | diff - <(tail -n +3 bindings/php/impactkit.ffi.h) \
	    || { echo "bindings/php/impactkit.ffi.h is out of date: run make php-header"; exit 1; }
	@mkdir -p bindings/php/lib && cp -P $(STAGE)/lib/$(LIBNAME)* bindings/php/lib/
	cd bindings/php && phpunit
	@if [ "$(MEMCHECK)" = 0 ]; then :; elif command -v valgrind >/dev/null; then \
	    echo "valgrind memcheck: PHP tests (USE_ZEND_ALLOC=0)"; \
	    USE_ZEND_ALLOC=0 valgrind --leak-check=full --show-leak-kinds=definite --log-file=build/php-memcheck.log \
	        php /usr/bin/phpunit -c bindings/php/phpunit.xml > /dev/null && \
	    python3 Tests/memcheck_filter.py build/php-memcheck.log "PHP tests"; \
	else echo "valgrind not found: memcheck skipped"; fi

# The Python package as pip installs it: a platform wheel with the library inside (hatchling hook around `make lib`),
# repaired by auditwheel into a manylinux wheel with jansson grafted in (build/wheel/repaired/).
wheel: lib
	@rm -rf build/wheel
	IMPACTKIT_BUILT_LIBRARY=$(abspath $(RELEASE_DIR))/release/$(LIBNAME) build/wheel-venv/bin/pip wheel -q --no-deps \
	    --no-build-isolation -w build/wheel bindings/python
	PATH=$(abspath build/wheel-venv/bin):$$PATH build/wheel-venv/bin/auditwheel repair -w build/wheel/repaired \
	    build/wheel/impactkit-*.whl
	@rm -rf bindings/python/build

# The repaired wheel in a fresh venv, the Python suite run from outside the repository against it, with the Swift
# toolchain and the system's libjansson hidden (private mount namespace: tmpfs over the toolchain, /dev/null over
# the jansson file), as on a user's machine. Needs root and unshare, as CI and these machines have. The tests that
# drive the impact CLI are left out here: the CLI is not in the wheel and needs the system's jansson (install-test
# runs it with the toolchain hidden).
wheel-test: wheel stage
	@rm -rf build/wheel-test && python3 -m venv --system-site-packages build/wheel-test
	build/wheel-test/bin/pip install -q --no-index --no-deps build/wheel/repaired/impactkit-*.whl
	@toolchain=$$(dirname $$(dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))); \
	jansson=$$(readlink -f $$(ldconfig -p | awk '/libjansson.so.4 / {print $$NF; exit}')); \
	if [ "$$(id -u)" = 0 ] && command -v unshare >/dev/null; then \
	    cd /tmp && unshare -m sh -ec "mount -t tmpfs tmpfs $$toolchain; mount --bind /dev/null $$jansson; \
	        IMPACTKIT_TEST_INSTALLED=1 $(abspath build/wheel-test)/bin/python -m pytest -q -p no:cacheprovider \
	        -k 'not test_cli_format_survives_being_killed and not test_the_cli_draws_what_python_draws' \
	        $(CURDIR)/bindings/python/tests"; \
	else echo "wheel-test: needs root and unshare to hide the toolchain and jansson; skipped"; fi

# A release tarball: the library, header, pkg-config file, CLI, the repaired wheel and the PHP package, in a tree
# that works wherever it is unpacked (the .pc file finds its prefix from its own place).
DIST := build/dist/impactkit-$(VERSION)
TARBALL := build/impactkit-$(VERSION)-linux-x86_64.tar.gz
dist: stage wheel
	@rm -rf build/dist && mkdir -p $(DIST)/share/impactkit/python $(DIST)/share/impactkit/php
	@$(MAKE) --no-print-directory install PREFIX=/usr/local LIBDIR=lib DESTDIR=$(abspath build/dist/tmp) LDCONFIG=: > /dev/null
	@cp -a build/dist/tmp/usr/local/. $(DIST)/ && rm -rf build/dist/tmp
	@sed -i 's|^prefix=.*|prefix=$${pcfiledir}/../..|' $(DIST)/lib/pkgconfig/impactkit.pc
	@cp build/wheel/repaired/impactkit-*.whl $(DIST)/share/impactkit/python/
	@cd bindings/php && git ls-files -- . ':!tests' ':!phpunit.xml' ':!.gitattributes' \
	    | tar -cf - -T - | tar -xf - -C $(abspath $(DIST))/share/impactkit/php
	@cp LICENSE $(DIST)/share/impactkit/php/   # the Composer package carries its licence
	@cp README.md LICENSE THIRD-PARTY-NOTICES.txt CHANGELOG.md $(DIST)/
	tar -czf $(TARBALL) -C build/dist impactkit-$(VERSION)
	@echo "$(TARBALL): $$(du -h $(TARBALL) | cut -f1), $$(tar -tzf $(TARBALL) | grep -vc '/$$') files"

# The tarball unpacked into a scratch prefix, each part used with the toolchain hidden: the CLI, a C program built
# with the tarball's pkg-config file, the wheel in a fresh venv, the PHP package on the tarball's library.
dist-test: dist
	@rm -rf build/dist-test && mkdir -p build/dist-test && tar -xzf $(TARBALL) -C build/dist-test
	@prefix=$(abspath build/dist-test)/impactkit-$(VERSION); \
	printf '#include <impactkit.h>\n#include <stdio.h>\nint main(void) { printf("%%s\\n", ik_version()); return 0; }\n' > build/dist-test/app.c; \
	$(CC) -std=c99 -Wall -Werror -o build/dist-test/app build/dist-test/app.c \
	    $$(PKG_CONFIG_PATH=$$prefix/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$$prefix/lib; \
	python3 -m venv --system-site-packages build/dist-test/venv && \
	build/dist-test/venv/bin/pip install -q --no-index --no-deps $$prefix/share/impactkit/python/impactkit-*.whl; \
	toolchain=$$(dirname $$(dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))); \
	if [ "$$(id -u)" = 0 ] && command -v unshare >/dev/null; then \
	    cd /tmp && unshare -m sh -ec "mount -t tmpfs tmpfs $$toolchain; \
	        $$prefix/bin/impact --version | grep -qx $(VERSION); \
	        grep -q Lehtinen $$prefix/share/impactkit/php/LICENSE; grep -q Lehtinen $$prefix/LICENSE; \
	        grep -q 'Eric Young' $$prefix/THIRD-PARTY-NOTICES.txt; grep -q 'Unicode-3.0' $$prefix/share/doc/impactkit/THIRD-PARTY-NOTICES.txt; \
	        $(abspath build/dist-test)/app | grep -qx $(VERSION); \
	        $(abspath build/dist-test)/venv/bin/python -c 'import impactkit; assert impactkit.template(\"lin\", \"nl\").evaluate()[\"lang\"] == \"nl\"'; \
	        IMPACTKIT_LIBRARY=$$prefix/lib/libimpactkit.so.1 php -r 'require \"$$prefix/share/impactkit/php/autoload.php\"; exit(ImpactKit\\Document::fromTemplate(\"iwp\")->kind() === \"impactkit/iwp/1\" ? 0 : 1);'" \
	    && echo "dist: 4 passed, 0 failed (CLI, C with pkg-config, wheel, PHP package; $$toolchain hidden)"; \
	else echo "dist-test: needs root and unshare to hide the toolchain; skipped"; fi

# The PHP binding as a web server runs it: PHP-FPM behind nginx on 127.0.0.1 with PHP's default ffi.enable=preload.
php-fpm-test: stage
	@mkdir -p bindings/php/lib && cp -P $(STAGE)/lib/$(LIBNAME)* bindings/php/lib/
	bash Tests/php-fpm/run.sh

# The reference portfolio page (examples/portfolio-web) on nginx + PHP-FPM (ffi.enable=preload) with a Ralph LRS:
# `make web` serves it on http://127.0.0.1:8080/ until Ctrl-C; `make web-test` drives it in headless Chromium.
web: stage
	bash scripts/web.sh

web-test: stage
	bash scripts/web.sh --test

# Every example runs, so none can rot: C, Python, PHP against the staged library, Swift against the package.
examples-test: stage
	@EXAMPLES_CC="$(CC)" SWIFT="$(SWIFT)" STAGE="$(abspath $(STAGE))" bash Tests/examples/run.sh

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
	@$(CC) -O2 -std=c99 -Wall -Wextra -Werror -o $(BENCH)/bench_scale bench/c/bench_scale.c \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit jansson) -Wl,-rpath,$(abspath $(STAGE))/lib
	@$(CC) -O2 -std=c99 -Wall -Wextra -Werror -o $(BENCH)/cohort_run bench/c/cohort_run.c \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit) -Wl,-rpath,$(abspath $(STAGE))/lib
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	@$(SWIFT) build -c release --package-path bench/swift 2>&1 | tail -1
	@echo "== ImpactKit $(VERSION) benchmarks on $$(nproc) cores, $$(date -u +%Y-%m-%dT%H:%MZ)"
	@$(BENCH)/bench_abi $(BENCH)/data
	@$(BENCH)/bench_scale
	@bash bench/edit-instructions.sh $(STAGE)/lib
	@for n in 1000 10000; do set -- $$($(BENCH)/cohort_run $(BENCH)/cohort-$$n); \
	    printf "C ABI cohort of %s groups: %.3f s, peak RSS %s MiB\n" $$3 $$1 $$2; done
	@echo
	@python3 bench/python/bench_python.py $(BENCH)/data $(BENCH)/cohort-1000 $(BENCH)/cohort-10000
	@echo
	@bench/swift/.build/release/swift-bench $(BENCH)/data

# The peers a competent user would pick instead (issue 23), interleaved round by round with medians and spreads:
# orjson + jsonschema-rs, msgspec, pandas, DuckDB (Python), yyjson (C, the parsing floor), and cohorts of 10^3,
# 10^4 and 10^5 groups cold and warm. Installs its peers once with `bootstrap.sh --bench` (build/bench only).
# Issue 24: the warehouse path (analytics export, SQL models on chDB) against the library's own cohort run, at 10^4
# and 10^5 generated groups; needs build/analytics-venv (bootstrap --analytics). Not a test: nothing fails on time.
bench-analytics: stage cli-release
	@bash scripts/bootstrap.sh --analytics
	@for n in 10000 100000; do [ -d $(BENCH)/cohort-$$n ] || python3 bench/generate.py cohort $(BENCH)/cohort-$$n $$n; done
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	@for n in 10000 100000; do build/analytics-venv/bin/python bench/python/analytics_bench.py $(BENCH)/cohort-$$n 1; done

# A PHP page view under PHP-FPM (issue 39, item 1): the library as shipped against a copy unloaded per request.
bench-page-view: stage
	python3 bench/php/page_view.py $(abspath $(STAGE))/lib/$(LIBNAME).$(SOVERSION)

bench-peers: stage
	@bash scripts/bootstrap.sh --bench
	@mkdir -p $(BENCH)
	@[ -d $(BENCH)/data ] || python3 bench/generate.py canvases $(BENCH)/data
	@for n in 1000 10000 100000; do [ -d $(BENCH)/cohort-$$n ] || python3 bench/generate.py cohort $(BENCH)/cohort-$$n $$n; done
	@$(CC) -O2 -std=c99 -Wall -Wextra -Werror -D_GNU_SOURCE -o $(BENCH)/parse_floor bench/c/parse_floor.c \
	    $(BENCH)/yyjson/yyjson.c -I$(BENCH)/yyjson \
	    $$(PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig pkg-config --cflags --libs impactkit jansson) -Wl,-rpath,$(abspath $(STAGE))/lib
	@cp -P $(STAGE)/lib/$(LIBNAME)* bindings/python/impactkit/
	@echo "== ImpactKit $(VERSION) against its peers on $$(nproc) cores, $$(date -u +%Y-%m-%dT%H:%MZ)"
	@$(BENCH)/parse_floor $(BENCH)/data
	@for s in large huge; do $(BENCH)/parse_floor --peak $(BENCH)/data/$$s.json $(BENCH)/data/small.json; done
	@for n in 10000 100000; do $(BENCH)/parse_floor --folder $(BENCH)/cohort-$$n; done
	@echo
	@$(BENCH)/venv/bin/python bench/python/peers_bench.py $(BENCH)/data $(BENCH)/cohort-1000 $(BENCH)/cohort-10000 \
	    $(BENCH)/cohort-100000

symbols-test: stage
	python3 scripts/schema_doc.py --check
	python3 scripts/typeddicts.py --check
	bash Tests/check_symbols.sh $(STAGE)/lib/$(LIBNAME) include/impactkit.h
	bash Tests/check_glibc_floor.sh $(STAGE)
	@! readelf -d $(STAGE)/bin/impact $(STAGE)/lib/$(LIBNAME) | grep -E 'RPATH|RUNPATH' || \
	    { echo "a shipped binary has a runpath (build with --disable-local-rpath)"; exit 1; }
	@# Every package the CLI links names its licence in the notices that ship beside it.
	@for url in $$(sed -n 's/.*\.package(url: "\([^"]*\)".*/\1/p' Package.swift); do \
	    grep -q "$$url" THIRD-PARTY-NOTICES.txt || { echo "THIRD-PARTY-NOTICES.txt does not name $$url"; exit 1; }; \
	done; echo "notices: every package of Package.swift named"

# The Swift API only adds within 1.x: swift-api-digester against the last release (scripts/api-check.sh), beside
# Tests/ImpactKitClientTests, which compiles 1.x's spellings from a plain import (the digester cannot see reach).
api-test:
	bash scripts/api-check.sh

# libFuzzer + ASan over every ABI entry point that takes bytes: `make fuzz SECONDS=600` for a long run.
SECONDS ?= 60
fuzz: deps
	bash scripts/fuzz.sh $(SECONDS)

fuzz-smoke: deps
	bash scripts/fuzz.sh 5

# The release's campaign: 10 M executions per target over several sittings, recorded in fuzz/runs.tsv (HACKING.md).
UNTIL ?= 0
fuzz-campaign: deps
	bash scripts/fuzz-campaign.sh --until $(UNTIL)

fuzz-status:
	bash scripts/fuzz-campaign.sh --status

LDCONFIG ?= ldconfig

install: lib cli-release share
	install -d $(DESTDIR)$(PREFIX)/$(LIBDIR)/pkgconfig $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/bin \
	    $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	    $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 644 $(SHARE)/man1/impact.1 $(DESTDIR)$(PREFIX)/share/man/man1/impact.1
	install -m 644 $(SHARE)/completions/impact.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/impact
	install -m 644 $(SHARE)/completions/_impact $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_impact
	install -m 644 $(SHARE)/completions/impact.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/impact.fish
	install -m 755 $(RELEASE_DIR)/release/impact $(DESTDIR)$(PREFIX)/bin/impact
	$(STRIP) $(DESTDIR)$(PREFIX)/bin/impact
	install -m 755 $(RELEASE_DIR)/release/$(LIBNAME) $(DESTDIR)$(PREFIX)/$(LIBDIR)/$(LIBNAME).$(VERSION)
	$(STRIP) --strip-unneeded $(DESTDIR)$(PREFIX)/$(LIBDIR)/$(LIBNAME).$(VERSION)
	ln -sf $(LIBNAME).$(VERSION) $(DESTDIR)$(PREFIX)/$(LIBDIR)/$(LIBNAME).$(SOVERSION)
	ln -sf $(LIBNAME).$(SOVERSION) $(DESTDIR)$(PREFIX)/$(LIBDIR)/$(LIBNAME)
	install -m 644 include/impactkit.h $(DESTDIR)$(PREFIX)/include/
	install -d $(DESTDIR)$(PREFIX)/share/doc/impactkit
	install -m 644 LICENSE THIRD-PARTY-NOTICES.txt $(DESTDIR)$(PREFIX)/share/doc/impactkit/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' -e 's|@LIBDIR@|$(LIBDIR)|' scripts/impactkit.pc.in \
	    > $(DESTDIR)$(PREFIX)/$(LIBDIR)/pkgconfig/impactkit.pc
	-$(LDCONFIG) 2>/dev/null || true

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/impact $(DESTDIR)$(PREFIX)/$(LIBDIR)/$(LIBNAME)* $(DESTDIR)$(PREFIX)/include/impactkit.h \
	      $(DESTDIR)$(PREFIX)/$(LIBDIR)/pkgconfig/impactkit.pc $(DESTDIR)$(PREFIX)/share/man/man1/impact.1 \
	      $(DESTDIR)$(PREFIX)/share/bash-completion/completions/impact $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_impact \
	      $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/impact.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/impactkit

clean:
	rm -rf .build .build-tsan examples/swift/.build bench/swift/.build $(RELEASE_DIR) build demo-output bindings/python/impactkit/$(LIBNAME)* bindings/php/lib
