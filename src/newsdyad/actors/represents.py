"""A spokesperson or an official speaks for the actor the phrase names: the role takes its code.

    "a spokesperson for the U.S. State Department"    -> USAGOV (the department's code)
    "a spokesman for the Sudanese army"               -> SDNMIL (the army's, not SDNGOV)
    "a spokesman for the U.S. military in Afghanistan" -> USAMIL (what is spoken for, not where)
    "a spokesman for Afghan President Ashraf Ghani"   -> AFGGOV (the president's code)
    "the army's spokesman" (army coded SDNMIL)        -> SDNMIL
    "an official of the Taliban" (in 2024)            -> the Taliban's code, AFGGOV
    "a spokesman for the army's press office"          -> the army's code (the office's owner)
    "a spokesperson for the family"                   (no coded actor named: nothing)
    "a professor for Mali"                            (not a role that speaks for another: nothing)

The role noun is one of ``representative_roles`` (``data/lexicons/actors.tsv``); the actor
is a coded name (a group, organisation, IGO, medium or person with a country) at the object of
its "for"/"of" phrase or at its possessive; an agent noun there ("the Malian army", "the
foreign ministry") gives its sector to the country named in its own modifiers.
Evidence: ``represents:<words of the actor>``.
"""

from __future__ import annotations

from .kb import KINDS
from .lexicon import words
from .mention import is_sector_only

REPRESENTATIVE_ROLES = words("representative_roles")
LEADING_ROLES = words("leading_roles")  # "X, the head of Y": X takes Y's code (described persons)
LEADING_VERBS = words("leading_verbs")
STATE_BODIES = words("state_bodies")  # "X, who heads Y"
NAMED_KINDS = frozenset(KINDS) - {"country", "place"}  # actors a role may speak for (not a place)


def is_representative(head) -> bool:
    """Is the noun a role that speaks for another actor ("spokesman", "official", "envoy")?"""
    return head.lemma_.lower() in REPRESENTATIVE_ROLES or head.lower_ in REPRESENTATIVE_ROLES


def represented(doc, head, mention_at, kb, agent_sector=None, roles=REPRESENTATIVE_ROLES):
    """(code, the token that names the actor, end of its phrase) of the actor the role noun
    ``head`` speaks for, or None.  ``mention_at(i)`` is the name mention at token i;
    ``agent_sector(i)`` the sector of an agent noun at token i (or None); ``roles`` the role
    nouns that count (``LEADING_ROLES`` adds "head", "director": described persons only)."""
    if head.lemma_.lower() not in roles and head.lower_ not in roles:
        return None
    objects = [(c, c.i + 1) for c in head.children if c.dep_ == "poss"]
    left = [t for c in head.lefts if c.dep_ not in {"poss", "det"} for t in c.subtree]
    if not any(t.dep_ == "cc" for t in left):  # "US and Taliban negotiators": one actor per modifier
        objects.extend((t, t.i + 1) for t in left)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
            objects.extend((p, p.right_edge.i + 1) for p in child.children if p.dep_ == "pobj")
    for obj, end in objects:
        code = _code_of(doc, obj, mention_at, kb, agent_sector)
        if code:
            return code, obj, end
    return None


def _code_of(doc, obj, mention_at, kb, agent_sector):
    """The code of the actor at token obj: a coded name covering it; a country named in the
    modifiers of an agent noun with its sector ("the Malian army" -> MLIMIL) or of a state body
    ("Malawi's Department of X" -> MWIGOV); else its possessor's ("the army's press office")."""
    m = mention_at(obj.i)
    if m is not None and m.code and not is_sector_only(m.code) and m.kind in NAMED_KINDS:
        return m.code
    sector = agent_sector(obj.i) if agent_sector is not None else None
    body = not sector and obj.lemma_.lower() in STATE_BODIES
    for t in obj.lefts if sector or body else ():
        mm = mention_at(t.i)
        if mm is not None and mm.kind == "country" and mm.root and (sector or t.dep_ in {"poss", "amod"}):
            return mm.root + (sector or "GOV")
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    return _code_of(doc, owner, mention_at, kb, agent_sector) if owner is not None else None


def led_by_clause(doc, verb, mention_at, kb, agent_sector=None):
    """(code, token, end) of Y in "X, who heads/leads Y" (verb is the clause's verb), or None."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in LEADING_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj":
            code = _code_of(doc, obj, mention_at, kb, agent_sector)
            if code:
                return code, obj, obj.right_edge.i + 1
    return None
