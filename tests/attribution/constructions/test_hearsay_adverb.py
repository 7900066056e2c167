"""The ``hearsay_adverb`` construction (newsdyad.attribution.constructions.hearsay_adverb): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import hearsay_adverb

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The general reportedly met the rebels.', 'hearsay_adverb:reportedly', None, 'reportedly', ['The general', 'met the rebels']),
    ('She allegedly hid the money.', 'hearsay_adverb:allegedly', None, 'allegedly', ['She', 'hid the money']),
]

NOTHING = [
    'The general met the rebels.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_hearsay_adverb_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_hearsay_adverb_finds_nothing(found, text):
    assert found(text, hearsay_adverb.RULES) == []
