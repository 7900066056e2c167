"""Who acts in a gerund after a preposition: the clause's subject, its patient, or its object.

    adjunct_controller(ex, v, depth) -> list of tokens

A gerund in a prepositional phrase on a verb has no subject of its own; English takes it from the
clause it hangs on:

- "France responded by destroying the air force."          France destroys (the subject)
- "He is cooperating with prosecutors after pleading guilty." he pleads
- "Suga will be interested in encouraging the Philippines."  Suga encourages (through the adjective)
- "The journalist was released after apologizing to Hun Sen." the journalist apologizes (the
  passive clause's patient)
- "Trump attacked the newspaper for refusing to support him."  the newspaper refuses (after "for",
  an object that is an actor: "criticized X for", "thanked X for", "sentenced X for")
- "The group took credit for attacking a convoy."            the group attacks ("credit" is no actor)

Not after a passive's "by" ("were displaced by fighting between X and Y": that is the agent
phrase) or a comparison ("like supporting X"), and not when the phrase hangs on a noun ("the idea of sending troops", "a commitment to supporting
peace": whose idea is another question) or on nothing verbal.
"""

from __future__ import annotations

from .base import OBJ, _conj_expand, _is_passive

COMPARING = ("like", "unlike", "than")  # "a policy based on theology, like supporting X": whose, unsaid


def adjunct_controller(ex, v, depth: int = 0) -> list:
    """The tokens that act in the gerund v (a pcomp), found from the clause it modifies (ex: the extractor)."""
    p = v.head
    if p.dep_ != "prep" or p.head.i == p.i or p.lower_ in COMPARING:
        return []
    g = p.head
    if p.lower_ == "by" and _is_passive(g):
        return []  # "civilians were displaced by fighting between X and Y": the agent, not a manner
    if g.pos_ == "ADJ" and g.dep_ == "acomp":
        return ex.subjects(g, depth + 1)  # "interested in encouraging": the one interested
    if g.pos_ not in ("VERB", "AUX"):
        return []
    if p.lower_ == "for":
        objs = [c for c in g.children if c.dep_ in OBJ]
        if objs and ex.resolve(objs[0]) is not None:
            return _conj_expand(objs[0])
    if _is_passive(g):
        held = [c for c in g.children if c.dep_ == "nsubjpass"]
        return _conj_expand(held[0]) if held else []
    return ex.subjects(g, depth + 1)
