"""The ``phrase_cue`` construction (newsdyad.attribution.constructions.phrase_cue): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import phrase_cue

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The union took aim at the new rules.', 'phrase_cue:take aim', 'The union', 'took aim at', ['the new rules']),
]

NOTHING = [
    'The union came out of the building.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_phrase_cue_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_phrase_cue_finds_nothing(found, text):
    assert found(text, phrase_cue.RULES) == []
