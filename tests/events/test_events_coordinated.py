"""wrappers._coordinated: verbs coordinated with a wrapper's complement are wrapped the same way.
Our own sentences."""

from __future__ import annotations

import pytest


def _events(code_events, text):
    return [(e.code, e.source.code, e.target.code if e.target else None, e.modality, e.rule) for e in code_events(text)]


@pytest.mark.parametrize("text,code,source,target,modality", [
    ("Kenya wants to sign a trade deal with Ethiopia and expand aid to Somalia.", "033", "KEN", "SOM", "intended"),
])
def test_coordinated_complement_is_wrapped(code_events, text, code, source, target, modality):
    got = [g for g in _events(code_events, text) if g[4].endswith("+coordinated")]
    assert [(c, s[:3], t[:3] if t else None, m) for c, s, t, m, _ in got] == [(code, source, target, modality)], got


@pytest.mark.parametrize("text", [
    "Kenya wants to sign a trade deal with Ethiopia and Somalia expanded aid to Uganda.",  # its own subject
    "Kenya wants to sign a trade deal with Ethiopia and go home.",  # no event in the conjunct
    "Kenya signed a trade deal with Ethiopia and expanded aid to Somalia.",  # no wrapper
])
def test_coordinated_must_not_fire(code_events, text):
    assert not any(g[4].endswith("+coordinated") for g in _events(code_events, text))


def test_coordinated_conjunct_is_never_asserted(code_events):
    got = _events(code_events, "Kenya wants to sign a trade deal with Ethiopia and expand aid to Somalia.")
    assert not any(m == "asserted" and c.startswith("07") for c, _, _, m, _ in got), got


@pytest.mark.parametrize("text,root,count", [
    # one appeal to ease sanctions, not two: the conjunct lands on the same three-digit code
    ("Kenya urged Somalia to lift the ban and to ease restrictions on traders.", "02", 1),
    # different acts wished: each its own event
    ("Karzai wants to sign a deal with Ethiopia and expand aid to Somalia.", "03", 2),
])
def test_events_coordinated_same_act_once(text, root, count):
    from newsdyad.pipeline import code_text
    got = [e for e in code_text(text, date="2016-04-02").events if e.root_code == root]
    assert len(got) == count, [(e.code, e.source.code, e.target.code) for e in got]
