"""The ``headline_verb`` construction (newsdyad.attribution.constructions.headline_verb): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import headline_verb

# (text, rule, source, cue, content pieces)
FINDS = [
    ('Governor Ortiz Slams Water Tax\n\nThe governor spoke on Monday.', 'headline_verb:slam', 'Governor Ortiz', 'Slams', ['Water Tax']),
]

NOTHING = [
    'U.S. Flexes Muscles As Asia Worries About Trade\n\nThe talks went on.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_headline_verb_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_headline_verb_finds_nothing(found, text):
    assert found(text, headline_verb.RULES) == []
