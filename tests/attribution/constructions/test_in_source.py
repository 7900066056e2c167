"""The ``in_source`` construction (newsdyad.attribution.constructions.in_source): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import in_source

# (text, rule, source, cue, content pieces)
FINDS = [
    ('In a new poll, Ortiz leads Lee by ten points.', 'in_source:poll', 'a new poll', 'In', ['Ortiz leads Lee by ten points']),
    ('In the latest survey, Ortiz led the race.', 'in_source:survey', 'the latest survey', 'In', ['Ortiz led the race']),
]

NOTHING = [
    'Voters said in a poll that they backed the plan.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_in_source_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_in_source_finds_nothing(found, text):
    assert found(text, in_source.RULES) == []
