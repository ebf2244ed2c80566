"""The example documents the README and the guides use, shipped with the package: a PZW student team's canvas at
two moments, its journey with learning outcomes and evidence, an SROI change log and the LIN, Proeftuin and IWP
instruments. In a checkout they are examples/data/; in an installed wheel they travel inside the package.

    >>> canvas = impactkit.load(impactkit.examples.path("pzw-bottendaal-week5.json"))
    >>> impactkit.examples.names()[:2]
    ['instruments/lin-actiescan.json', 'instruments/lin-fasemodel.json']
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["folder", "names", "path"]


def folder() -> Path:
    """Where the examples are: inside the installed package, else the checkout's examples/data."""
    shipped = Path(__file__).parent / "example_data"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[3] / "examples" / "data"


def names() -> list[str]:
    """Every example document, relative to the folder, sorted (reports of the examples included)."""
    root = folder()
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.json"))


def path(name: str) -> Path:
    """One example document by name, e.g. "pzw-bottendaal.journey.json" or "instruments/lin-plan.json"."""
    found = folder() / name
    if ".." in Path(name).parts or not found.is_file():
        raise FileNotFoundError(f"no example {name!r}; there are: {', '.join(names())}")
    return found
