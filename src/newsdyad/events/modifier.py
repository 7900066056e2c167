"""The performer of a nominal event named by a modifier before the noun.

    modifier_performer(ex, n, targets=(), wrapper=False) -> list of tokens

A nominal event with no possessor, "by" or "of" phrase is often performed by the actor written
before it:

- "Israeli airstrikes on Gaza continued."           the Israeli (demonym) -> ISR strikes Gaza
- "Two al-Shabab attacks had involved residents."    an armed group (compound) -> the group attacks
- "Police raids in the capital went on overnight."  a sector noun (compound) -> the police raid
- "a Chinese and Russian proposal"                  coordinated demonyms -> CHN and RUS propose
- "U.S. threats against Pyongyang"                  a country by its name, with a counterpart named
- "The G7 talks in Quebec"                          an international body meeting its members

Not this:

- "The Gaza attack", "Iran sanctions"   a country or place by its name with no counterpart: as often
                                        the target, topic or place as the performer
- "Mourners gathered after the Kabul attack."   a city names where, not who
- "a VOA request for comment"                   a news outlet's own reporting
- "journalist arrests"                          a patient noun: a noun modifier is who is arrested
                                                (a demonym still acts: "Israeli arrests of ...")
- "The Israeli cabinet meeting lasted hours."   one body meeting itself, no counterpart
- "the China threat" (wrapper noun with no complement)   a way of speaking
- "major attacks", "nightly raids"              no actor
- "a standby military force"                    the lexicon entry's own words ([mod=military])
"""

from __future__ import annotations

from .base import OF_PATIENT, _conj_expand, _lemma
from .places import city_country, country_code

NAMED_PLACES = ("country", "place")
MODIFIER_DEPS = ("amod", "compound", "nmod")
OUTLETS = ("media",)
BODIES_THAT_MEET = ("igo",)  # "the G7 talks": members meet each other; "a cabinet meeting" does not


def _meets(ex, n) -> bool:
    """n is a meeting or talks noun (CAMEO root 04)."""
    m = ex.match(n, "N")
    return m is not None and m[0].code is not None and m[0].code[:2] == "04"


def _skip(ex, n, m, t) -> bool:
    """The modifier t of n names nobody who performs n."""
    used = {u.i for u in m[1]} if m is not None else set()
    own = (m[0].mod or frozenset()) if m is not None else frozenset()  # "military force" [mod=military]
    if t.i in used or _lemma(t) in own:
        return True
    if country_code(t.text) is None and city_country(t.text) is not None:
        return True  # "the Kabul attack": a city names where, not who
    hit = ex.tok_actor.get(t.i)
    return hit is not None and hit == ex.tok_actor.get(n.i)  # one actor phrase: the noun's own words


def _performs(ex, n, t, targets) -> bool:
    """The actor the modifier t names performs n."""
    hit = ex.tok_actor.get(t.i)
    demonym = t.pos_ == "ADJ" or t.ent_type_ == "NORP"
    if hit is None:
        return demonym and ex._country_part(t) is not None  # a demonym the actors stage left alone
    actor = hit[0]
    if actor.kind in OUTLETS or "MED" in (actor.code or ""):
        return False  # "a VOA request for comment"
    if actor.kind in NAMED_PLACES and not demonym and not targets:
        return False  # "the Gaza attack", "Iran sanctions"; not "U.S. threats against Pyongyang"
    if _meets(ex, n) and not targets and actor.kind not in BODIES_THAT_MEET:
        return False  # "the Israeli cabinet meeting": a body meeting itself
    part = ex.resolve(t, depth=1)
    return part is not None and bool(part.code or actor.sector)


def modifier_performer(ex, n, targets=(), wrapper: bool = False) -> list:
    """The actor written before the event noun n that performs it (coordinated actors expanded), or [].
    ``targets``: the counterparts the noun already has; ``wrapper``: n is a wrapper noun (threat, call)."""
    patient_noun = _lemma(n) in OF_PATIENT  # "journalist arrests": a noun modifier is who suffers
    if wrapper:
        complements = [c for c in n.children if c.dep_ in ("prep", "acl", "relcl")]
        if not complements:
            return []  # "the China threat" is a way of speaking; "U.S. threats against Pyongyang" an event
        targets = targets or complements  # what the threat or call is against or for: a counterpart
    m = ex.match(n, "N")
    for t in sorted((c for c in n.children if c.dep_ in MODIFIER_DEPS and c.i < n.i), key=lambda c: -c.i):
        demonym = t.pos_ == "ADJ" or t.ent_type_ == "NORP"  # "Israeli arrests of ...": who arrests
        if patient_noun and not demonym:
            continue
        if not _skip(ex, n, m, t) and _performs(ex, n, t, targets):
            return _conj_expand(t)
    return []
