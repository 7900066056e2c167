"""The ``object_relative`` construction (newsdyad.attribution.constructions.object_relative): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import object_relative

# (text, rule, source, cue, content pieces)
FINDS = [
    ('It was a contest she never envisioned.', 'object_relative:envision', 'she', 'never envisioned', ['a contest']),
    ('It was a plan opposed by the union.', 'object_relative:oppose', 'the union', 'opposed', ['a plan']),
]

NOTHING = [
    'The man she supports won.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_object_relative_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_object_relative_finds_nothing(found, text):
    assert found(text, object_relative.RULES) == []
