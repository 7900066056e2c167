"""understood.py: a meeting or visit noun in a phrase on a verb is held by the verb's subject.
Our own sentences, coded with the real actors stage."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events


def _nominal(nlp, text, noun):
    doc = nlp(text)
    events = find_events(doc, actors=find_actors(doc, date="2023-05-02"), attributions=[], date="2023-05-02")
    return [(e.code, e.source.code[:3], e.target.code[:3] if e.target and e.target.code else None)
            for e in events if text[e.trigger[0]:e.trigger[1]].startswith(noun)]


@pytest.mark.parametrize("text,noun,expected", [
    ("The Kenyan foreign minister travelled to Addis Ababa for talks with Ethiopian officials.", "talks",
     ("040", "KEN", "ETH")),
    ("President Ruto spoke to reporters during a visit to Ethiopia.", "visit", ("042", "KEN", "ETH")),
])
def test_understood_host_subject(nlp, text, noun, expected):
    assert _nominal(nlp, text, noun) == [expected]


@pytest.mark.parametrize("text,noun", [
    ("The Kenyan president was arrested during talks with Ethiopian officials.", "talks"),  # passive verb
    ("Kenyan protesters gathered during the talks.", "talks"),  # no counterpart
    ("President Ruto spoke to reporters during a visit to Mombasa.", "visit"),  # a visit at home
    ("Kenyan troops killed two civilians during attacks on Somalia.", "attacks"),  # no consultation
])
def test_understood_must_not_fire(nlp, text, noun):
    assert _nominal(nlp, text, noun) == []
