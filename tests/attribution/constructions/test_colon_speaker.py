"""The ``colon_speaker`` construction (newsdyad.attribution.constructions.colon_speaker): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import colon_speaker

# (text, rule, source, cue, content pieces)
FINDS = [
    ('Mayor Ortiz: The bridge stays shut.', 'colon_speaker', 'Mayor Ortiz', ':', ['The bridge stays shut']),
]

NOTHING = [
    'Timeline: the bridge closed in May.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_colon_speaker_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_colon_speaker_finds_nothing(found, text):
    assert found(text, colon_speaker.RULES) == []
