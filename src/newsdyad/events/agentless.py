"""Agentless state acts: an arrest, a curfew or a deportation with no named agent is the state's.

    state_act(code) -> bool
    state_source(code, place_country, home, states) -> (Participant, how) | None

Only a state arrests, detains, charges, convicts, deports, imposes a curfew or bans a party
(CAMEO 116, 172x, 173, 174; the codes are the ``agentless_state_codes`` list).  When a story
reports such an act with no agent - an agentless passive or a bare nominal - a coder writes the
state of the place where it happened, else the state the story is about:

- "Two journalists were arrested in Yangon on Monday."          -> MMRGOV arrests (the place)
- "The nightly curfew begins at eight." (a story about Myanmar) -> MMRGOV imposes a curfew (the story)
- "If convicted, he faces life in prison." (a Hong Kong story)  -> HKGJUD convicts (a court)

Not:
- a verb with a named agent, even an uncoded one ("activists were detained by unknown men");
- violence ("were killed", "were bombed"): rebels and armies both kill, so no agent is guessed;
- a participle describing a person ("the imprisoned publisher"): a state, not a reported act;
- an act that is not asserted ("hoped they would be indicted", "could be deported");
- seizures of property (171): rebels seize too;
- a story that settles no country and a place with no country: nothing is guessed;
- PETRARCH-style coding (``settle_countries`` off): the unit tests code no unnamed agent.
"""

from __future__ import annotations

from ..model import Participant
from ..wordlists import word_list

JUDICIAL = ("116",)  # a finding of guilt is a court's act


def state_act(code: str) -> bool:
    """Is code (or its family) an act only a state performs?"""
    codes = word_list("agentless_state_codes")
    return any(code.startswith(c) for c in codes)


def state_source(code: str, anchor, place: str | None, home: str | None,
                 states: set[str]) -> tuple[Participant, str] | None:
    """The state as the source of an agentless state act (anchor: its trigger token): the place's
    country, else the story's; None if neither."""
    if not state_act(code) or anchor.dep_ == "amod":
        return None
    if place in states:
        country, how = place, "place"
    elif home in states:
        country, how = home, "story"
    else:
        return None
    sector = "JUD" if code.startswith(JUDICIAL) else "GOV"
    return Participant(actor=None, code=country + sector, span=None), how
