"""Intent adjectives (lexicon.tsv "A ... intend", wrappers.complement / _wrapper_code): "interested
in talking" wraps its gerund like "ready to talk" wraps its infinitive; "is not ready/interested"
is a refusal (12x), as "does not want to" is."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code, e.modality) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,code,modality", [
    ("Iran is interested in negotiating with Saudi Arabia.", "036", "intended"),
    ("Ethiopia is intent on seizing Eritrean territory.", "138", "intended"),
    ("Iran is not interested in negotiating with Saudi Arabia.", "125", "asserted"),
    ("Iran is not ready to negotiate with Saudi Arabia.", "125", "asserted"),
])
def test_events_intent_adjectives(text, code, modality):
    got = _events(text)
    assert any(c == code and m == modality for _s, _t, c, m in got), got


@pytest.mark.parametrize("text", [
    "Iran is interested in negotiating with Saudi Arabia.",  # an interest is no asserted talk
    "Japan is interested in Korean culture.",  # no event to wrap
])
def test_events_intent_adjectives_not_this(text):
    got = _events(text)
    assert not any(m == "asserted" and c.startswith("04") for _s, _t, c, m in got), got
