"""The event lexicon (data/events/lexicon.tsv) and the modal code families (data/events/families.tsv).

Entries are indexed by (part of speech, head lemma); entries with constraints come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .cameo import _rows, is_code

WRAPPER_FRAMES = ("intend", "request", "demand", "reject", "threaten")
FRAMES = ("act", "consume", "ncomp", "light", "light-rev", "transparent") + WRAPPER_FRAMES


@dataclass(frozen=True)
class Entry:
    code: str | None  # None: the entry has no code of its own (a wrapper or light verb)
    pos: str  # V, N, A
    lemma: str  # head lemma
    particle: str | None  # required particle / preposition ("call on" -> "on")
    frame: str
    obj: frozenset[str] | None = None
    pobj: tuple[frozenset[str], frozenset[str] | None] | None = None  # (preps, lemmas or None = any)
    xcomp: frozenset[str] | None = None
    mod: frozenset[str] | None = None
    not_prep: frozenset[str] | None = None
    nobj: bool = False
    line: int = 0

    @property
    def label(self) -> str:
        words = self.lemma + (" " + self.particle if self.particle else "")
        cons = []
        if self.obj:
            cons.append("obj=" + "|".join(sorted(self.obj))[:40])
        if self.pobj:
            preps, lemmas = self.pobj
            cons.append("pobj=" + "|".join(sorted(preps)) + ":" + ("*" if lemmas is None else "|".join(sorted(lemmas))[:40]))
        if self.xcomp:
            cons.append("xcomp=" + "|".join(sorted(self.xcomp)))
        if self.mod:
            cons.append("mod=" + "|".join(sorted(self.mod))[:40])
        return f"lexicon:{self.pos}:{words}:{self.code or '-'}:{self.frame}" + (f"[{';'.join(cons)}]" if cons else "")

    @property
    def n_constraints(self) -> int:
        return sum(x is not None and x is not False for x in (self.obj, self.pobj, self.xcomp, self.mod, self.not_prep)) + int(self.nobj) + int(self.particle is not None)


def _set(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def _parse(row: dict[str, str], line: int) -> Entry:
    code = row["code"].strip()
    if code == "-":
        code = None
    elif not is_code(code):
        raise ValueError(f"lexicon.tsv line {line}: unknown CAMEO code {code!r}")
    frame = row["frame"].strip()
    if frame not in FRAMES:
        raise ValueError(f"lexicon.tsv line {line}: unknown frame {frame!r}")
    words = row["lemma"].strip().lower().split()
    kwargs: dict = {}
    for cons in (row.get("constraints") or "").split():
        key, _, value = cons.partition("=")
        if key == "obj":
            kwargs["obj"] = _set(value)
        elif key == "pobj":
            preps, _, lemmas = value.partition(":")
            kwargs["pobj"] = (_set(preps), None if lemmas in ("", "*") else _set(lemmas))
        elif key == "xcomp":
            kwargs["xcomp"] = _set(value)
        elif key == "mod":
            kwargs["mod"] = _set(value)
        elif key == "not":
            kwargs["not_prep"] = _set(value)
        elif key == "nobj":
            kwargs["nobj"] = True
        else:
            raise ValueError(f"lexicon.tsv line {line}: unknown constraint {cons!r}")
    return Entry(code=code, pos=row["pos"].strip(), lemma=words[0],
                 particle=" ".join(words[1:]) or None, frame=frame, line=line, **kwargs)


@dataclass
class Lexicon:
    by_key: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    families: dict[str, dict[str, str]] = field(default_factory=dict)

    def entries(self, pos: str, lemma: str) -> list[Entry]:
        return self.by_key.get((pos, lemma), [])

    def family_code(self, kind: str, code: str | None, topic: str | None = None) -> str:
        """The code of `code` when it is only intended/requested/demanded/rejected/threatened."""
        if code is not None:
            for n in range(len(code), 1, -1):
                prefix = code[:n]
                if topic and f"{prefix}/{topic}" in self.families:
                    return self.families[f"{prefix}/{topic}"][kind]
                if prefix in self.families:
                    return self.families[prefix][kind]
        return self.families["*"][kind]


@lru_cache(maxsize=1)
def protest_aims() -> dict[str, str]:
    """lemma -> last digit of the 14x subcode (data/events/protest_aims.tsv)."""
    return {row["lemma"].strip().lower(): row["aim"].strip() for row in _rows("protest_aims.tsv")}


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Word form -> lemma, for forms the spaCy lemmatizer gets wrong ("raped" -> "rap")
    (data/events/lemmas.tsv)."""
    return {row["form"].strip().lower(): row["lemma"].strip().lower() for row in _rows("lemmas.tsv")}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    for i, row in enumerate(_rows("lexicon.tsv"), start=1):
        entry = _parse(row, i)
        lex.by_key.setdefault((entry.pos, entry.lemma), []).append(entry)
    for entries in lex.by_key.values():
        entries.sort(key=lambda e: (-e.n_constraints, e.line))
    for row in _rows("families.tsv"):
        lex.families[row["key"]] = {k: row[k] for k in WRAPPER_FRAMES}
        for k in WRAPPER_FRAMES:
            if not is_code(row[k]):
                raise ValueError(f"families.tsv: unknown code {row[k]!r} for {row['key']}")
    return lex
