"""The ``quote_signature`` construction (newsdyad.attribution.constructions.quote_signature): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import quote_signature

# (text, rule, source, cue, content pieces)
FINDS = [
    ('“Water is life.” ― Ana Ruiz', 'quote_signature', 'Ana Ruiz', '―', ['Water is life.']),
]

NOTHING = [
    '“Water is life.” ― and then the rain came',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_quote_signature_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_quote_signature_finds_nothing(found, text):
    assert found(text, quote_signature.RULES) == []
