"""Roles of coordinated passives (events/roles.py): the "by" agent and the patient are shared by
passive participles joined under one subject, and by no other clause."""

from __future__ import annotations

import pytest

from newsdyad.pipeline import code_text


def _triples(text):
    return {(e.source.code, e.target.code, e.code) for e in code_text(text, date="2016-04-02").events}


@pytest.mark.parametrize("text,triple", [
    ("The activist was arrested on Monday and later released by Kenyan police.", ("KENCOP", "OPP", "173")),
    ("The activist was arrested by Kenyan police and charged with sedition.", ("KENCOP", "OPP", "173")),
    ("Two Ugandan journalists were detained by Kenyan police and deported.", ("KENCOP", "UGAMED", "174")),
])
def test_events_roles_coordinated_passives_share_agent_and_patient(text, triple):
    got = _triples(text)
    assert triple in got, got


@pytest.mark.parametrize("text,code", [
    ("The activist was arrested on Monday, and the ministry was criticized by Kenyan lawmakers.", "173"),
    ("The activist was arrested on Monday and he thanked Kenyan lawmakers.", "173"),
])
def test_events_roles_no_agent_shared_across_clauses(text, code):
    got = _triples(text)
    assert not any(c == code and s == "KENLEG" for s, _t, c in got), got


def test_events_roles_no_agent_shared_by_an_infinitival_passive():
    got = _triples("A Kenyan report to be released next month and seen by Reuters accuses Somalia.")
    assert not any(s == "GBRMED" or (s or "").endswith("MED") and c.startswith("08") for s, _t, c in got), got


@pytest.mark.parametrize("text,triple", [
    ("Trump threatened to use force against North Korea if necessary.", ("USAELI", "PRK", "138")),
    ("Russia threatened military action against Ukraine.", ("RUS", "UKR", "138")),
    ("France responded by destroying Ivory Coast's tiny air force.", ("FRA", "CIVMIL", "1712")),  # a country's forces
])
def test_events_roles_force_in_general_is_the_means(text, triple):
    got = _triples(text)
    assert triple in got, got
