"""The ``quote_speech_act`` construction (newsdyad.attribution.constructions.quote_speech_act): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import quote_speech_act

# (text, rule, source, cue, content pieces)
FINDS = [
    ('"Not on my watch," the mayor boomed.', 'quote_speech_act:boom', 'the mayor', 'boomed', ['Not on my watch,']),
    ('The governor summed up her demands: "More water for the farms, now."', 'quote_after_colon', 'The governor', 'summed up', ['More water for the farms, now.']),
    ('The envoy issued a statement, “We will not leave the talks.”', 'quote_after_comma', 'The envoy', 'issued', ['We will not leave the talks.']),
    ('“We will rebuild,” the two write.', 'quote_before_cue:write', 'the two', 'write', ['We will rebuild,']),
]

NOTHING = [
    'The mayor left. "Not on my watch."',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_quote_speech_act_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_quote_speech_act_finds_nothing(found, text):
    assert found(text, quote_speech_act.RULES) == []
