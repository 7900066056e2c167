"""Coordinated event nouns under one wrapper (events/conjoined.py): each conjunct with an event of
its own is wrapped the same way, with the same source."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code, e.modality) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,first,second", [
    ("Malian protesters demanded reforms and the resignation of President Ibrahim Boubacar Keita.", "104", "1041"),
    ("Ghanaian students demanded the release of their leaders and the resignation of the Ghanaian president.",
     "1053", "1041"),
    ("Kenya rejected calls for talks and a ceasefire with al-Shabab.", "125", "1246"),
])
def test_events_conjoined_each_noun_is_wrapped(text, first, second):
    got = _events(text)
    codes = {c for _s, _t, c, _m in got}
    assert {first, second} <= codes, got
    sources = {s for s, _t, c, _m in got if c in (first, second)}
    assert len(sources) == 1, got  # the same source wraps both


@pytest.mark.parametrize("text", [
    "Malian protesters demanded the release of their leaders and compensation.",  # no event in the second noun
    "Ghana condemned the arrests and the killings of protesters.",  # a plain verb wraps nothing
])
def test_events_conjoined_not_this(text):
    got = _events(text)
    assert not any(m == "requested" and c.startswith("10") and c != "1053" for _s, _t, c, m in got), got
    assert len(got) <= 1, got
