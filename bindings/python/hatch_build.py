"""Hatchling build hook: a wheel of this package carries the native library it loads, built from this checkout.

`pip wheel bindings/python` (or `pip install ./bindings/python`) runs `make lib` in the repository root (the
release library: Swift runtime linked in, only ik_* exported, SONAME libimpactkit.so.1) and puts one stripped copy
at impactkit/libimpactkit.so.1, marking the wheel as platform-specific. `auditwheel repair` then grafts jansson
into it (make wheel). IMPACTKIT_BUILT_LIBRARY may name an already built library instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class NativeLibraryHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        package_root = Path(self.root)
        repository = package_root.parents[1]
        built = os.environ.get("IMPACTKIT_BUILT_LIBRARY")
        if built:
            library = Path(built)
        else:
            if not (repository / "include" / "impactkit.h").exists():
                raise RuntimeError("impactkit: build the wheel from an ImpactKit checkout (bindings/python), "
                                   "or set IMPACTKIT_BUILT_LIBRARY to a built libimpactkit.so")
            subprocess.run(["make", "-C", str(repository), "lib"], check=True)
            library = repository / ".build-release" / "release" / "libimpactkit.so"
        staged = package_root / "build" / "native" / "libimpactkit.so.1"
        staged.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(library, staged)
        subprocess.run(["strip", "--strip-unneeded", str(staged)], check=False)
        # One copy, under the SONAME the loader looks for first; no symlinks (a wheel would store them as copies).
        build_data["force_include"][str(staged)] = "impactkit/libimpactkit.so.1"
        # The licence (MIT, with jansson's notice for the copy auditwheel grafts in) travels with the wheel.
        licence = repository / "LICENSE"
        if licence.exists():
            build_data["force_include"][str(licence)] = "impactkit/LICENSE"
        # The example documents the README and guides load (impactkit.examples), so a user of the wheel has them.
        examples = repository / "examples" / "data"
        for document in sorted(examples.rglob("*.json")):
            build_data["force_include"][str(document)] = f"impactkit/example_data/{document.relative_to(examples)}"
        build_data["pure_python"] = False
        # ctypes, no Python C API: any Python 3 on this platform (auditwheel then names the manylinux level).
        build_data["tag"] = "py3-none-linux_x86_64"
