"""deontic.py: "X said Y must/should V" is X's appeal to Y (02x through the request family).
Our own sentences; the attribution is built by hand so the test exercises the events stage alone."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events
from newsdyad.model import Attribution, Party


def _code(nlp, text, speaker, content):
    doc = nlp(text)
    actors = find_actors(doc, date="2015-06-09")
    s, c = text.index(speaker), text.index(content)
    span = (s, s + len(speaker))
    actor = next((a.id for a in actors if any(m[0] <= span[0] < m[1] for m in a.mentions)), None)
    att = Attribution(id="Q1", kind="indirect", source=Party(span=span, actor=actor), content=[(c, c + len(content))])
    return [(e.source.code, e.target.code, e.code, e.modality) for e in
            find_events(doc, actors=actors, attributions=[att], date="2015-06-09") if e.rule.startswith("deontic")]


@pytest.mark.parametrize("text,speaker,content,expected", [
    ("Kenya said Somalia must release the prisoners.", "Kenya", "Somalia must release the prisoners",
     ("KEN", "SOM", "0253", "requested")),
    ("Kenya said Ethiopia should withdraw its troops from Somalia.", "Kenya", "Ethiopia should withdraw its troops",
     ("KEN", "ETH", "0256", "requested")),
])
def test_deontic_appeal_to_the_subject(nlp, text, speaker, content, expected):
    got = _code(nlp, text, speaker, content)
    assert [(s[:3], t[:3], c, m) for s, t, c, m in got] == [expected], got


@pytest.mark.parametrize("text,speaker,content", [
    ("Kenya said it must act.", "Kenya", "it must act"),  # the speaker itself
    ("Kenya said prices must fall.", "Kenya", "prices must fall"),  # no actor
    ("Kenya said Somalia must have known.", "Kenya", "Somalia must have known"),  # a conclusion
])
def test_deontic_must_not_fire(nlp, text, speaker, content):
    assert _code(nlp, text, speaker, content) == []


def test_deontic_needs_a_speaker(nlp):
    doc = nlp("Somalia must release the prisoners.")
    events = find_events(doc, actors=find_actors(doc, date="2015-06-09"), attributions=[], date="2015-06-09")
    assert not any(e.rule.startswith("deontic") for e in events)
