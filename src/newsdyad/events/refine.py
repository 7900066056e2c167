"""Refinements: a coded event's code revised (or the event dropped) once its participants are known.

Each rule is a pure function ``rule(r: Refinable) -> str | None | DROP``: a new code, ``None`` to
leave it, or ``DROP`` when the reading is no event.  They run in the order of ``REGISTRY``; the
first that returns something wins, and its name is added to the event's ``rule``.

* ``verbal_attack`` - "The president attacked the newspaper": a politician's "attack" on a
  newspaper, party, court or legislature is criticism (111), not force (190).
  Not this: "Troops attacked the rebels' base" (an armed source stays 190).
* ``aid_kind`` - "gave military support to Kyiv": support, aid or assistance qualified as military
  is 072, humanitarian 073, economic 071 (and plain aid 070), not 051 praise.
  Not this: "voiced support for the plan" (no such qualifier: unchanged).
* ``insurgent_attack`` - "Militants attacked a passenger train", "al-Shabab attacks": a plain
  attack (190) by insurgents, rebels, unidentified gunmen or a militant group (REB, INS, UAF, IMG)
  on civilians, officials or places is unconventional violence (180), as CAMEO's 18x is for force
  that needs no army.
  Not this: "Rebels attacked an army base" (against armed forces: fighting, 190 stays);
  "insurgents bombarded the city" (not a plain attack: shelling needs artillery, 190 stays);
  "Troops attacked the rebels" (a state's forces: 190); "rebels shelled the town" (a weapon's
  sub-code, 194, stays).
* ``arrival_is_no_visit`` - "migrants arrived in Bosnia": an arrival is a visit (042) only for a
  government, a head of state or an international organisation.
  Not this: "Prime Minister Modi arrived in Paris" (a 042 visit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Actor, Participant
from ..wordlists import word_list

DROP = "drop"


@dataclass(frozen=True)
class Refinable:
    """What a refinement may look at: the code, the trigger's tokens, both sides and their actors."""

    code: str
    trigger: tuple  # spaCy tokens
    source: Participant
    target: Participant
    source_actor: Actor | None
    target_actor: Actor | None

    def trigger_lemmas(self) -> set[str]:
        """Lower-case lemmas of the trigger tokens."""
        return {t.lemma_.lower() for t in self.trigger}

    def modifiers(self) -> set[str]:
        """Adjectives and compounds on the trigger, on its objects and on nouns it governs."""
        out: set[str] = set()
        for t in self.trigger:
            for c in t.children:
                out.add(c.lower_)
                if c.dep_ in ("dobj", "pobj", "attr", "nsubjpass") or c.dep_ == "prep":
                    out.update(g.lower_ for g in c.subtree if g.dep_ in ("amod", "compound"))
        return out


def _armed(p: Participant) -> bool:
    code = p.code or ""
    armed = word_list("armed_sectors")
    return any(code[i:i + 3] in armed for i in range(0, len(code), 3)) or code.startswith("IMG")


def verbal_attack(r: Refinable) -> str | None:
    """A politician's attack on a newspaper, party, court or legislature is criticism (111)."""
    if r.code != "190" or "attack" not in r.trigger_lemmas():
        return None
    if r.source_actor is None or r.source_actor.kind != "person" or _armed(r.source):
        return None
    code = r.target.code or ""
    verbal = word_list("verbal_target_sectors")
    media = r.target_actor is not None and r.target_actor.kind == "media"
    if media or any(code[i:i + 3] in verbal for i in range(0, len(code), 3)):
        return "111"
    return None


def aid_kind(r: Refinable) -> str | None:
    """Support or aid qualified as military (072), humanitarian (073) or economic (071)."""
    if r.code not in ("051", "070") or not r.trigger_lemmas() & word_list("aid_trigger_lemmas"):
        return None
    mods = r.modifiers()
    for name, code in (("military_aid_modifiers", "072"), ("humanitarian_aid_modifiers", "073"),
                       ("economic_aid_modifiers", "071")):
        if mods & word_list(name):
            return code
    return None


def _sectors(code: str | None) -> set[str]:
    code = code or ""
    return {code[i:i + 3] for i in range(0, len(code), 3)}


def insurgent_attack(r: Refinable) -> str | None:
    """A plain attack by a non-state armed group on anyone but armed forces is 180."""
    if r.code != "190" or not r.source.code or not r.trigger_lemmas() & {"attack", "assault"}:
        return None  # "insurgents bombarded the city" needs artillery: conventional force
    src = _sectors(r.source.code)
    if not (src & word_list("nonstate_armed_sectors") or r.source.code.startswith("IMG")) or src & {"MIL", "COP", "SPY"}:
        return None
    if _armed(r.target):
        return None  # rebels against the army: fighting
    return "180"


def arrival_is_no_visit(r: Refinable) -> str | None:
    """An arrival is a visit only for a government, a leader or an international organisation."""
    if r.code[:3] not in ("042", "043") or "arrive" not in r.trigger_lemmas():
        return None
    code = r.source.code or ""
    if code.startswith(("IGO", "NGO")) or "GOV" in code[3:]:
        return None
    return DROP


REGISTRY: tuple[tuple[str, Callable[[Refinable], str | None]], ...] = (
    ("verbal_attack", verbal_attack),
    ("aid_kind", aid_kind),
    ("arrival_is_no_visit", arrival_is_no_visit),
    ("insurgent_attack", insurgent_attack),
)


def refine(r: Refinable) -> tuple[str | None, str]:
    """The refined code (``None``: drop the event) and the name of the rule that fired ('' if none)."""
    for name, rule in REGISTRY:
        out = rule(r)
        if out == DROP:
            return None, name
        if out is not None:
            return out, name
    return r.code, ""
