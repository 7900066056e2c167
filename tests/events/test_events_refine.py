"""The refinement registry: codes revised once both sides are known (events/refine.py)."""

from __future__ import annotations

import pytest

from newsdyad.events.refine import REGISTRY
from newsdyad.pipeline import code_text

CASES = [
    # (sentence, expected (source, target, code) among the events, or None: that code must be absent)
    ("Trump attacked The Wall Street Journal on Monday.", ("USAGOV", "USAMED", "111"), "verbal_attack"),
    ("Troops attacked the rebel base.", None, "verbal_attack"),  # armed source: stays a use of force
    ("Washington gives military support to Kyiv.", ("USA", "UKR", "072"), "aid_kind"),
    ("Japan sent humanitarian aid to Turkey.", ("JPN", "TUR", "073"), None),
    ("Germany voiced support for the plan.", None, "aid_kind"),  # no qualifier: stays 051
    ("Thousands of Afghan migrants arrived in Bosnia.", None, "arrival_is_no_visit"),
    ("Boko Haram fighters attacked a village in Borno state.", ("NGAREB", None, "180"), "insurgent_attack"),
    ("Rebels attacked an army base in Kivu.", None, "insurgent_attack"),  # against an army: fighting
    ("Kenyan troops attacked the villages near the border.", None, "insurgent_attack"),  # a state's forces
    ("Insurgents bombarded a government-held district overnight.", None, "insurgent_attack"),  # not a plain attack
]


@pytest.mark.parametrize("text,expected,rule", CASES, ids=[c[0][:32] for c in CASES])
def test_events_refine_table(text, expected, rule):
    events = code_text(text, date="2018-04-02").events
    got = {(e.source.code, e.target.code, e.code) for e in events}
    if expected is not None:
        assert expected in got, (got, [e.rule for e in events])
        if rule:
            assert any(f"refine:{rule}" in e.rule for e in events)
    else:
        assert not any(f"refine:{rule}" in e.rule for e in events if e.code not in ("042", "043")), got
        assert not any(e.code in ("042", "043") for e in events if "arrive" in text), got


def test_events_refine_every_rule_is_documented_and_tested():
    import importlib

    refine = importlib.import_module("newsdyad.events.refine")

    tested = {c[2] for c in CASES}
    for name, rule in REGISTRY:
        assert name in refine.__doc__ and rule.__doc__, name
        assert name in tested, name
