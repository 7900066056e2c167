"""The ``appearance_verb`` construction (newsdyad.attribution.constructions.appearance_verb): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import appearance_verb

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The ceasefire seems to have collapsed.', 'appearance_verb:seem', None, 'seems', ['The ceasefire', 'to have collapsed']),
    ('Tensions seemed high.', 'appearance_verb:seem', None, 'seemed', ['Tensions', 'high']),
]

NOTHING = [
    'The minister appeared on television.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_appearance_verb_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_appearance_verb_finds_nothing(found, text):
    assert found(text, appearance_verb.RULES) == []
