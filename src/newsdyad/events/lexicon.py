"""The event lexicon (data/events/lexicon.tsv) and the modal code families (data/events/families.tsv).

Entries are indexed by (part of speech, head lemma); entries with constraints come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..wordlists import word_list
from .cameo import _rows, is_code
from .entry import Entry  # noqa: F401  (part of this module's interface)

WRAPPER_FRAMES = ("intend", "request", "demand", "reject", "threaten")
FRAMES = ("act", "consume", "ncomp", "light", "light-rev", "transparent") + WRAPPER_FRAMES


@lru_cache(maxsize=None)
def _set(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower() for v in value.split("|") if v.strip())


def _parse(row: dict[str, str], line: int, origin: str = "lexicon", name: str = "lexicon.tsv") -> Entry:
    code = row["code"].strip()
    if code == "-":
        code = None
    elif not is_code(code):
        raise ValueError(f"{name} line {line}: unknown CAMEO code {code!r}")
    frame = row["frame"].strip()
    if frame not in FRAMES:
        raise ValueError(f"{name} line {line}: unknown frame {frame!r}")
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
        elif key == "subj":
            kwargs["subj"] = _set(value)
        elif key == "pmod":
            kwargs["pobj_mod"] = _set(value)
        elif key == "target":
            kwargs["target_prep"] = _set(value)
        elif key == "head":
            kwargs["governor"] = _set(value)
        elif key == "reverse":
            kwargs["reverse"] = True
        elif key == "actors":
            kwargs["actor_args"] = True
        else:
            raise ValueError(f"{name} line {line}: unknown constraint {cons!r}")
    return Entry(code=code, pos=row["pos"].strip(), lemma=words[0],
                 particle=" ".join(words[1:]) or None, frame=frame, line=line, origin=origin, **kwargs)


@dataclass
class Lexicon:
    """Entries by (part of speech, lemma), the code families, and the reports of --verbs files."""
    by_key: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    families: dict[str, dict[str, str]] = field(default_factory=dict)
    reports: list = field(default_factory=list)  # one MapReport per --verbs file

    def entries(self, pos: str, lemma: str) -> list[Entry]:
        """The entries of one (part of speech, lemma)."""
        return self.by_key.get((pos, lemma), [])

    def family_code(self, kind: str, code: str | None, topic: str | None = None) -> str:
        """The code of `code` when it is only intended/requested/demanded/rejected/threatened."""
        if code is not None:
            for n in range(len(code), 1, -1):
                prefix = code[:n]
                for key in ((f"{prefix}/{topic}",) if topic else ()) + (prefix,):
                    if key in self.families:
                        value = self.families[key][kind]
                        return code if value == "-" else value  # "-": the act keeps its code
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


OWN_FRAMES_GOVERN = frozenset(FRAMES) - {"act"}  # a lemma the own lexicon frames is not re-coded by a dictionary
ORIGIN_RANK = {"lexicon": 0, "petrarch": 2}  # --verbs files rank 1: after our own entries, before the packaged ones


def _rank(e: Entry) -> tuple:
    """Our own entries first (they win wherever they hold), then --verbs files, then the packaged PETRARCH
    conversion; within each, constrained entries before bare ones, the more constrained first, then file order."""
    return (ORIGIN_RANK.get(e.origin, 1), e.n_constraints == 0, -e.n_constraints, e.line)


def merge_entries(lex: "Lexicon", entries) -> int:
    """Add entries from a dictionary to the lexicon; skip those of a (pos, lemma) our own lexicon gives a
    frame other than "act" (wrappers, light and aspect verbs decide the code from their complement).
    Returns how many were skipped."""
    skipped = 0
    for e in entries:
        own = lex.by_key.get((e.pos, e.lemma), ())
        if any(o.origin == "lexicon" and o.frame in OWN_FRAMES_GOVERN for o in own):
            skipped += 1
            continue
        lex.by_key.setdefault((e.pos, e.lemma), []).append(e)
    return skipped


def _read_tsv(lex: "Lexicon", name: str, origin: str) -> None:
    entries = [_parse(row, i, origin, name) for i, row in enumerate(_rows(name), start=1)]
    if origin == "lexicon":
        for e in entries:
            lex.by_key.setdefault((e.pos, e.lemma), []).append(e)
    else:
        merge_entries(lex, entries)


@lru_cache(maxsize=8)
def load_lexicon(verbs_files: tuple[str, ...] = (), replace: bool = False, keep_unknown_codes: bool = False) -> Lexicon:
    """The event lexicon: our own lexicon.tsv merged with the packaged PETRARCH conversion
    (petrarch_verbs.tsv) and any PETRARCH-format verb dictionaries given; with replace (and at least one
    file) only the files.  Each file's MapReport is in .reports.  keep_unknown_codes keeps the files'
    patterns whose codes are not CAMEO codes (counted either way; for test dictionaries such as
    PETRARCH's PETR.Validate.verbs.txt)."""
    from .petrarch_map import map_dictionary
    from .petrarch_verbs import read_verb_file

    lex = Lexicon()
    verbs_files = tuple(verbs_files or ())
    if not (replace and verbs_files):
        _read_tsv(lex, "lexicon.tsv", "lexicon")
        _read_tsv(lex, "petrarch_verbs.tsv", "petrarch")
        _read_tsv(lex, "petrarch_verb_defaults.tsv", "petrarch")  # only between coded actors (fallback.py)
    for path in verbs_files:
        entries, report = map_dictionary(read_verb_file(path), origin=f"verbs:{path.rsplit('/', 1)[-1]}", source=path,
                                         keep_unknown_codes=keep_unknown_codes, linear=True)
        skipped = merge_entries(lex, entries)
        if skipped:
            report.notes["entries of a verb our lexicon frames as a wrapper"] = skipped
        lex.reports.append(report)
    for entries in lex.by_key.values():
        entries.sort(key=_rank)
    for row in _rows("families.tsv"):
        lex.families[row["key"]] = {k: row[k] for k in WRAPPER_FRAMES}
        for k in WRAPPER_FRAMES:
            if row[k] != "-" and not is_code(row[k]):
                raise ValueError(f"families.tsv: unknown code {row[k]!r} for {row['key']}")
    return lex
