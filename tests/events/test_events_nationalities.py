"""Coordinated nationality adjectives on one noun (events/nationalities.py): one party per country,
with the noun's sector; a symmetric act between them is reciprocal."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code) for e in code_text(text, date="2016-04-02").events]


def test_events_nationalities_talks_are_mutual():
    got = _events("Kenyan and Somali officials held talks in Nairobi on Tuesday.")
    pairs = {(s[:3], (t or "")[:3]) for s, t, c in got if c.startswith("04")}
    assert {("KEN", "SOM"), ("SOM", "KEN")} <= pairs, got


def test_events_nationalities_each_side_acts():
    got = _events("Chinese and Russian diplomats criticised the American plan.")
    sources = {s for s, _t, c in got if c == "111"}
    assert {"CHNGOV", "RUSGOV"} <= sources, got


@pytest.mark.parametrize("text", [
    "Kenyan and other officials held talks in Nairobi.",  # "other" is no country
    "Senior and junior Kenyan officials met in Nairobi.",  # no nationality coordination
])
def test_events_nationalities_not_this(text):
    got = _events(text)
    assert not any(t and s and s[:3] != t[:3] and c.startswith("04") for s, t, c in got), got
