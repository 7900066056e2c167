"""The "aid group" anaphor (newsdyad.actors.merge) and state agencies of the knowledge base.
Sentences written for these tests, with phrases that must stay unjoined or uncoded."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from tests.actors.covering import covering_actor


@pytest.mark.parametrize(
    "text,phrase,same_as",
    [
        # a modifier of a non-governmental kind: the last NGO, not the last armed group
        ("Doctors Without Borders treated 40 people. Boko Haram fighters attacked the town. "
         "The aid group said more were missing.", "aid group", "Doctors Without Borders"),
        ("Amnesty International spoke out. Boko Haram attacked a school. The rights group said so.",
         "rights group", "Amnesty International"),
        # a bare "the group" still joins the last armed group
        ("Doctors Without Borders treated 40 people. Boko Haram attacked a school. The group said so.",
         "The group", "Boko Haram"),
    ],
)
def test_merge_ngo_group_joins_ngo(nlp, text, phrase, same_as):
    actors = find_actors(nlp(text), date="2025-05-01")
    assert covering_actor(actors, text, phrase) is covering_actor(actors, text, same_as)


def test_merge_ngo_group_without_ngo_joins_nothing(nlp):
    text = "Boko Haram attacked a school. The aid group said children were missing."
    actors = find_actors(nlp(text), date="2025-05-01")
    assert covering_actor(actors, text, "aid group") is not covering_actor(actors, text, "Boko Haram")


@pytest.mark.parametrize(
    "text,phrase,code",
    [
        ("ICE agents detained the man in Chicago.", "ICE", "USACOP"),
        ("The Department of Homeland Security defended the raids.", "Department of Homeland Security", "USAGOV"),
        ("Customs and Border Protection said crossings fell.", "Customs and Border Protection", "USACOP"),
        ("The IEBC announced the results.", "IEBC", "KENGOV"),
        # the country-prefixed writing is the agency, not an unknown organisation around "U.S."
        ("Two ships were sanctioned by the U.S. Treasury Department last year.", "U.S. Treasury Department", "USAGOV"),
        # a word that only looks like an agency stays uncoded
        ("The ice on the lake melted early.", "ice", None),
    ],
)
def test_kb_state_agencies(nlp, text, phrase, code):
    actors = find_actors(nlp(text), date="2025-05-01")
    actor = covering_actor(actors, text, phrase)
    if code is None:
        assert actor is None or actor.code is None, actor
    else:
        assert actor is not None and actor.code == code, (phrase, actor)
