"""Closed word classes shared by the stages (``data/lexicons/wordlists.tsv``), loaded once.

Each list is one concept with one definition: the attribution rules and the events stage read
the same file, so "verbs whose object does the infinitive" cannot mean two things.

>>> "meet" in word_list("reciprocal_predicates")
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

WORDLISTS = Path(__file__).resolve().parent / "data" / "lexicons" / "wordlists.tsv"


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    lists: dict[str, frozenset[str]] = {}
    for line in WORDLISTS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, entries = line.split("\t", 1)
        name = name.strip()
        if name in lists:
            raise ValueError(f"wordlists.tsv: list {name!r} is given twice")
        lists[name] = frozenset(w.strip() for w in entries.split("|") if w.strip())
    return lists


def word_list(name: str) -> frozenset[str]:
    """One named list of ``wordlists.tsv``; a KeyError names the file for an unknown list."""
    try:
        return _word_lists()[name]
    except KeyError:
        raise KeyError(f"no word list {name!r} in {WORDLISTS}") from None
