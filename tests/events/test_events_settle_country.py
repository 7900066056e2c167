"""events/participants.py: which country a sector-only side takes (pure functions, hand-built records)."""

from __future__ import annotations

import pytest

from newsdyad.events.participants import settle_country, story_country
from newsdyad.model import Actor, Participant

STATES = {"SDN", "USA", "CUB", "KEN", "SOM"}


def _actor(aid, code, n=1, sector=None, kind="organisation"):
    return Actor(id=aid, name=aid, code=code, mentions=[(i, i + 1) for i in range(n)], sector=sector, kind=kind)


@pytest.mark.parametrize("actors,expected", [
    ([_actor("a", "SDN", 4), _actor("b", "USAGOV", 1)], "SDN"),
    ([_actor("a", "SDN", 2), _actor("b", "USA", 2)], None),  # no country dominates
    ([_actor("a", "SDN", 1)], None),  # one mention settles nothing
    ([_actor("a", "IGOUNO", 5), _actor("b", "OPP", 3)], None),  # organisations and sectors are no country
])
def test_events_settle_country_story_country(actors, expected):
    assert story_country(actors, STATES) == expected


@pytest.mark.parametrize("part,place,home,actor,expected", [
    (Participant("x", "OPP"), None, "SDN", None, "SDNOPP"),  # protesters in a Sudan story
    (Participant("x", "OPP"), "KEN", "SDN", None, "KENOPP"),  # protesters in Nairobi
    (Participant("x", "GOV"), "CUB", "USA", None, "USAGOV"),  # an official abroad keeps the story's country
    (Participant("x", "USAGOV"), "CUB", "SOM", None, "USAGOV"),  # a coded side is left alone
    (Participant("x", "IGOUNO"), None, "SOM", None, "IGOUNO"),
    (Participant("x", "MIL"), None, None, None, "MIL"),  # nothing settled
    (Participant("x", "HRI"), None, "SDN", None, "HRI"),  # rights groups are as often foreign as local
    (Participant("x", "MED"), "KEN", "SDN", None, "MED"),
    (Participant("x", "PTY"), None, "USA", None, "PTY"),  # "the parties" are as often the sides of a war
    (Participant("x", None), None, "SDN", _actor("x", None, sector="MIL", kind="person"), "SDNMIL"),  # "the general"
    (Participant("x", None), None, "SDN", _actor("x", None, kind="person"), None),  # a person with no role
])
def test_events_settle_country_table(part, place, home, actor, expected):
    settled, _how = settle_country(part, place, home, STATES, actor)
    assert settled.code == expected
