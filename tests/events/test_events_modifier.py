"""The performer of a nominal event written before it (events/modifier.py)."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.root_code, e.rule) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,source,target,root", [
    ("Israeli airstrikes on Gaza continued on Monday.", "ISR", "PSE", "19"),
    ("Two major al-Shabab attacks in 2013 had involved residents of the camp.", "SOMREB", None, "18"),  # 180: refine.insurgent_attack
    ("A Turkish offensive against Kurdish fighters in Syria began last week.", "TUR", None, "19"),
    ("The G7 talks in Quebec brought ministers together.", "IGOG7", None, "04"),
    # in a verb's object, an event with a performer of its own is coded too, as "Somalia's attack" is
    ("Kenya condemned the Somali attack on Ethiopia.", "SOM", "ETH", "19"),
])
def test_events_modifier_names_the_performer(text, source, target, root):
    got = _events(text)
    assert any(s == source and (target is None or t == target) and r == root and "+source:modifier" in rule
               for s, t, r, rule in got), got


@pytest.mark.parametrize("text", [
    "The Gaza attack left ten people dead.",  # a place by its name
    "Iran sanctions were tightened again.",  # a country by its name: the target
    "The nightly raids began at ten.",  # no actor
    "Nigeria announced the activation of a standby military force on Tuesday.",  # the noun's own phrase
])
def test_events_modifier_no_performer(text):
    got = _events(text)
    assert not any("+source:modifier" in rule for *_x, rule in got), got
