"""Lexicon entries added for news wording (data/events/lexicon.tsv): ultimatums given as a time limit,
rebuttals, missile tests written "test-fired", protesters filling the streets, nominal
sanctions on a target, dismissing claims ("called X's assertions baseless"), offers of evidence and demonstrations of resolve (no events); each with a reading
that must not fire."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,code,target", [
    ("The Nigerian army gave Boko Haram 48 hours to surrender.", "139", "NGAREB"),
    ("Ghana gave the Nigerian traders two weeks to leave the country.", "139", "NGA"),
    ("Kenya rebutted Somalia's claims about the border.", "016", "SOM"),
    ("Iran refuted the American allegations.", "016", None),
    ("North Korea test-fired a ballistic missile on Monday.", "150", None),
    ("Thousands of Malian protesters flooded the streets of Bamako.", "141", None),
    ("The EU's sanctions on Russia took effect on Monday.", "163", "RUS"),
    ("American sanctions against Venezuela have hurt its economy.", "163", "VEN"),
    ("Kenya offered to mediate between Somalia and Ethiopia.", "039", "SOM"),  # an offer still wraps
    ("A demonstration of thousands of Malian students in Bamako turned violent.", "141", None),
    ("Kenya's foreign ministry called Somalia's assertions baseless.", "016", "SOM"),
    ("Kenya rejected Somalia's assertions about the border.", "112", "KEN"),  # the assertion itself, Somalia's
])
def test_events_lexicon_news_entries(text, code, target):
    got = _events(text)
    assert any(c == code and (target is None or (t or "").startswith(target)) for _s, t, c in got), got


@pytest.mark.parametrize("text,code", [
    ("The Ghanaian president gave a speech in Accra on Monday.", "139"),
    ("Donors gave Kenya millions of dollars.", "139"),
    ("North Korea fired a missile at the South Korean ship.", "150"),  # an attack, not a test
    ("Heavy rains flooded the streets of Bamako.", "141"),
    ("The United States lifted its sanctions on Cuba.", "163"),  # lifting is 085, not a new sanction
    ("The Somali spokesman offered no evidence for his claims.", "030"),  # offering evidence is no offer
    ("The sanctions are a demonstration of American commitment to the region.", "141"),  # a show, not a protest
    ("Japan will be tough on China's military assertions.", "112"),  # assertiveness, no claim
    ("Kenya called for the charges to be dropped.", "016"),  # a call for, no dismissal
])
def test_events_lexicon_news_not_this(text, code):
    got = _events(text)
    assert not any(c == code for _s, _t, c in got), got
