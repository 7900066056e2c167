"""A body's own session as a venue (events/sessions.py): "at a Security Council meeting" is where
something happened, no 040; a meeting with named parties, or a session as the subject, stays."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text", [
    "The Somali envoy spoke ahead of a meeting of the U.N. Security Council.",
    "The Kenyan minister told a U.N. Security Council meeting that the war must end.",
    "The Ghanaian delegate was criticised at an African Union summit on Friday.",
])
def test_events_sessions_venue_is_no_meeting(text):
    got = _events(text)
    assert not any(c.startswith("04") for _s, _t, c in got), got


@pytest.mark.parametrize("text", [
    "The G7 talks in Quebec brought together ministers from Britain and Canada.",
    "Putin's meeting with Xi Jinping lasted three hours.",
    "Talks between Israel and Hamas resumed on Monday.",
])
def test_events_sessions_not_this(text):
    got = _events(text)
    assert any(c.startswith("04") for _s, _t, c in got), got
