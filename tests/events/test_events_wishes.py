"""Hopes about what a named other actor does (wrappers._switch, base.APPEAL_WISH): "Kenya hopes
Ethiopia will withdraw its troops" appeals to Ethiopia (02x requested); other weak wishes about
others stay no event."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code, e.modality) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,source,target", [
    ("Kenya hopes Ethiopia will withdraw its troops from the border.", "KEN", "ETH"),
    ("Ghana hopes that Nigeria can help release the hostages.", "GHA", "NGA"),
])
def test_events_wishes_hope_appeals_to_the_other(text, source, target):
    got = _events(text)
    assert any(s == source and t == target and c.startswith("02") and m == "requested"
               for s, t, c, m in got), got
    assert not any(s == target and m in ("intended", "hypothetical") for s, _t, _c, m in got), got


@pytest.mark.parametrize("text", [
    "The Kenyan president hoped the weather would improve.",  # no actor to appeal to
    "Kenya hoped the Somali officials would be arrested.",  # a passive wish about others
    "Kenya expects Ethiopia to attack Somalia.",  # a forecast, no appeal
    "Do you hope that Ethiopia can do more to end the war?",  # a question
])
def test_events_wishes_not_this(text):
    got = _events(text)
    assert not any(c.startswith("02") for _s, _t, c, _m in got), got
