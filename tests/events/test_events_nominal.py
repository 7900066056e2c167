"""Nominal events: who performs an event named by a noun (roles.noun_roles / performer, light verbs).
Our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events


@pytest.fixture(scope="module")
def code_events(nlp):
    def run(text, date="2015-06-09"):
        doc = nlp(text)
        return [(e.source.code, e.target.code, e.code)
                for e in find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)]
    return run


@pytest.mark.parametrize("text,code,source,target", [
    # the agent of a light-verb participle performs the nominal event
    ("The raid, conducted by American special forces, killed a senior Islamic State leader.", "190", "USA", None),
    # light verbs whose object noun is the event
    ("Rubio led peace talks with Ukrainian officials in Jeddah.", "040", "USA", "UKR"),
    ("Hayat Tahrir al-Sham spearheaded the offensive against the Syrian government.", "190", "SYR", "SYR"),
    ("The Kenyan foreign minister had a meeting with the Somali president.", "040", "KEN", "SOM"),
])
def test_nominal_performer_and_light_verbs(code_events, text, code, source, target):
    got = code_events(text)
    assert any(c == code and s and s.startswith(source) and (target is None or (t and t.startswith(target)))
               for s, t, c in got), got


@pytest.mark.parametrize("text,code", [
    ("The attack, condemned by the United Nations, killed ten Somali soldiers.", "190"),  # the UN did not attack
    ("Kenya has an agreement with Somalia.", "057"),  # "have" is light only for meetings and talks
    ("Germany led a delegation to China.", None),  # no event noun
])
def test_nominal_must_not_fire(code_events, text, code):
    got = code_events(text)
    if code is None:
        assert got == []
    else:
        assert not any(c == code and s and s.startswith(("IGOUNO", "KEN")) for s, t, c in got), got
