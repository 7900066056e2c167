"""The ``passive_view`` construction (newsdyad.attribution.constructions.passive_view): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import passive_view

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The dam is considered unsafe.', 'passive_view:consider', None, 'is considered', ['The dam', 'unsafe']),
    ('The plan is described as reckless.', 'passive_view:describe', None, 'is described as', ['The plan', 'reckless']),
    ('The tax was seen by farmers as unfair.', 'passive_view:see', 'farmers', 'was seen by as', ['The tax', 'unfair']),
]

NOTHING = [
    'The dam could be seen from the road.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_passive_view_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_passive_view_finds_nothing(found, text):
    assert found(text, passive_view.RULES) == []
