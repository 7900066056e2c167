"""Generic verb fallback: a PETRARCH verb's default code when none of its patterns holds.

PETRARCH's verb blocks give a code to the verb itself ("--- EXPEL [174] ---") and more specific
codes to patterns.  On news a bare verb is often a loose synonym ("X contributed to this report" is
no aid), so the packaged conversion keeps a verb's default code only under one condition, stated as
the constraint ``actors`` (data/events/petrarch_verbs.tsv, written by scripts/build_petrarch_verbs.py):
the verb's subject and its object (or passive subject) are both coded actors, a person, group,
government or country.  Then the verb is acting on someone, which is what a CAMEO event is:

    "The Sudanese army removed President Omar al-Bashir."   the DEPORT block's 174, SDNMIL -> SDNGOV
    "Russia berated Britain over the poisoning."            111, RUS -> GBR
    "The figures removed any doubt."             no: the object is no actor
    "The storm battered Cuba."                   no: the subject is no actor

Not in roots 06-08 (cooperation, aid, yielding), whose object is a theme ("led a group", "allowed
merchants in").  The object and the subject must themselves name the actor: "the flow of migrants"
or "Trump's tariffs" do not.  Our own lexicon and every constrained pattern are tried first.
"""

from __future__ import annotations

from ..wordlists import word_list
from .base import OBJ, _lemma


def _coded(ex, tok) -> bool:
    """tok itself names a coded actor: an actor mention, a country name or a pronoun that resolves.
    A noun phrase that only holds an actor ("the flow of migrants", "Trump's tariffs") does not count."""
    if tok.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    if tok.pos_ == "NOUN" and _lemma(tok) in word_list("non_agent_nouns"):
        return False
    if tok.i not in ex.tok_actor and tok.pos_ != "PRON" and ex._country_part(tok) is None:
        return False
    part = ex.resolve(tok)
    return part is not None and bool(part.code)


def actor_arguments(ex, tok):
    """The object token when both tok's subject and its object (or passive subject) are coded actors,
    else None (ex: the extractor, for its parse helpers and actor resolution)."""
    if tok.pos_ != "VERB":
        return None
    objs = [c for c in tok.children if c.dep_ in OBJ or c.dep_ == "nsubjpass"]
    obj = next((o for o in objs if _coded(ex, o)), None)
    if obj is None:
        return None
    subj = ex.subjects(tok)
    if not subj or not _coded(ex, subj[0]) or subj[0].i == obj.i:
        return None
    return obj
