"""The ``holder_noun`` construction (newsdyad.attribution.constructions.holder_noun): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import holder_noun

# (text, rule, source, cue, content pieces)
FINDS = [
    ('Okafor, a fierce critic of the dam, spoke first.', 'holder_noun:critic', 'Okafor', 'critic of', ['the dam']),
    ('Dayton is a longtime Ortiz supporter.', 'holder_noun:supporter', 'Dayton', 'supporter', ['Ortiz']),
]

NOTHING = [
    'The critic left early.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_holder_noun_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_holder_noun_finds_nothing(found, text):
    assert found(text, holder_noun.RULES) == []
