"""A refused event noun with a performer of its own is an event too (events/nested.py)."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _events(text):
    return [(e.source.code, e.root_code, e.modality) for e in code_text(text, date="2016-04-02").events]


@pytest.mark.parametrize("text,refuser,performer,root", [
    ("The court rejected Kenya's request to delay the hearing.", "JUD", "KEN", "02"),
    ("Iran rejected U.S. threats against its nuclear program.", "IRN", "USA", "13"),
    ("Ethiopia refused Egypt's request to postpone the vote.", "ETH", "EGY", "02"),
])
def test_events_nested_refused_noun_is_coded(text, refuser, performer, root):
    got = _events(text)
    assert any(s == refuser and r == "12" for s, r, _m in got), got
    assert any(s == performer and r == root for s, r, _m in got), got


@pytest.mark.parametrize("text,refuser", [
    ("Kenya rejected the request to delay the hearing.", "KEN"),  # no performer named: one event
    ("Kenya withdrew its request to delay the hearing.", None),  # the refuser's own request
    ("Karzai seeks military action by the United States against the militants.", None),  # wished, not done
    ("Canada requested WTO consultations with the United States.", None),  # requested, not held
])
def test_events_nested_no_second_event(text, refuser):
    got = _events(text)
    if refuser is not None:
        assert [s for s, _r, _m in got] == [refuser], got
    assert not any(m == "asserted" and r == "04" for _s, r, m in got), got
    assert not any(s == "USA" and m == "asserted" for s, _r, m in got), got


@pytest.mark.parametrize("text,sources,code", [
    # a proposal that someone else act is a request of them; "for X to" names who would act
    ("A Chinese and Russian proposal for the Security Council to lift sanctions drew criticism.", {"CHN", "RUS"}, "02"),
    # through the participle of a light verb the parser hung the clause on
    ("Ghana welcomed a French proposal made on Monday for the Security Council to lift the embargo.", {"FRA"}, "02"),
    # a proposal to do something oneself is an intention
    ("The ministry dismissed the U.S. proposal to hold talks.", {"USA"}, "03"),
])
def test_events_nested_proposal_is_coded(text, sources, code):
    got = _events(text)
    assert {s for s, r, _m in got if r == code} >= sources, got


@pytest.mark.parametrize("text", [
    "The proposal was debated in parliament.",  # no performer, no complement
    "Kenya discussed the plan made last year to build a wall.",  # no event in the plan
])
def test_events_nested_proposal_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text,performer,target", [
    ("The court rejected Kenya's request to delay the hearing.", "KEN", "JUD"),  # asked of the court
    ("Somalia rejected Kenya's demand to withdraw.", "KEN", "SOM"),
])
def test_events_nested_refuser_is_the_target(text, performer, target):
    got = [(e.source.code, e.target.code) for e in code_text(text, date="2016-04-02").events]
    assert (performer, target) in got, got
