"""The word lists of the context rules (``data/lexicons/context.tsv``,
``data/lexicons/party_countries.tsv``), loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons"


def _rows(name: str):
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for cols in _rows("context.tsv"):
        out[cols[0].strip()] = tuple(w.strip() for w in cols[1].split("|") if w.strip())
    return out


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A word list of context.tsv as a set (KeyError names a missing list)."""
    return frozenset(_lists()[name])


@lru_cache(maxsize=None)
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A word list of context.tsv as word tuples, longest first ("also known as" before "or")."""
    return tuple(sorted((tuple(p.split()) for p in _lists()[name]), key=len, reverse=True))


@lru_cache(maxsize=1)
def party_countries() -> dict[str, tuple[str, str]]:
    """word as written -> (country root, what it names)."""
    return {cols[0].strip(): (cols[1].strip(), cols[2].strip() if len(cols) > 2 else "")
            for cols in _rows("party_countries.tsv")}
