"""He/she/they as event participants join the actor they refer to (attribution stage, used by events)."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text

CASES = [
    # (text, pronoun's character offset finder, expected actor name fragment or None)
    ("President William Ruto met the envoy on Monday. He later rejected the plan.", "He later", "Ruto"),
    ("Angela Merkel arrived in Kyiv. Officials said she would meet Zelenskyy.", "she would", "Merkel"),
    ("“He lied to us,” Raila Odinga said of the minister.", "He lied", None),
]


@pytest.mark.parametrize("text,anchor,expected", CASES, ids=[c[1] for c in CASES])
def test_attribution_participant_pronouns_table(text, anchor, expected):
    doc = code_text(text, date="2023-05-02")
    start = text.index(anchor)
    owners = [a for a in doc.actors if any(s == start for s, _e in a.mentions)]
    if expected is None:
        assert not any("Odinga" in a.name for a in owners), owners
    else:
        assert owners and expected in owners[0].name, [(a.name, a.mentions) for a in doc.actors]


def test_attribution_participant_pronouns_feed_events():
    doc = code_text("President William Ruto met the envoy on Monday. He later rejected the plan.", date="2023-05-02")
    assert any(e.root_code == "12" and e.source.code == "KENGOV" for e in doc.events), doc.events


@pytest.mark.parametrize("text,expected", [
    ("“We categorically reject the allegations by Pakistan,” Afghanistan's foreign ministry said.", ("AFGGOV", "01")),
    ("“I will meet President Ruto next week,” Nigerian President Bola Tinubu told reporters.", ("NGAGOV", "03")),
])
def test_attribution_participant_pronouns_first_person_is_the_quoted_speaker(text, expected):
    events = code_text(text, date="2025-03-15").events
    assert any((e.source.code, e.root_code) == expected for e in events), [(e.source.code, e.code) for e in events]
