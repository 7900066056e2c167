"""Modality: wishes, requests, possibilities and denials are not coded as facts."""

import pytest

from tests.events.conftest import quote

MODALITY = [
    # (sentence, code, modality, source, target)
    ("Israel attacked Lebanon.", "190", "asserted", "ISR", "LBN"),
    ("Israel did not attack Lebanon.", "190", "negated", "ISR", "LBN"),
    ("Israel never attacked Lebanon.", "190", "negated", "ISR", "LBN"),
    ("Israel could attack Lebanon.", "190", "hypothetical", "ISR", "LBN"),
    ("If Israel attacks Lebanon, the region will suffer.", "190", "hypothetical", "ISR", "LBN"),
    ("Japan will visit China next week.", "036", "intended", "JPN", "CHN"),
    ("Peru wants to sign an agreement with Chile.", "030", "intended", "PER", "CHL"),
    ("Peru wants to sign a security agreement with Chile.", "0312", "intended", "PER", "CHL"),
    ("Mali called on France to withdraw its troops.", "0256", "requested", "MLI", "FRA"),
    ("Mali urged France to negotiate.", "026", "requested", "MLI", "FRA"),
    ("Uganda seeks military action by Kenya against the rebels.", "0212", "requested", "UGA", "KEN"),
    ("Greece demanded that Turkey release the fishermen.", "1053", "requested", "GRC", "TUR"),
    ("Sweden said it would not provide support to Norway.", "121", "asserted", "SWE", "NOR"),
    ("Peru was keen that Chile should act soon.", "020", "requested", "PER", "CHL"),
    ("Bolivia stated its willingness to talk with Peru.", "036", "asserted", "BOL", "PER"),
    ("Bolivia promised to negotiate with Peru.", "036", "asserted", "BOL", "PER"),
    ("Bolivia refused to negotiate with Peru.", "125", "asserted", "BOL", "PER"),
    ("Bolivia did not want to negotiate with Peru.", "125", "asserted", "BOL", "PER"),
]


@pytest.mark.parametrize("text,code,modality,source,target", MODALITY, ids=[m[0][:30] for m in MODALITY])
def test_events_modality_table(code_events, text, code, modality, source, target):
    events = code_events(text)
    hits = [e for e in events if e.code == code]
    assert hits, f"{code} not in {[(e.code, e.modality, e.rule) for e in events]}"
    ev = hits[0]
    assert (ev.modality, ev.source.code, ev.target.code) == (modality, source, target)


def test_events_modality_wish_is_never_an_asserted_fact(code_events):
    events = code_events("Peru wants to sign an agreement with Chile.")
    assert not any(e.code == "057" and e.modality == "asserted" for e in events)
    events = code_events("Uganda seeks military action by Kenya against the rebels.")
    assert not any(e.root_code == "19" for e in events)
    assert len(events) == 1


@pytest.mark.parametrize("text", [
    "The United Nations called on foreign governments to stop arming the two sides.",
    "Kenya urged Sudan to stop shelling towns and bombing markets.",
    "France asked Mali to let the United Nations investigate the killings.",
])
def test_events_modality_requested_clause_holds_no_asserted_event(code_events, text):
    events = code_events(text)
    assert events, text
    # Only the request itself (a wrapper rule, "a>b") is coded; nothing inside it is asserted alone.
    assert not any(e.modality == "asserted" and ">" not in e.rule for e in events), [
        (e.code, e.modality, e.rule) for e in events]


def test_events_modality_adverbial_clause_beside_a_refusal_stands_alone(code_events):
    events = code_events("Bolivia refused to talk with Peru even as it stated its willingness to talk to Chile.")
    assert {(e.code, e.target.code) for e in events} >= {("125", "PER"), ("036", "CHL")}


def test_events_modality_purpose_clause_is_not_an_event(code_events):
    events = code_events("Peru wants to sign an agreement with Chile to compel it to protect Bolivia.")
    assert [e.code for e in events] == ["030"]
    assert not any(e.source.code == "CHL" for e in events)


def test_events_modality_possible_outcome_is_hypothetical(code_events):
    events = code_events("Chile warned that the dispute could lead Peru to attack Bolivia.")
    assert all(e.modality != "asserted" for e in events if e.root_code == "19")


def test_events_modality_attribution_is_innermost(code_events):
    text = "Reuters reported that Chile said Peru attacked Bolivia."
    outer = quote(text, "Chile said Peru attacked Bolivia", "Q1")
    inner = quote(text, "Peru attacked Bolivia", "Q2")
    inner.parent = "Q1"
    events = code_events(text, attributions=[outer, inner])
    assert [e.attribution for e in events if e.code == "190"] == ["Q2"]
    events = code_events(text)
    assert all(e.attribution is None for e in events)
