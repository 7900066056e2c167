"""Nominal events: the performer named by the subject of the verb that reports or orders the event.

A nominal event ("the attacks", "a proposal") is coded only when it has a performer of its own
(events/extract.py).  noun_roles finds the possessor, "by X", "of X", "from X" and an actor-naming
modifier (modifier.py); this module adds one more place a careful coder reads the performer from:

    "Police announced the arrests"           the reporting verb's subject (data/events/nominal.tsv)
    "The army confirmed the killing of X"    -> the army killed X

and yields nothing for:

    "condemned the arrests"                  condemn is no reporting verb: the condemner did not arrest
    "the arrests were announced"             a passive report names no performer
    "the storm damage"                       no event noun (only lexicon nouns get here)
"""

from __future__ import annotations

from functools import lru_cache

from .base import OBJ, _is_passive, _lemma
from .cameo import _rows
from .modifier import OUTLETS


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """kind -> words (data/events/nominal.tsv)."""
    out: dict[str, set[str]] = {}
    for row in _rows("nominal.tsv"):
        out.setdefault(row["kind"].strip(), set()).add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def reporting_verbs() -> frozenset[str]:
    """Verbs whose subject performs the event noun in their object ("announced the arrests")."""
    return _lists().get("report", frozenset())


def reporting_source(ex, n) -> list:
    """The subject of a reporting verb whose object is the event noun n ("X announced the arrests")."""
    if n.dep_ not in OBJ:
        return []
    v = n.head
    if v.pos_ != "VERB" or _lemma(v) not in reporting_verbs() or _is_passive(v):
        return []
    subj = ex.subjects(v)
    if not subj:
        return []
    hit = ex.tok_actor.get(subj[0].i)
    if hit is not None and (hit[0].kind in OUTLETS or "MED" in (hit[0].code or "")):
        return []  # "VOA confirmed the arrests": the outlet reports, the state arrested
    part = ex.resolve(subj[0])
    return subj if part is not None and part.code else []
