"""Questions are no requests (events/questions.py): "asked X if/whether ..." with no modal of ability
or will is a question, and the asked-about clause is no event either."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.target.code, e.code, e.modality) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text", [
    "The Kenyan judge asked the Somali defendant if he accepted the verdict.",
    "A Ghanaian reporter asked the Nigerian minister whether Nigeria had met Ghana's envoy.",
    "Asked whether Egypt had criticised Israel, the Egyptian spokesman declined to answer.",
])
def test_events_questions_are_no_events(text):
    got = _events(text)
    assert not any(c.startswith("02") for _s, _t, c, _m in got), got
    assert not any(c[:2] in ("01", "04", "11") and m != "asserted" for _s, _t, c, m in got), got


@pytest.mark.parametrize("text,code", [
    ("Kenya asked Ethiopia whether it would withdraw its troops from Somalia.", "0256"),
    ("Kenya asked Ethiopia to withdraw its troops from Somalia.", "0256"),
    ("Ghana asked Nigeria for economic aid.", "0231"),
])
def test_events_questions_not_this_requests_stay(text, code):
    got = _events(text)
    assert any(c == code and m == "requested" for _s, _t, c, m in got), got
