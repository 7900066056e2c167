"""The ``stance_adjective`` construction (newsdyad.attribution.constructions.stance_adjective): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import stance_adjective

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The farmers are critical of the new tax.', 'stance_adjective:critical', 'The farmers', 'are critical of', ['the new tax']),
]

NOTHING = [
    'It is clear that the tax will pass.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_stance_adjective_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_stance_adjective_finds_nothing(found, text):
    assert found(text, stance_adjective.RULES) == []
