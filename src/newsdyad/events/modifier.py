"""The performer of a nominal event named by a modifier before the noun.

    modifier_performer(ex, n) -> list of tokens

A nominal event with no possessor, "by" or "of" phrase is often performed by the actor written
before it:

- "Israeli airstrikes on Gaza continued."           the Israeli (demonym) -> ISR strikes Gaza
- "Two al-Shabab attacks had involved residents."    an armed group (compound) -> the group attacks
- "Police raids in the capital went on overnight."  a sector noun (compound) -> the police raid
- "The opposition protests drew thousands."         -> the opposition protests

Not when the modifier names a country or a place by its name, since that is as often the target,
topic or location as the performer:

- "The Gaza attack", "the Nairobi talks"           (place)
- "Iran sanctions", "the Ukraine war"              (country named by its name: target or topic)

and not for a modifier that is no actor ("major attacks", "nightly raids"), nor for one the
lexicon entry itself needs ("a standby military force": the pattern is "force" with "military"),
nor for a word of the same actor phrase as the noun.
"""

from __future__ import annotations

from .base import _lemma

NAMED_PLACES = ("country", "place")
MODIFIER_DEPS = ("amod", "compound", "nmod")


def modifier_performer(ex, n) -> list:
    """The token before the event noun n that names who performs it, as a one-item list (or [])."""
    m = ex.match(n, "N")
    used = {u.i for u in m[1]} if m is not None else set()
    own = (m[0].mod or frozenset()) if m is not None else frozenset()  # "military force" [mod=military]
    for t in sorted((c for c in n.children if c.dep_ in MODIFIER_DEPS and c.i < n.i and c.i not in used
                     and _lemma(c) not in own), key=lambda c: -c.i):
        hit = ex.tok_actor.get(t.i)
        if hit is not None and hit == ex.tok_actor.get(n.i):
            continue  # "a standby military force" is one actor phrase: the noun's own words
        if hit is not None:
            actor, _span = hit
            demonym = t.pos_ == "ADJ" or t.ent_type_ == "NORP"
            if actor.kind in NAMED_PLACES and not demonym:
                continue  # "the Gaza attack", "Iran sanctions"
            part = ex.resolve(t, depth=1)
            if part is not None and (part.code or actor.sector):
                return [t]
        elif t.pos_ == "ADJ" or t.ent_type_ == "NORP":  # a demonym the actors stage left alone
            part = ex._country_part(t)
            if part is not None:
                return [t]
    return []
