"""The word lists of the actor stage, loaded once per process.

Two files of ``data/lexicons``: ``actors.tsv`` (how names, titles and agent phrases are read)
and ``context.tsv`` (the context rules); a list is defined in one of them only.  Party words
are ``party_countries.tsv``; the offices a title names are ``data/kb/title_offices.tsv``.

    >>> "mr." in words("honorifics"), ("also", "known", "as") in phrases("alias_connectors")
    (True, True)
    >>> title_offices()["prime minister"]
    ('HOG',)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicons"
KB_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"
LIST_FILES = ("actors.tsv", "context.tsv")


def _rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name in LIST_FILES:
        for cols in _rows(LEXICON_DIR / name):
            key = cols[0].strip()
            if key in out:
                raise ValueError(f"{name}: word list {key!r} is defined twice")
            out[key] = tuple(w.strip() for w in cols[1].split("|") if w.strip())
    return out


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A word list of actors.tsv or context.tsv as a set (KeyError names a missing list)."""
    return frozenset(_lists()[name])


@lru_cache(maxsize=None)
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A word list as word tuples, longest first ("also known as" before "or")."""
    return tuple(sorted((tuple(p.split()) for p in _lists()[name]), key=len, reverse=True))


@lru_cache(maxsize=1)
def party_countries() -> dict[str, tuple[str, str]]:
    """Party word as written -> (country root, what it names)."""
    return {cols[0].strip(): (cols[1].strip(), cols[2].strip() if len(cols) > 2 else "")
            for cols in _rows(LEXICON_DIR / "party_countries.tsv")}


@lru_cache(maxsize=1)
def title_offices() -> dict[str, tuple[str, ...]]:
    """Title phrase -> the offices it names, in the order tried ("president": HOS, HOG)."""
    return {cols[0].strip(): tuple(o.strip() for o in cols[1].split("|") if o.strip())
            for cols in _rows(KB_DIR / "title_offices.tsv")}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names as written ("Narges", "Seydou"), from ``first_names.tsv`` (the file the
    attribution stage reads for pronoun genders)."""
    return frozenset(cols[0].strip() for cols in _rows(LEXICON_DIR / "first_names.tsv") if cols and cols[0].strip())
