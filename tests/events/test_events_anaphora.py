"""A definite event noun with no performer takes the one of the event the story told before
(events/anaphora.py)."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.code[:2], text[e.trigger[0]:e.trigger[1]]) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,source,trigger", [
    ("Airstrikes by the Somali army killed 50 militants on Monday. Officials said the airstrikes also "
     "destroyed a depot.", "SOMMIL", "destroyed"),
    ("Kenyan rebels attacked the army base on Monday. The attack killed ten soldiers.", "KENREB", "killed"),
])
def test_events_anaphora_performer_from_earlier_mention(text, source, trigger):
    got = _events(text)
    assert any(s == source and t == trigger for s, _r, t in got), got


@pytest.mark.parametrize("text,trigger", [
    ("Airstrikes killed 50 militants on Monday. Officials said the airstrikes also destroyed a depot.", "destroyed"),
    ("Airstrikes by the Somali army killed 50 militants. Officials said airstrikes also destroyed a depot.", "destroyed"),
])
def test_events_anaphora_no_performer(text, trigger):
    got = _events(text)
    assert not any(t == trigger and s for s, _r, t in got), got
