"""Roles that speak for another actor (newsdyad.actors.represents), and generic plurals that
must not join a named group the story does not tie them to (newsdyad.actors.merge).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from tests.actors.covering import covering_actor


@pytest.mark.parametrize(
    "text,phrase,code",
    [
        # agent phrases: "a spokesperson for X", "an official of X", "X's spokesman"
        ("A spokesperson for the Sudanese army said the town was taken.", "A spokesperson", "SDNMIL"),
        ("A spokesman for the Malian army said the convoy was attacked.", "A spokesman", "MLIMIL"),
        ("A spokesman for President Ashraf Ghani said the vote was fair.", "A spokesman", "AFGGOV"),
        ("The Sudanese army's spokesman denied the report.", "spokesman", "SDNMIL"),
        # a person described as one: the name takes the code
        ("Omar Salih, a spokesperson for the Sudanese army, said the town was taken.", "Omar Salih", "SDNMIL"),
        ("Awa Keita, spokeswoman for the Malian army, said the convoy was attacked.", "Awa Keita", "MLIMIL"),
        # a premodifier code that already extends the represented one is kept
        ("The U.N. special envoy said the talks would resume.", "The U.N. special envoy", "IGOUNOGOV"),
        # nothing coded to speak for: stays uncoded
        ("A spokesman for the family said the boy was safe.", "A spokesman", None),
        # a place it is in is not what it speaks for
        ("An envoy for Mali arrived on Monday.", "An envoy", None),
        # a role that does not speak for another
        ("A professor for the Sudanese army said the town was taken.", "A professor", None),
    ],
)
def test_represents_role_takes_code(nlp, text, phrase, code):
    actors = find_actors(nlp(text), date="2024-05-01")
    actor = covering_actor(actors, text, phrase)
    got = actor.code if actor is not None else None
    if code is None:
        assert actor is None or "represents:" not in (actor.rule or ""), (phrase, actor)
        assert got is None or got != "SDNMIL", (phrase, actor)
    else:
        assert got == code, (phrase, actor)
        assert "represents:" in actor.rule or code.startswith("IGO")


@pytest.mark.parametrize(
    "text,phrase,group",
    [
        # the only group named: the militants are its fighters
        ("The Taliban claimed the attack. The militants killed four soldiers.", "The militants", "Taliban"),
        # "the group" points back to the last group even when others are named
        ("The Taliban denied it. The Baloch Liberation Army claimed the attack. The group said more would come.",
         "The group", "Baloch Liberation Army"),
        # two groups named, one of them a state's government in 2025: the militants are the other
        ("The Baloch Liberation Army claimed the attack. The Taliban denied involvement. The militants killed "
         "four soldiers.", "The militants", "Baloch Liberation Army"),
        # two armed groups named: a generic plural joins neither
        ("The Baloch Liberation Army claimed the attack. Islamic State denied involvement. The militants killed "
         "four soldiers.", "The militants", None),
    ],
)
def test_merge_generic_plural_joins_only_group(nlp, text, phrase, group):
    actors = find_actors(nlp(text), date="2025-03-01")
    actor = covering_actor(actors, text, phrase)
    assert actor is not None
    if group is None:
        assert all(actor is not covering_actor(actors, text, g) for g in ("Islamic State", "Baloch Liberation Army"))
        assert actor.country is None, actor
    else:
        assert actor is covering_actor(actors, text, group), (phrase, actors)


@pytest.mark.parametrize(
    "text,phrase,name",
    [
        ("Media watchdog Reporters Without Borders welcomed the release.", "Media", "Reporters Without Borders"),
        ("The rights group Human Rights Watch said the trial was unfair.", "The rights group", "Human Rights Watch"),
        # several names after a plural, a subject before another clause: not one actor
        ("Rights groups Amnesty International and Human Rights Watch said the trial was unfair.", "Rights groups", None),
        ("The police said Amnesty International lied.", "The police", None),
        ("Robert Smith, U.S. deputy Amnesty International envoy, said the trial was unfair.", "deputy", None),
    ],
)
def test_merge_descriptor_joins_name(nlp, text, phrase, name):
    actors = find_actors(nlp(text), date="2024-05-01")
    actor = covering_actor(actors, text, phrase)
    assert actor is not None
    if name is None:
        assert actor is not covering_actor(actors, text, "Amnesty International"), actors
    else:
        assert actor is covering_actor(actors, text, name), actors
