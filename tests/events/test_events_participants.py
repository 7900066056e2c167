"""Which coordinated subjects act on each other, which subjects are no actors, and which sides
must carry a code (``--require``)."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events
from newsdyad.pipeline import Options, code_text


def _triples(nlp, text, date="2016-04-02"):
    doc = nlp(text)
    events = find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)
    return {(e.source.code, e.target.code, e.root_code) for e in events}


@pytest.mark.parametrize("text,pair", [
    ("Ethiopia and Eritrea held talks in Asmara.", ("ETH", "ERI")),
    ("Chad and Niger met in Niamey on Monday.", ("TCD", "NER")),
    ("India and Pakistan signed an agreement on river water.", ("IND", "PAK")),
])
def test_events_participants_symmetric_predicates_are_reciprocal(nlp, text, pair):
    got = {(s, t) for s, t, _ in _triples(nlp, text)}
    assert pair in got and pair[::-1] in got, got


@pytest.mark.parametrize("text,pair", [
    ("Syria and Iran launched attacks in the north.", ("SYR", "IRN")),
    ("Russia and Belarus arrested dozens of activists.", ("RUS", "BLR")),
])
def test_events_participants_one_sided_actions_are_not_reciprocal(nlp, text, pair):
    got = {(s, t) for s, t, _ in _triples(nlp, text)}
    assert pair not in got and pair[::-1] not in got, got


@pytest.mark.parametrize("text,root", [
    ("As Japan's population continues to decline, Tokyo plans new visas.", "12"),
    ("The crash killed ten people near Lagos.", "19"),
    ("Prices in Argentina rejected all forecasts.", "12"),
])
def test_events_participants_non_agent_subjects_give_no_event(nlp, text, root):
    assert not any(r == root for _s, _t, r in _triples(nlp, text)), _triples(nlp, text)


UNCODED_SOURCE = "Unidentified assailants shot dead two Kenyan police officers on Sunday."


@pytest.mark.parametrize("options,kept", [
    (Options(), False),
    (Options(require_source=False), True),
])
def test_events_participants_require_source(options, kept):
    doc = code_text("Three Kenyan soldiers were killed in an ambush on Sunday.", date="2016-04-02", options=options)
    assert any(e.root_code in ("18", "19") and e.source.code is None for e in doc.events) == kept, doc.events


def test_events_participants_require_target_drops_untargeted():
    text = "Chad and Niger met in Niamey. Nigeria hosted a summit on Lake Chad."
    loose = code_text(text, date="2016-04-02", options=Options(require_source=False))
    strict = code_text(text, date="2016-04-02", options=Options(require_target=True))
    assert all(e.target.code for e in strict.events)
    assert len(strict.events) <= len(loose.events)
    assert [e.id for e in strict.events] == [f"E{i}" for i in range(1, len(strict.events) + 1)]


@pytest.mark.parametrize("text,root,expected", [
    ("Iran issued new threats against Israel on Sunday.", "13", True),
    ("Kenya renewed calls for a ceasefire in Sudan.", "02", True),
    ("The Afghan army addressed the threat from the Taliban.", "13", False),
    ("The United States denied the request from Pakistan.", "02", False),
])
def test_events_participants_nominal_act_needs_an_expressing_verb(nlp, text, root, expected):
    got = _triples(nlp, text)
    assert any(r == root for _s, _t, r in got) == expected, got


@pytest.mark.parametrize("text,patient", [
    ("Jimmy Lai stands accused of sedition by Hong Kong prosecutors.", "Jimmy Lai"),
    ("Joshua Wong remains detained by Hong Kong police.", "Joshua Wong"),
])
def test_events_participants_stative_passive_subject_is_the_patient(text, patient):
    doc = code_text(text, date="2024-04-02", options=Options(require_source=False))
    names = {a.id: a.name for a in doc.actors}
    assert doc.events, text
    for e in doc.events:
        assert patient not in names.get(e.source.actor, ""), (e.source, e.target)
    assert any(patient in names.get(e.target.actor, "") for e in doc.events), [(e.source, e.target) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # the agent of an act named as the subject acts, and the act is not coded a second time
    ("Coordinated airstrikes by the Somali army have killed at least 50 al-Shabab militants.", [("SOMMIL", "SOMREB", "19")]),
    ("Chad's raid freed four hostages on Sunday.", [("TCD", None, "08")]),
    # attackers, kidnappers and bloggers are actors
    # (the relative clause is the attackers' own event: relative.py)
    ("Somali troops killed all six attackers who stormed a hotel in Mogadishu.",
     [("SOMMIL", "SOMUAF", "19"), ("SOMUAF", None, "19")]),
])
def test_events_participants_agents_of_acts_and_new_agent_nouns(text, expected):
    got = [(e.source.code, e.target.code, e.root_code) for e in code_text(text, date="2021-03-15").events]
    assert got == expected, got


@pytest.mark.parametrize("text,target", [
    ("Kenya refused to attend a hearing by the International Court of Justice.", "IGOUNOJUD"),
    ("Iran refused to join talks with the United States.", "USA"),
])
def test_events_participants_refusal_target_is_the_first_actor_in_what_is_refused(text, target):
    events = code_text(text, date="2021-03-15").events
    assert any(e.root_code == "12" and (e.target.code or "").startswith(target[:6]) for e in events), [
        (e.code, e.target.code) for e in events]


@pytest.mark.parametrize("text,expected", [
    ("A 2013 agreement between Kenya and Somalia set the rules.", {("KEN", "SOM", "057", "asserted")}),
    ("The talks could result in a peace deal between Sudan and Chad.", {("SDN", "TCD", "057", "hypothetical")}),
    ("The agreement was praised by observers.", set()),
])
def test_events_participants_relation_nouns_with_between(text, expected):
    got = {(e.source.code, e.target.code, e.code, e.modality) for e in code_text(text, date="2021-03-15").events}
    assert expected <= got and (expected or not any(c == "057" for _s, _t, c, _m in got)), got


@pytest.mark.parametrize("text,modality", [
    ("Kenya will try to meet Somali officials.", "intended"),
    ("Kenya met Somali officials on Monday.", "asserted"),
])
def test_events_participants_future_on_a_control_verb_reaches_its_complement(text, modality):
    events = code_text(text, date="2025-03-15").events
    assert any(e.target.code == "SOMGOV" and e.modality == modality for e in events), [
        (e.code, e.modality) for e in events]


@pytest.mark.parametrize("text,codes", [
    ("Trump said he will help release Jimmy Lai.", {"0353"}),  # the helped act, once
    ("Japan helped Turkey after the earthquake.", {"070"}),  # no coded complement: help is aid
])
def test_events_participants_helping_verbs_give_way_to_the_helped_act(text, codes):
    assert {e.code for e in code_text(text, date="2025-03-15").events} == codes


@pytest.mark.parametrize("text,forbidden_source", [
    ("A Kenyan court halted Ahmed Hassan's deportation.", "Ahmed Hassan"),  # Ahmed Hassan is deported, not deporting
    ("Jimmy Lai's arrest drew protests in Hong Kong.", "Jimmy Lai"),
])
def test_events_participants_possessor_of_a_patient_noun_is_no_source(text, forbidden_source):
    doc = code_text(text, date="2025-03-15", options=Options(require_source=False))
    names = {a.id: a.name for a in doc.actors}
    assert not any(forbidden_source in names.get(e.source.actor, "") for e in doc.events), [
        (e.code, e.source, e.target) for e in doc.events]


@pytest.mark.parametrize("text,code", [
    ("Russia intends to expel British diplomats.", "166"),  # a conflictual plan keeps its code, intended
    ("Kenya plans to close the Dadaab refugee camps.", "160"),
])
def test_events_participants_conflictual_intentions_keep_their_code(text, code):
    events = code_text(text, date="2021-03-15").events
    assert any(e.code == code and e.modality == "intended" for e in events), [(e.code, e.modality) for e in events]
    assert not any(e.code.startswith("03") for e in events)
