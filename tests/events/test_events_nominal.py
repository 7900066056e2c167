"""Nominal events: who performs an event named by a noun (roles.noun_roles / performer, light verbs).
Our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events


@pytest.fixture(scope="module")
def code_events(nlp):
    def run(text, date="2015-06-09"):
        doc = nlp(text)
        return [(e.source.code, e.target.code, e.code)
                for e in find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)]
    return run


@pytest.mark.parametrize("text,code,source,target", [
    # the agent of a light-verb participle performs the nominal event
    ("The raid, conducted by American special forces, killed a senior Islamic State leader.", "190", "USA", None),
    # light verbs whose object noun is the event
    ("Rubio led peace talks with Ukrainian officials in Jeddah.", "040", "USA", "UKR"),
    ("Hayat Tahrir al-Sham spearheaded the offensive against the Syrian government.", "190", "SYR", "SYR"),
    ("The Kenyan foreign minister had a meeting with the Somali president.", "040", "KEN", "SOM"),
])
def test_nominal_performer_and_light_verbs(code_events, text, code, source, target):
    got = code_events(text)
    assert any(c == code and s and s.startswith(source) and (target is None or (t and t.startswith(target)))
               for s, t, c in got), got


@pytest.mark.parametrize("text,code", [
    ("The attack, condemned by the United Nations, killed ten Somali soldiers.", "190"),  # the UN did not attack
    ("Kenya has an agreement with Somalia.", "057"),  # "have" is light only for meetings and talks
    ("Germany led a delegation to China.", None),  # no event noun
])
def test_nominal_must_not_fire(code_events, text, code):
    got = code_events(text)
    if code is None:
        assert got == []
    else:
        assert not any(c == code and s and s.startswith(("IGOUNO", "KEN")) for s, t, c in got), got


@pytest.mark.parametrize("text,expected", [
    # an event noun in a verb's object with its own performer is coded too, against the verb's subject
    ("India rejected Pakistan's allegations.", {("IND", "PAK", "016"), ("PAK", "IND", "112")}),
    # it happened, whatever the verb's modality
    ("China has never condemned Russia's invasion of Ukraine.", {("RUS", "UKR", "190")}),
])
def test_nominal_own_event_in_object(code_events, text, expected):
    got = {(s[:3] if s else None, t[:3] if t else None, c) for s, t, c in code_events(text)}
    assert expected <= got, got


@pytest.mark.parametrize("text", [
    "Russia condemned the attack.",  # no performer of its own: one event
    "Kenya renewed its call for talks with Somalia.",  # the same source: one event
])
def test_nominal_own_event_must_not_fire(code_events, text):
    got = code_events(text)
    assert len(got) <= 1 and not any(c in ("190", "020") and s and s.startswith("RUS") for s, t, c in got), got


@pytest.mark.parametrize("text,code,source,target", [
    ("Kenya is critical of the Somali government.", "111", "KEN", "SOM"),
    ("The Kenyan president was grateful to China for its support.", "051", "KEN", "CHN"),
])
def test_nominal_evaluative_adjectives(code_events, text, code, source, target):
    got = code_events(text)
    assert any(c == code and s and s.startswith(source) and t and t.startswith(target) for s, t, c in got), got


def test_nominal_evaluative_adjective_needs_an_actor(code_events):
    assert code_events("The report was critical of the economy.") == []


def test_nominal_evaluative_adjective_takes_the_copula_negation(nlp):
    doc = nlp("Beijing was not supportive of the Japanese proposal.")
    events = find_events(doc, actors=find_actors(doc, date="2015-06-09"), attributions=[], date="2015-06-09")
    assert [(e.code, e.modality) for e in events] == [("051", "negated")]


@pytest.mark.parametrize("text,code", [
    ("North Korea conducted two missile tests on Monday.", "150"),
    ("North Korea carried out ballistic missile launches near Japan.", "150"),
    ("The Thai government declared martial law.", "1724"),
    ("The Kenyan army imposed a curfew on the town.", "1723"),
    ("The school conducted a driving test.", None),  # a test of nothing military
    ("Kenya held a test of its new voting machines.", None),
])
def test_nominal_force_posture_and_emergency_nouns(code_events, text, code):
    got = [c for s, t, c in code_events(text)]
    assert got == ([code] if code else []), got


@pytest.mark.parametrize("text,expected", [
    # an agentless passive with a "between" phrase: both sides act, each on the other
    ("The agreement signed between Kenya and Somalia ended the dispute.", {("KEN", "SOM", "057"), ("SOM", "KEN", "057")}),
    ("A peace deal was signed between Ethiopia and Eritrea in 2018.", {("ETH", "ERI", "057"), ("ERI", "ETH", "057")}),
])
def test_nominal_passive_between_gives_both_sides(code_events, text, expected):
    got = {(s[:3] if s else None, t[:3] if t else None, c) for s, t, c in code_events(text)}
    assert expected <= got, got


def test_nominal_passive_between_needs_the_phrase(code_events):
    assert code_events("A peace deal was signed in 2018.") == []


@pytest.mark.parametrize("text,code", [
    ("North Korea launched two ballistic missiles on Monday.", "150"),  # a display of force: no target
    ("Russia launched missiles at Kyiv overnight.", "195"),  # fired at someone: an attack
    ("North Korea tested a new missile.", "150"),
    ("Kenya launched a vaccination campaign.", None),
    ("Students tested the new software.", None),
])
def test_nominal_missile_launches_and_tests(code_events, text, code):
    got = [c for s, t, c in code_events(text)]
    assert got == ([code] if code else []), got


@pytest.mark.parametrize("text,trigger,code,modality", [
    ("Ethiopia rejected Kenya's allegation that the attack was planned in Somalia.", "allegation", "112", "asserted"),
    ("Kenya welcomed the planned visit of the Ethiopian president.", "visit", "036", "intended"),
    ("Kenya criticised the alleged raid by Ethiopia on Somalia.", "raid", None, "hypothetical"),
])
def test_nominal_modifier_before_the_noun_sets_modality(nlp, text, trigger, code, modality):
    """Only a modifier before the noun ("the planned visit") makes it planned or possible; a clause after it
    ("an allegation that the attack was planned") is its content."""
    doc = nlp(text)
    events = find_events(doc, actors=find_actors(doc, date="2015-06-09"), attributions=[], date="2015-06-09")
    got = [(e.code, e.modality) for e in events if text[e.trigger[0]:e.trigger[1]].startswith(trigger)]
    assert got and got[0][1] == modality and (code is None or got[0][0] == code), got
