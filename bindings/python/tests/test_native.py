"""The ctypes declarations against the C header, so that a signature cannot drift: every function Python
declares has exactly the header's parameter and return types (read from the preprocessed header the PHP binding
loads, bindings/php/impactkit.ffi.h, which `make test` checks is current), and every header function that does
not take a jansson value is declared."""

import ctypes
import re
from pathlib import Path

import pytest

from impactkit import _native

from conftest import ROOT

FFI_HEADER = ROOT / "bindings" / "php" / "impactkit.ffi.h"

STRUCTS = {
    "ik_error": _native.ErrorStruct,
    "ik_options": _native.OptionsStruct,
    "ik_report_options": _native.ReportOptionsStruct,
    "ik_cohort_thresholds": _native.CohortThresholdsStruct,
}
HANDLES = {"ik_document", "ik_canvas", "ik_journey", "ik_cohort"}


def ctype(c_type: str, returned: bool = False):
    """The ctypes type a C type must be declared as."""
    c_type = " ".join(c_type.replace("const ", "").replace("*", " * ").split())
    stars = c_type.count("*")
    base = c_type.replace("*", "").strip()
    if c_type == "ik_progress_fn":
        return _native.PROGRESS_FN
    if stars == 0:
        return {"int": ctypes.c_int, "void": None, "size_t": ctypes.c_size_t, "unsigned int": ctypes.c_uint}[base]
    if base in ("char", "unsigned char") and stars == 1:
        return ctypes.c_char_p
    if base in ("char", "unsigned char", "void") and stars == 2 or base in HANDLES and stars == 2:
        return ctypes.POINTER(ctypes.c_void_p)
    if base in HANDLES or base == "void":
        return ctypes.c_void_p
    if base in STRUCTS:
        return ctypes.POINTER(STRUCTS[base])
    if base == "double":
        return ctypes.POINTER(ctypes.c_double)
    if base == "size_t" and stars == 1:
        return ctypes.POINTER(ctypes.c_size_t)
    raise AssertionError(f"no ctypes rule for {c_type!r}")


def header_functions() -> dict[str, tuple[str, list[str]]]:
    text = " ".join(FFI_HEADER.read_text().split())
    functions = {}
    for match in re.finditer(r"([A-Za-z_][\w ]*?[\s*]+)(ik_\w+)\(([^)]*)\);", text):
        returned, name, params = match.group(1).strip(), match.group(2), match.group(3).strip()
        if "typedef" in returned:
            continue
        types = []
        if params != "void":
            for param in params.split(","):
                param = param.strip()
                types.append(re.sub(r"\b\w+$", "", param).strip())  # drop the parameter's name
        functions[name] = (returned, types)
    return functions


def same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or (hasattr(a, "_type_") and hasattr(b, "_type_") and a._type_ == b._type_
                      and issubclass(a, ctypes._Pointer) == issubclass(b, ctypes._Pointer))


def test_every_declaration_matches_the_header():
    functions = header_functions()
    assert len(functions) == 87
    for name, (restype, *argtypes) in _native.SIGNATURES.items():
        assert name in functions, f"{name} is not in the header"
        returned, params = functions[name]
        assert same(restype, ctype(returned, returned=True)), f"{name}: returns {returned}"
        assert len(argtypes) == len(params), f"{name}: {len(params)} parameters in the header"
        for index, (declared, c_type) in enumerate(zip(argtypes, params)):
            assert same(declared, ctype(c_type)), f"{name}: parameter {index} is {c_type}"


def test_every_header_function_without_jansson_is_declared():
    missing = [name for name, (_, params) in header_functions().items()
               if name not in _native.SIGNATURES and not any("json_t" in p for p in params)]
    assert missing == []


def test_struct_layouts_match_the_header():
    text = " ".join(FFI_HEADER.read_text().split())
    for name, struct in STRUCTS.items():
        body = re.search(r"typedef struct " + name + r" \{(.*?)\} " + name + ";", text).group(1)
        fields = [re.sub(r"\[.*\]", "", member).split()[-1].lstrip("*") for member in body.split(";") if member.strip()]
        assert fields == [field for field, _ in struct._fields_], name


def test_package_version_is_the_headers():
    """pyproject.toml must carry the header's version (the one source); the package's __version__ is read from the
    library itself."""
    import impactkit
    from conftest import header_version

    pyproject = (ROOT / "bindings" / "python" / "pyproject.toml").read_text()
    assert f'version = "{header_version()}"' in pyproject
    assert impactkit.__version__ == header_version()


def test_status_names_come_from_the_library():
    """Every exception class's symbol is the library's own name for its code (ik_strerror, derived from the core)."""
    from impactkit import _native, errors
    from conftest import header_version

    for code, cls in errors.BY_CODE.items():
        assert _native.lib.ik_strerror(code).decode() == cls.symbol
    assert _native.lib.ik_strerror(-99).decode() == "IK_UNKNOWN"
    major, minor, patch = (int(part) for part in header_version().split("."))
    assert _native.lib.ik_version_number() == major * 1000000 + minor * 1000 + patch


def test_the_copy_beside_the_package_is_loaded_before_any_search(monkeypatch):
    """Issue 23: `import impactkit` spent ~29 ms searching (ldconfig, pkg-config) for a library that was next to it.
    The search now starts only when the package has no copy of its own."""
    import impactkit._native as native

    monkeypatch.delenv("IMPACTKIT_LIBRARY", raising=False)

    def no_search(*args, **kwargs):
        raise AssertionError("searched although the package has its own copy")

    monkeypatch.setattr(native.ctypes.util, "find_library", no_search)
    monkeypatch.setattr(native.subprocess, "run", no_search)
    first = next(native._candidates())
    assert Path(first).parent == Path(native.__file__).parent and Path(first).name.startswith("libimpactkit.so")


def test_the_binding_needs_the_minor_version_whose_functions_it_declares():
    """The binding declares every function of the header it was made with; MINOR is that header's."""
    from conftest import header_version

    assert (_native.MAJOR, _native.MINOR) == tuple(int(part) for part in header_version().split(".")[:2])


STUB_LIBRARY = 'const char *ik_version(void) { return "%s"; }\n'
NOT_IMPACTKIT = "int something_else(void) { return 0; }\n"


@pytest.mark.parametrize("found, needed", [
    ("1.2.0", "is version 1.2.0; this binding needs 1.3 or newer"),
    ("2.0.0", "is version 2.0.0; this binding speaks major version 1"),
    ("1.x", "is version 1.x; this binding needs 1.3 or newer"),
    # Says 1.3 but lacks its functions (a partial build), and a library that is not ImpactKit's at all (libc named
    # by mistake): an ImportError that says so, not ctypes' AttributeError.
    ("1.3.0", "says it is version 1.3.0 but has no ik_version_number; reinstall libimpactkit"),
    (None, "stub.so.1 is not libimpactkit (it has no ik_version)"),
])
def test_an_older_or_other_library_is_refused_by_name(tmp_path, found, needed):
    """A 1.2 library lacks 1.3's functions: ctypes said only "AttributeError: …: undefined symbol: ik_document_save".
    The binding reads the version first and says what it needs (a stub library that has only ik_version)."""
    import os
    import shutil
    import subprocess
    import sys

    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the stub library")
    (tmp_path / "stub.c").write_text(STUB_LIBRARY % found if found else NOT_IMPACTKIT)
    stub = tmp_path / ("libimpactkit.so.1" if found else "stub.so.1")
    built = subprocess.run([compiler, "-shared", "-fPIC", "-o", str(stub), str(tmp_path / "stub.c")],
                           capture_output=True, text=True)
    if built.returncode != 0:  # wheel-test hides the system's jansson, which binutils' ld itself links
        pytest.skip(f"the C compiler cannot build the stub library here: {built.stderr.strip()[:200]}")
    env = dict(os.environ, IMPACTKIT_LIBRARY=str(stub), PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run([sys.executable, "-c", "import impactkit"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode != 0
    assert "ImportError: impactkit: " in result.stderr and needed in result.stderr, result.stderr
    assert "AttributeError" not in result.stderr
