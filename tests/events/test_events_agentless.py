"""Agentless state acts (events/agentless.py): an arrest, a curfew or a deportation with no named
agent takes the state of its place, else of the story; nothing else gets a guessed agent."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text

STORY = ("Ghana's parliament met in Accra on Monday. Ghana's president John Mahama addressed lawmakers "
         "and Ghana's ministers. ")


def _events(text):
    return [(e.source.code, e.root_code, e.modality) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,source", [
    ("Four students were arrested in Nairobi on Friday.", "KENGOV"),
    (STORY + "Hundreds of migrants were deported last week.", "GHAGOV"),
    (STORY + "The arrests of journalists continued overnight.", "GHAGOV"),
    (STORY + "Two opposition activists were detained on Sunday.", "GHAGOV"),
])
def test_events_agentless_state_is_the_source(text, source):
    got = _events(text)
    assert any(s == source and r == "17" for s, r, _m in got), got


@pytest.mark.parametrize("text", [
    "Four students were arrested on Friday.",  # no place, no story country: nothing guessed
    STORY + "Two opposition activists were killed on Sunday.",  # violence: rebels kill too
    STORY + "She hoped the officials would soon be arrested.",  # not asserted
    STORY + "The imprisoned activist wrote a letter.",  # a participle on a person is no act
    STORY + "Two activists were detained by unknown men in Accra.",  # an agent is named, though uncoded
])
def test_events_agentless_no_state_guessed(text):
    got = _events(text)
    assert not any(r == "17" and s and s.endswith("GOV") for s, r, _m in got), got
