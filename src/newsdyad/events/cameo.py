"""CAMEO code facts: name, root, QuadClass, Goldstein score and PLOVER category (data/events/cameo.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CodeInfo:
    """One CAMEO code: its root, QuadClass, Goldstein score, PLOVER category and name."""
    code: str
    root: str
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    plover_mode: str | None
    name: str


def _rows(name: str):
    text = resources.files("newsdyad.data.events").joinpath(name).read_text(encoding="utf-8")
    header = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        yield dict(zip(header, cells + [""] * (len(header) - len(cells))))


@lru_cache(maxsize=1)
def code_table() -> dict[str, CodeInfo]:
    """Every CAMEO code (roots "01".."20" and 3-4 digit codes) with its facts."""
    table: dict[str, CodeInfo] = {}
    for r in _rows("cameo.tsv"):
        table[r["code"]] = CodeInfo(
            code=r["code"],
            root=r["root"],
            quad_class=int(r["quad_class"]) if r["quad_class"] else None,
            goldstein=float(r["goldstein"]) if r["goldstein"] else None,
            plover=r["plover"] or None,
            plover_mode=r["plover_mode"] or None,
            name=r["name"],
        )
    return table


def code_info(code: str) -> CodeInfo | None:
    """Facts for one code; an unknown 4-digit code falls back to its 3-digit parent."""
    table = code_table()
    return table.get(code) or (table.get(code[:3]) if len(code) == 4 else None)


def is_code(code: str) -> bool:
    """Whether the text is a code of the CAMEO table."""
    return code in code_table()


def code_info_or_own(code: str) -> CodeInfo | None:
    """:func:`code_info`, else the bare facts of a code outside CAMEO that a user's verb dictionary
    gives ("174K", "903": its root is its first two digits; no QuadClass, Goldstein or PLOVER)."""
    info = code_info(code)
    if info is not None or not (len(code) >= 3 and code[:2].isdigit() and code.isalnum()):
        return info
    return CodeInfo(code=code, root=code[:2], quad_class=None, goldstein=None, plover=None, plover_mode=None,
                    name="(not a CAMEO code: from a user dictionary)")
