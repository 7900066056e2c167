"""Dependency patterns: coordination, control, passive, relative/participial clauses, nominal events."""

import pytest


def triples(events):
    return sorted(((e.source.code, e.target.code, e.code) for e in events), key=str)


@pytest.mark.parametrize("text,expected", [
    # coordination of subjects, of objects, of verbs
    ("France and Germany condemned Russia.", [("DEU", "RUS", "111"), ("FRA", "RUS", "111")]),
    ("Turkey criticized Syria and Iraq.", [("TUR", "IRQ", "111"), ("TUR", "SYR", "111")]),
    ("Russia attacked and occupied Ukraine.", [("RUS", "UKR", "190"), ("RUS", "UKR", "192")]),
    # control: the wanter is the source of the wanted act
    ("Syria agreed to meet with Turkey.", [("SYR", "TUR", "036")]),
    ("Iran refused to negotiate with Iraq.", [("IRN", "IRQ", "125")]),
    ("India tried to attack Pakistan.", [("IND", "PAK", "190")]),
    # passive with agent
    ("Lebanon was attacked by Israel.", [("ISR", "LBN", "190")]),
    ("Cuban dissidents were arrested by Venezuela.", [("VEN", "CUB", "173")]),
    # relative and participial clauses
    ("Kenya, which attacked Somalia, denied the report.", [("KEN", None, "016"), ("KEN", "SOM", "190")]),
    ("Russian troops attacking Ukraine were filmed.", [("RUS", "UKR", "190")]),
    # nominal events
    ("Iran's attack on Iraq angered the region.", [("IRN", "IRQ", "190")]),
    ("During his meeting with the Iraqi president, Erdogan of Turkey smiled.", None),
    ("The return of the Taliban to talks with Pakistan surprised many.", None),
])
def test_events_syntax_patterns(code_events, text, expected):
    events = code_events(text)
    if expected is None:
        assert events, "a nominal event was expected"
        return
    assert triples(events) == sorted(expected, key=str)


def test_events_syntax_nominal_meeting_roles(code_events):
    text = "Erdogan said Turkey valued its meeting with Iraq."
    events = code_events(text)
    ev = next(e for e in events if e.code == "040")
    assert (ev.source.code, ev.target.code) == ("TUR", "IRQ")
    assert text[ev.trigger[0]:ev.trigger[1]] == "meeting"


def test_events_syntax_nominal_needs_a_participant(code_events):
    assert code_events("The talks ended without a statement.") == []


def test_events_syntax_face_pressure_reverses_roles(code_events):
    events = code_events("Ghana faces pressure from Nigeria.")
    assert triples(events) == [("NGA", "GHA", "100")]


def test_events_syntax_passive_violence_without_agent(code_events):
    events = code_events("Three Iraqi civilians were killed in central Baghdad.")
    assert [(e.source.code, e.target.code, e.root_code) for e in events] == [(None, "IRQ", "19")]
    assert events[0].location is not None and events[0].location.country == "IRQ"
