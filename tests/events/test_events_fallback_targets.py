"""Targets found last: a coded actor after a looser preposition, else the subject of the clausal
complement — only when the object and the usual prepositions give none."""

import pytest


def triples(events):
    return sorted(((e.source.code, e.target.code, e.code) for e in events), key=str)


@pytest.mark.parametrize("text,expected", [
    ("Japan complained about China.", [("JPN", "CHN", "114")]),
    ("Iran complained of Iraq.", [("IRN", "IRQ", "114")]),
    ("Chile complained that Peru had cheated.", [("CHL", "PER", "114")]),
    # the usual target wins over the fallback
    ("Britain complained to France about Spain.", [("GBR", "FRA", "114")]),
    # nothing coded after the preposition: no target
    ("Japan complained about the weather.", [("JPN", None, "114")]),
    # a place after "in" is no target
    ("France protested in Paris.", [("FRA", None, "141")]),
])
def test_events_syntax_fallback_targets(code_events, text, expected):
    assert triples(code_events(text)) == sorted(expected, key=str)


@pytest.mark.parametrize("country_names,expected", [
    (True, [("DEU", "FRA", "111")]),
    (False, []),  # --replace-kb: no built-in country names, so no coded participant
])
def test_events_syntax_country_names_switch(nlp, country_names, expected):
    from newsdyad.events import find_events

    doc = nlp("Germany criticized France.")
    events = find_events(doc, actors=[], attributions=[], country_names=country_names)
    assert triples(events) == expected
