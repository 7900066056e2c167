"""The ``unattributed_quote`` construction (newsdyad.attribution.constructions.unattributed_quote): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import unattributed_quote

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The rally ended. “The engineers told the council the dam was safe.”', 'unattributed_quote', None, '“', ['The engineers told the council the dam was safe.']),
]

NOTHING = [
    'The rally ended. “We will be back here next year with more people.”',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_unattributed_quote_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_unattributed_quote_finds_nothing(found, text):
    assert found(text, unattributed_quote.RULES) == []
