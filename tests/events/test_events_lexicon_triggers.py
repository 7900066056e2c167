"""Lexicon rows for triggers a CAMEO coder codes (issue 13): verbs, verb + particle, light verbs with
their event nouns, and event nouns with a performer.  Our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events


@pytest.fixture(scope="module")
def code_events(nlp):
    def run(text, date="2021-06-09"):
        doc = nlp(text)
        return [(e.source.code, e.target.code, e.code)
                for e in find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)]
    return run


@pytest.mark.parametrize("text,code,source", [
    ("The Thai government dissolved the opposition party on Monday.", "1722", "THA"),
    ("Belarus kicked out two Lithuanian diplomats.", "174", "BLR"),
    ("Rebel fighters laid siege to the city of Goma.", "191", "REB"),
    ("Moroccan police broke up a terrorist cell in Fez.", "173", "MAR"),
    ("Chilean police broke up the protest with water cannon.", "175", "CHL"),
    ("Ukrainian forces recaptured the town of Kupiansk.", "192", "UKR"),
    ("The Egyptian army repelled an attack on its base in Sinai.", "190", "EGY"),
    ("The Malian army began a military operation against the rebels.", "190", "MLI"),
    ("The Iranian ambassador regretted the decision of Canada.", "111", "IRN"),
    ("India and Mauritius upgraded their ties on Tuesday.", "050", "IND"),
    ("China warned Japan that it would respond firmly.", "130", "CHN"),
    ("Burmese soldiers occupied two hospitals in Yangon.", "1711", "MMR"),
    ("The Kenyan government drew criticism from the United Nations.", "111", "IGOUNO"),
    ("The Indian plan earned praise from the United States.", "051", "USA"),
    ("Russian troops occupied the town of Kherson.", "192", "RUS"),
    ("The Chinese government confined Uyghur activists in internment camps.", "173", "CHN"),
    ("The Russian army ramped up its attacks on Kharkiv.", "190", "RUS"),
])
def test_lexicon_triggers_code(code_events, text, code, source):
    got = code_events(text)
    assert any(c == code and s and (s.startswith(source) or source in s) for s, t, c in got), got


@pytest.mark.parametrize("text,code", [
    ("The sugar dissolved in the warm tea.", "1722"),               # no party, no event
    ("The operation on his knee took three hours.", "190"),         # a surgery, no military operation
    ("The company will increase the charge for delivery.", "173"),  # a fee, not a legal charge
    ("Kenya carried out tests of its new voting machines.", "150"),  # no weapon test
    ("Canada ramped up its trade war with the United States.", "190"),  # a trade war is no war
    ("Doctors warned that cases could rise.", "130"),  # a warning to no one is no threat
    ("The French singer drew a crowd from the city.", "111"),  # no event noun drawn
    ("The new rules confined smoking to special rooms.", "173"),  # no detention place
])
def test_lexicon_triggers_not_coded(code_events, text, code):
    got = code_events(text)
    assert not any(c == code for s, t, c in got), got
