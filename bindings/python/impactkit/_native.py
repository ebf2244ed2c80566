"""Loading libimpactkit and declaring its C functions (ctypes). Internal: use the classes in `impactkit`."""

from __future__ import annotations

import ctypes
from typing import Iterator
import ctypes.util
import importlib.resources
import os
import subprocess
from pathlib import Path

ERROR_PATH_LENGTH = 128
ERROR_MESSAGE_LENGTH = 256
OPTIONS_VERSION = 1
REPORT_OPTIONS_VERSION = 1
MAJOR = 1  # the library major version this binding speaks (impactkit.h IK_VERSION_MAJOR)
MINOR = 3  # the oldest 1.x it declares every function of (IK_VERSION_MINOR when the binding was made)
SONAME = f"libimpactkit.so.{MAJOR}"


class ErrorStruct(ctypes.Structure):
    """`ik_error` from impactkit.h."""

    _fields_ = [
        ("code", ctypes.c_int),
        ("line", ctypes.c_int),
        ("column", ctypes.c_int),
        ("path", ctypes.c_char * ERROR_PATH_LENGTH),
        ("message", ctypes.c_char * ERROR_MESSAGE_LENGTH),
    ]


class OptionsStruct(ctypes.Structure):
    """`ik_options` from impactkit.h."""

    _fields_ = [
        ("version", ctypes.c_uint),
        ("lang", ctypes.c_char_p),
        ("max_document_bytes", ctypes.c_size_t),
        ("max_depth", ctypes.c_size_t),
        ("max_string_bytes", ctypes.c_size_t),
        ("max_elements", ctypes.c_size_t),
    ]


class ReportOptionsStruct(ctypes.Structure):
    """`ik_report_options` from impactkit.h."""

    _fields_ = [
        ("version", ctypes.c_uint),
        ("lang", ctypes.c_char_p),
        ("as_of", ctypes.c_char_p),
        ("dimensions", ctypes.c_char_p),
        ("xapi_settings", ctypes.c_char_p),
        ("xapi_settings_len", ctypes.c_size_t),
    ]


COHORT_THRESHOLDS_VERSION = 1


class CohortThresholdsStruct(ctypes.Structure):
    """`ik_cohort_thresholds` from impactkit.h."""

    _fields_ = [
        ("version", ctypes.c_uint),
        ("max_empty_domains", ctypes.c_int),
        ("min_result_cards", ctypes.c_int),
        ("results_expected_from_moment", ctypes.c_int),
        ("min_cards_added", ctypes.c_int),
    ]


def _candidates() -> Iterator[str]:
    """Where the library is looked for, in order (see bindings/python/README.md). A generator: the copy beside the
    package is tried before anything is searched for (the searches start processes: ~29 ms at every import)."""
    explicit = os.environ.get("IMPACTKIT_LIBRARY")
    if explicit:
        yield explicit  # an explicit choice is never silently replaced by another copy
        return
    # The package's own copy first: what a wheel ships (and `make python-test` puts beside the checkout).
    packaged = importlib.resources.files(__package__)
    for name in (SONAME, "libimpactkit.so"):
        candidate = packaged / name
        if candidate.is_file():
            yield str(candidate)
    system = ctypes.util.find_library("impactkit")
    if system:
        yield system
    try:
        libdir = subprocess.run(
            ["pkg-config", "--variable=libdir", "impactkit"], capture_output=True, text=True, timeout=5
        ).stdout.strip()
        if libdir:
            yield str(Path(libdir) / SONAME)
    except (OSError, subprocess.SubprocessError):
        pass
    yield from (f"/usr/local/lib/{SONAME}", f"/usr/lib/{SONAME}")


def _load() -> ctypes.CDLL:
    tried = []
    for candidate in _candidates():
        try:
            return ctypes.CDLL(candidate)
        except OSError as error:
            tried.append(f"{candidate}: {error}")
    raise ImportError(
        "impactkit: cannot load libimpactkit. Set IMPACTKIT_LIBRARY to the library's path, install it with "
        "`make install`, or copy it next to this package. Tried:\n  " + "\n  ".join(tried)
    )


lib = _load()

_c_str = ctypes.c_char_p
_out_str = ctypes.POINTER(ctypes.c_void_p)  # char ** — read with string_at, release with ik_free
_err = ctypes.POINTER(ErrorStruct)
_opts = ctypes.POINTER(OptionsStruct)
_ropts = ctypes.POINTER(ReportOptionsStruct)
_handle = ctypes.c_void_p
_out_handle = ctypes.POINTER(ctypes.c_void_p)
_int = ctypes.c_int
_size = ctypes.c_size_t
# ik_progress_fn: void (*)(void *context, size_t done, size_t total), called on the calling thread.
PROGRESS_FN = ctypes.CFUNCTYPE(None, ctypes.c_void_p, _size, _size)

# Every function of impactkit.h that Python uses, in header order; tests/test_native.py checks each against the
# preprocessed header (bindings/php/impactkit.ffi.h), so a signature cannot drift.
SIGNATURES = {
    "ik_version": (ctypes.c_char_p,),
    "ik_version_number": (_int,),
    "ik_strerror": (ctypes.c_char_p, _int),
    "ik_error_localize": (_int, _err, _c_str, _out_str, _err),
    "ik_error_describe": (_int, _err, _c_str, _out_str, _err),
    "ik_picture_tag_pdf": (_int, _c_str, _size, _c_str, _size, _out_str, ctypes.POINTER(ctypes.c_size_t), _err),
    "ik_journey_credentials": (_int, _handle, _ropts, _c_str, _size, _out_str, _err),
    "ik_journey_learner_record": (_int, _handle, _ropts, _c_str, _size, _c_str, _size, _out_str, _err),
    "ik_vc_jwt_signing_input": (_int, _c_str, _size, _c_str, _c_str, _out_str, _err),
    "ik_vc_jwt_assemble": (_int, _c_str, _c_str, _size, _out_str, _err),
    "ik_ob3_bake": (_int, _c_str, _size, _c_str, _out_str, ctypes.POINTER(ctypes.c_size_t), _err),
    "ik_ob3_extract": (_int, _c_str, _size, _out_str, _err),
    "ik_free": (None, ctypes.c_void_p),
    "ik_options_init": (_int, _opts, ctypes.c_uint),
    "ik_report_options_init": (_int, _ropts, ctypes.c_uint),
    "ik_document_from_json": (_int, _out_handle, _c_str, _size, _opts, _err),
    "ik_document_template": (_int, _out_handle, _c_str, _opts, _err),
    "ik_document_kind": (ctypes.c_char_p, _handle),
    "ik_document_to_json": (_int, _handle, _out_str, _err),
    "ik_document_revision": (_int, _handle, _out_str, _err),
    "ik_document_evaluate": (_int, _handle, _ropts, _out_str, _err),
    "ik_document_report_text": (_int, _handle, _ropts, _out_str, _err),
    "ik_document_render_svg": (_int, _handle, _ropts, _out_str, _err),
    "ik_document_to_csv": (_int, _handle, _ropts, _out_str, _err),
    "ik_document_to_xapi": (_int, _handle, _ropts, _out_str, _err),
    "ik_document_to_xapi_multipart": (_int, _handle, _ropts, _out_str, _out_str, _err),
    "ik_document_to_ob3": (_int, _handle, _ropts, _c_str, _size, _out_str, _err),
    "ik_document_copy": (_int, _out_handle, _handle, _err),
    "ik_document_free": (None, _handle),
    "ik_document_compare": (_int, _handle, _handle, _ropts, _out_str, _err),
    "ik_actiescan_compare": (_int, _handle, _c_str, _c_str, _ropts, _out_str, _err),
    "ik_changelog_assurance": (_int, _handle, _ropts, _c_str, _size, _out_str, _err),
    "ik_document_analytics_rows": (_int, _handle, _c_str, _c_str, _size, _out_str, _err),
    "ik_analytics_schema": (_int, _out_str, _err),
    "ik_changelog_sensitivity": (_int, _handle, _c_str, ctypes.POINTER(ctypes.c_double), _size, _c_str, _ropts,
                                 _out_str, _err),
    "ik_template_builtin": (_int, _out_str, _c_str, _err),
    "ik_questions": (_int, _c_str, _c_str, _out_str, _err),
    "ik_canvas_new": (_int, _out_handle, _c_str, _c_str, _size, _opts, _err),
    "ik_canvas_from_document": (_int, _out_handle, _handle, _err),
    "ik_canvas_to_document": (_int, _out_handle, _handle, _err),
    "ik_canvas_revision": (_int, _handle, _out_str, _err),
    "ik_canvas_merge": (_int, _out_handle, _handle, _handle, _handle, _ropts, _out_str, _err),
    "ik_journey_merge": (_int, _out_handle, _handle, _handle, _handle, _ropts, _out_str, _err),
    "ik_canvas_apply": (_int, _handle, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _out_str, _err),
    "ik_canvas_place": (_int, _handle, _c_str, _c_str, _c_str, _c_str, _out_str, _err),
    "ik_canvas_place_text": (_int, _handle, _c_str, _c_str, _c_str, _c_str, _out_str, _err),
    "ik_canvas_unplace": (_int, _handle, _c_str, _err),
    "ik_canvas_move": (_int, _handle, _c_str, _c_str, _c_str, _err),
    "ik_canvas_placements": (_int, _handle, _out_str, _err),
    "ik_canvas_add_card": (_int, _handle, _c_str, _c_str, _c_str, _err),
    "ik_canvas_cards": (_int, _handle, _out_str, _err),
    "ik_canvas_answer": (_int, _handle, _c_str, _c_str, _c_str, _err),
    "ik_canvas_unanswer": (_int, _handle, _c_str, _c_str, _err),
    "ik_canvas_use": (_int, _handle, _c_str, _c_str, _err),
    "ik_canvas_select_domains": (_int, _handle, _c_str, _err),
    "ik_canvas_set_effect": (_int, _handle, _c_str, _c_str, _size, _err),
    "ik_canvas_set_interaction": (_int, _handle, _c_str, _c_str, _size, _err),
    "ik_canvas_add_chain": (_int, _handle, _c_str, _size, _out_str, _err),
    "ik_canvas_remove_chain": (_int, _handle, _c_str, _err),
    "ik_canvas_free": (None, _handle),
    "ik_journey_new": (_int, _out_handle, _c_str, _c_str, _opts, _err),
    "ik_journey_from_document": (_int, _out_handle, _handle, _err),
    "ik_journey_to_document": (_int, _out_handle, _handle, _err),
    "ik_journey_add_moment": (_int, _handle, _handle, _err),
    "ik_journey_add_outcome": (_int, _handle, _c_str, _c_str, _c_str, _err),
    "ik_journey_link_evidence": (_int, _handle, _c_str, _c_str, _c_str, _c_str, _c_str, _err),
    "ik_journey_compare": (_int, _handle, _c_str, _c_str, _ropts, _out_str, _err),
    "ik_journey_revision": (_int, _handle, _out_str, _err),
    "ik_journey_apply": (_int, _handle, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, _out_str, _err),
    "ik_journey_free": (None, _handle),
    "ik_cohort_thresholds_init": (_int, ctypes.POINTER(CohortThresholdsStruct), ctypes.c_uint),
    "ik_cohort_new": (_int, _out_handle, ctypes.POINTER(CohortThresholdsStruct), _opts, _err),
    "ik_cohort_add_json": (_int, _handle, _c_str, _c_str, _size, _err),
    "ik_cohort_use_cache": (_int, _handle, _c_str, _size, _err),
    "ik_cohort_set_cache_key": (_int, _handle, ctypes.c_void_p, _size, _err),
    "ik_document_kinds": (_int, _out_str, _err),
    "ik_document_save": (_int, _handle, _c_str, _err),
    "ik_cohort_add_directory": (_int, _handle, _c_str, ctypes.POINTER(_size), _out_str, _err),
    "ik_cohort_add_directory_jobs": (_int, _handle, _c_str, ctypes.c_uint, PROGRESS_FN, ctypes.c_void_p,
                                     ctypes.POINTER(_size), _out_str, _err),
    "ik_cohort_cache_json": (_int, _handle, _out_str, _err),
    "ik_cohort_evaluate": (_int, _handle, _ropts, _out_str, _err),
    "ik_cohort_report_text": (_int, _handle, _ropts, _out_str, _err),
    "ik_cohort_render_svg": (_int, _handle, _ropts, _out_str, _err),
    "ik_cohort_to_csv": (_int, _handle, _ropts, _out_str, _err),
    "ik_cohort_free": (None, _handle),
}

# Refuse a library of another major version, or an older 1.x, before declaring anything it may not have (ctypes
# would raise a bare AttributeError for the first function a 1.2 library lacks).
try:
    lib.ik_version.restype = ctypes.c_char_p
except AttributeError:
    raise ImportError(
        f"impactkit: {lib._name} is not libimpactkit (it has no ik_version). Point IMPACTKIT_LIBRARY at "
        "libimpactkit.so.1 or unset it to use the one beside this package.") from None
lib.ik_version.argtypes = []
_found = lib.ik_version().decode()
_parts = _found.split(".")
if _parts[0] != str(MAJOR):
    raise ImportError(
        f"impactkit: the library found ({lib._name}) is version {_found}; this binding speaks major version "
        f"{MAJOR}. Install a matching libimpactkit or point IMPACTKIT_LIBRARY at one.")
if len(_parts) < 2 or not _parts[1].isdigit() or int(_parts[1]) < MINOR:
    raise ImportError(
        f"impactkit: the library found ({lib._name}) is version {_found}; this binding needs {MAJOR}.{MINOR} or "
        f"newer. Install libimpactkit {MAJOR}.{MINOR} or later (the wheel carries one) or point IMPACTKIT_LIBRARY "
        "at one.")

for _name, (_restype, *_argtypes) in SIGNATURES.items():
    try:
        _function = getattr(lib, _name)
    except AttributeError:   # says it is 1.3 or newer and lacks one of 1.3's functions: a damaged or partial build
        raise ImportError(
            f"impactkit: the library found ({lib._name}) says it is version {_found} but has no {_name}; "
            "reinstall libimpactkit or point IMPACTKIT_LIBRARY at a complete one.") from None
    _function.restype = _restype
    _function.argtypes = _argtypes

def take_bytes(pointer: ctypes.c_void_p) -> bytes:
    """Reads the bytes of a string the library returned and releases it with ik_free."""
    if not pointer.value:
        return b""
    try:
        return ctypes.string_at(pointer.value)
    finally:
        lib.ik_free(pointer)


def take_string(pointer: ctypes.c_void_p) -> str:
    """Reads a string the library returned and releases it with ik_free."""
    if not pointer.value:
        return ""
    try:
        return ctypes.string_at(pointer.value).decode("utf-8")
    finally:
        lib.ik_free(pointer)
