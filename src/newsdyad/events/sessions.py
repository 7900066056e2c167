"""A body's own session as a venue is no meeting event: "at a U.N. Security Council meeting",
"ahead of a meeting of ECOWAS", "told a Security Council meeting" name where something was said,
not who met whom.

    body_session(tok, res) -> bool

A consultation (CAMEO 04x) is an act between parties.  A meeting noun whose only participant is the
body holding it - named as a modifier ("a Security Council meeting") or in an "of" phrase ("a
meeting of the Security Council") - with no target and no "with/between/among" phrase is that
body in session; where it is only the venue of something else (the object of a preposition, or
the addressee of a speech verb) coders write no event for it:

- "The envoy spoke ahead of a meeting of the U.N. Security Council."  -> no 040
- "The minister told a Security Council meeting that the war must end." -> no 040 (the telling may be)

Not this (kept):
- "Rubio's meetings with his counterparts", "talks between Israel and Hamas": parties named;
- "his White House meeting", "Putin's meeting with Xi": a possessor is a party who met someone;
- "Kenya and Somalia held talks": a verb, not a bare noun;
- "The G7 talks brought together ministers from ...": the session is the subject, the event itself.
"""

from __future__ import annotations

from .base import _lemma
from .modality import SPEECH
from .modifier import MODIFIER_DEPS

PARTY_PREPS = ("with", "between", "among", "amongst")


def _holder(s, tok) -> bool:
    """Is s the body named on the noun tok (its modifier, or the object of its "of")?"""
    if s.head.i == tok.i and s.dep_ in MODIFIER_DEPS:
        return True
    return s.head.dep_ == "prep" and s.head.lower_ == "of" and s.head.head.i == tok.i


def body_session(tok, res) -> bool:
    """Is the nominal consultation res (triggered by the noun tok) only its holder in session?"""
    if tok.pos_ != "NOUN" or res.code is None or not res.code.startswith("04") or res.targets:
        return False
    if any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in tok.children):
        return False
    venue = tok.dep_ == "pobj" or (tok.dep_ in ("dobj", "dative") and _lemma(tok.head) in SPEECH)
    if not venue:
        return False
    return bool(res.sources) and all(_holder(s, tok) for s in res.sources)
