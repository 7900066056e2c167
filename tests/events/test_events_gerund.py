"""Who acts in a gerund after a preposition (events/gerund.py)."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _triples(text):
    return {(e.source.code, e.target.code, e.code[:2]) for e in code_text(text, date="2016-04-02").events}


@pytest.mark.parametrize("text,triple", [
    ("France responded to the attack by destroying Ivory Coast's tiny air force.", ("FRA", "CIVMIL", "17")),
    ("Cambodian journalist Mech Dara was released after apologizing to Prime Minister Hun Manet.", ("KHMMED", "KHMGOV", "05")),
    ("Trump attacked The Wall Street Journal for refusing to support his tariff plan.", ("USAMED", "USAELI", "12")),  # Trump, in 2016
    ("The BLA took credit for attacking a military vehicle near Quetta.", ("PAKREB", None, "18")),
    ("Japan will be interested in encouraging the Philippines to resist China.", ("JPN", "PHL", "02")),
])
def test_events_gerund_controller_acts(text, triple):
    got = _triples(text)
    assert triple in got, got


@pytest.mark.parametrize("text,source", [
    ("Thousands of Sudanese civilians were displaced by fighting between rebels and the army.", "SDNCVL"),
    ("Egypt opposes a Turkish policy based on theology, like supporting the Muslim Brotherhood.", "EGY"),
    ("Kenya welcomed the idea of recognizing Somaliland.", "KEN"),  # on a noun: whose idea is unsaid
])
def test_events_gerund_no_controller(text, source):
    got = _triples(text)
    assert not any(s == source and r in ("19", "05", "03") for s, _t, r in got), got
