"""Participants: a sector-only side ("protesters", "the military") takes the country the story settles.

    story_country(actors, states) -> str | None
    settle_country(part, place_country, story_country, states) -> (Participant, how)

A coder reading a story about Sudan codes "the military removed Bashir" as SDNMIL, not MIL: the
story settles whose military it is.  newsdyad does the same, in this order:

1. for sectors whose members act at home (``local_sectors``: police, protesters, rebels, civilians,
   ...), the country of the place the event happens in ("police in Mandalay fired on ..." ->
   MMRCOP); an official or a soldier abroad is not of the place ("an ICE spokesperson" at
   Guantanamo is no Cuban official);
2. the story's own country: the one country whose actors hold at least 40% of the mentions of
   country-coded actors, with two or more mentions and half again as many as the runner-up.

Not this: a story that spreads its mentions over several countries settles nothing, and a side
with a country or an organisation code (``USAGOV``, ``IGOUNO``) is left as it is.
"""

from __future__ import annotations

from collections import Counter

from ..model import Actor, Participant
from ..wordlists import word_list

ORG_ROOTS = ("IGO", "NGO", "IMG")


def sector_only(code: str | None, states: set[str]) -> bool:
    """A code made of sectors only ("OPP", "GOVMED"), with no country or organisation root."""
    return bool(code) and code[:3] not in states and not code.startswith(ORG_ROOTS)


def story_country(actors: list[Actor], states: set[str]) -> str | None:
    """The country the story is about, if one clearly dominates its country-coded actors' mentions."""
    counts: Counter = Counter()
    for a in actors:
        code = a.code or ""
        if code[:3] in states:
            counts[code[:3]] += max(1, len(a.mentions))
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 2 and n >= 0.4 * sum(counts.values()) and n >= 1.5 * runner_up:
        return top
    return None


def settle_country(part: Participant, place_country: str | None, home: str | None,
                   states: set[str], actor: Actor | None = None) -> tuple[Participant, str]:
    """The participant with its country prefixed when its code is sector-only, and how ('' if unchanged).

    An actor left uncoded whose role still names a sector ("the general": MIL; "the president":
    GOV) is settled the same way, and stays uncoded when no country is settled."""
    if part.code is None and actor is not None and actor.sector and actor.country is None:
        settled, how = settle_country(Participant(part.actor, actor.sector, part.span), place_country, home, states)
        return (settled, how + "+role") if how else (part, "")
    if not sector_only(part.code, states):
        return part, ""
    if part.code[:3] in word_list("transnational_sectors"):
        return part, ""  # "rights groups", "the media outlet": as often foreign as local
    local = part.code[:3] in word_list("local_sectors")
    country, how = (place_country, "place") if place_country in states and local else (home, "story")
    if not country:
        return part, ""
    return Participant(actor=part.actor, code=country + part.code, span=part.span), how
