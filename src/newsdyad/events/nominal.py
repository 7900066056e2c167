"""Nominal events: the performer named by a modifier of the event noun, or by the subject of the
verb that reports or orders it.

A nominal event ("the attacks", "a proposal") is coded only when it has a performer of its own
(events/extract.py).  noun_roles finds the possessor, "by X", "of X", "from X"; this module adds two
more places a careful coder reads the performer from:

    "U.S. threats against Pyongyang"         the compound names the actor: USA threatens
    "a Chinese and Russian proposal"         a demonym modifier: CHN and RUS propose
    "al-Shabab attacks on the camp"          an organisation as compound: al-Shabab attacks
    "Police announced the arrests"           the reporting verb's subject (data/events/nominal.tsv)

and yields nothing for:

    "Kabul attacks"                          a city names where, not who
    "a VOA request for comment"              a news outlet's own reporting
    "the China threat"                       a wrapper noun with no complement or addressee
    "a cabinet meeting"                      a meeting noun with no counterpart
    "journalist arrests"                     a patient noun: the compound is who is arrested
    "condemned the arrests"                  condemn is no reporting verb: the condemner did not arrest
    "the storm damage"                       no event noun (only lexicon nouns get here)
"""

from __future__ import annotations

from functools import lru_cache

from .base import OBJ, OF_PATIENT, _conj_expand, _is_passive, _lemma
from .cameo import _rows
from .places import city_country, country_code


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


def _names_actor(ex, tok) -> bool:
    """tok names an actor (a coded actor mention, a country name or demonym), not a city."""
    if tok.pos_ == "ADJ":  # "Chinese", "Israeli": a demonym; not "military", "local"
        return country_code(tok.text) is not None
    if tok.pos_ not in ("PROPN", "NOUN") or (tok.pos_ == "NOUN" and tok.i not in ex.tok_actor):
        return False
    if country_code(tok.text) is None and city_country(tok.text) is not None:
        return False  # "the Kabul attack": a city names where, not who
    hit = ex.tok_actor.get(tok.i)
    if hit is not None and (hit[0].kind in ("media", "place") or "MED" in (hit[0].code or "")):
        return False  # "a VOA request for comment": the outlet's own reporting, no political event
    part = ex.resolve(tok)
    return part is not None and bool(part.code)


def _meets(ex, n) -> bool:
    """n is a meeting or talks noun (CAMEO root 04): it needs a counterpart to be an event."""
    m = ex.match(n, "N")
    return m is not None and m[0].code is not None and m[0].code[:2] == "04"


def modifier_source(ex, n, wrapper: bool = False, targets=()) -> list:
    """The performer a compound or demonym modifier of the event noun n names, or [].
    Patient nouns (arrest, deportation, ...) are left alone: their modifier is who suffers."""
    if _lemma(n) in OF_PATIENT:
        return []
    if not targets and _meets(ex, n):
        return []  # "a cabinet meeting", "a Security Council meeting": a body meeting itself
    if wrapper and not any(c.dep_ in ("prep", "acl", "relcl") for c in n.children):
        return []  # "the China threat" is a way of speaking; "U.S. threats against Pyongyang" an event
    for c in n.children:
        if c.dep_ not in ("compound", "amod", "nmod") or c.i > n.i:
            continue
        if _names_actor(ex, c):
            return _conj_expand(c)
    return []


def reporting_source(ex, n) -> list:
    """The subject of a reporting verb whose object is the event noun n ("X announced the arrests")."""
    if n.dep_ not in OBJ:
        return []
    v = n.head
    if v.pos_ != "VERB" or _lemma(v) not in reporting_verbs() or _is_passive(v):
        return []
    subj = ex.subjects(v)
    if not subj or not _names_actor(ex, subj[0]) and subj[0].pos_ != "PRON":
        return []
    part = ex.resolve(subj[0])
    return subj if part is not None and part.code else []


def nominal_source(ex, n, targets=()) -> list:
    """The performer of the event noun n from its modifiers or its reporting verb, or []."""
    return modifier_source(ex, n, targets=targets) or reporting_source(ex, n)
