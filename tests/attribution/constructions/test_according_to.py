"""The ``according_to`` construction (newsdyad.attribution.constructions.according_to): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import according_to

# (text, rule, source, cue, content pieces)
FINDS = [
    ('According to the ministry, twelve soldiers were killed.', 'according_to', 'the ministry', 'According to', ['twelve soldiers were killed']),
    ('The army, according to the ministry, lost twelve soldiers.', 'according_to', 'the ministry', 'according to', ['The army', 'lost twelve soldiers']),
    # a relative clause that reports words of its own is not part of the source
    ('The bridge is unsafe, according to Ruiz, who said that repairs had stopped in May.', 'according_to', 'Ruiz',
     'according to', ['The bridge is unsafe']),
    # must keep: a relative clause that describes the source stays in it
    ('The bridge is unsafe, according to Ruiz, who runs the works.', 'according_to', 'Ruiz, who runs the works',
     'according to', ['The bridge is unsafe']),
]

NOTHING = [
    'The two sides signed an accord.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_according_to_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_according_to_finds_nothing(found, text):
    assert found(text, according_to.RULES) == []
