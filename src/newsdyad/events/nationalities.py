"""Coordinated nationality adjectives on one noun name one party per country.

    split_nationalities(tok, part) -> list[Participant] | None

"Ukrainian and American officials held talks" is a meeting of two sides, a Ukrainian and an American
one; the actors stage sees one phrase ("American officials").  A coder writes one participant per
adjective, each with the sector of the noun:

- "Ukrainian and American officials held talks in Jeddah."  -> UKRGOV and USAGOV (talks: each the other's)
- "French and German troops patrolled the border."           -> FRAMIL and DEUMIL
- "Chinese and Russian diplomats criticised the plan."       -> CHNGOV and RUSGOV, each criticising

Not:
- one adjective, or adjectives that are not all countries ("Ukrainian and other officials",
  "senior and junior officials"): the phrase stays one participant;
- a compound of nationalities naming one thing ("the Sino-American relationship"): no conj;
- adjectives on a noun of no actor: only called on a subject or object the roles stage resolved.
"""

from __future__ import annotations

from ..model import Participant
from .places import country_code


def _nationality_chain(tok) -> list:
    """The coordinated adjectives modifying tok ("Ukrainian and American"), first one first."""
    for a in tok.children:
        if a.dep_ == "amod" and a.pos_ in ("ADJ", "PROPN") and any(c.dep_ == "conj" for c in a.children):
            chain, stack = [a], [a]
            while stack:
                x = stack.pop()
                for c in x.children:
                    if c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN"):
                        chain.append(c)
                        stack.append(c)
            return sorted(chain, key=lambda t: t.i)
    return []


def split_nationalities(tok, part: Participant | None) -> list[Participant] | None:
    """One participant per coordinated nationality on tok, with the sector of tok's own participant
    (part); None when tok has no such coordination."""
    chain = _nationality_chain(tok)
    if len(chain) < 2:
        return None
    codes = [country_code(a.text) for a in chain]
    if not all(codes) or len(set(codes)) < 2:
        return None
    sector = ""
    if part is not None and part.code and part.code[:3] in codes:
        sector = part.code[3:]
    out = []
    for a, code in zip(chain, codes):
        own = part is not None and part.code is not None and part.code[:3] == code
        out.append(Participant(actor=part.actor if own else None, code=code + sector,
                               span=(a.idx, a.idx + len(a.text))))
    return out
