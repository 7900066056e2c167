"""events/nominal.py: the performer of a nominal event from an actor-naming modifier or from the
subject of a verb that reports it.  Our own sentences."""

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
    ("Washington's allies feared the growing U.S. threats against Venezuela.", "130", "USA"),
    ("Turkish airstrikes on Kurdish positions continued for a second day.", "19", "TUR"),  # any 19x code
    ("The Egyptian interior ministry defended the arrests of the activists.", "173", "EGY"),
    ("The Syrian army acknowledged the raids on rebel positions.", "190", "SYR"),
    ("The Nigerian army confirmed the killing of a rebel commander.", "190", "NGA"),
])
def test_nominal_modifier_and_reporting_source(code_events, text, code, source):
    got = code_events(text)
    assert any(c.startswith(code) and s and s.startswith(source) for s, t, c in got), got


@pytest.mark.parametrize("text,source", [
    ("Mourners gathered after the Kabul attack.", "AFG"),           # a city says where, not who
    ("Iran did not respond to a VOA request for comment.", "USA"),  # a news outlet's own reporting
    ("Analysts in Tokyo often speak of the China threat.", "CHN"),  # no complement: a way of speaking
    ("The Israeli cabinet meeting lasted four hours.", "ISR"),      # a body meeting itself
    ("The United Nations condemned the arrests.", "UN"),            # condemn reports no arrests by the UN
    ("They perceive a growing threat from China.", "CHN"),          # a perceived threat is no threat made
])
def test_nominal_source_must_not_fire(code_events, text, source):
    got = code_events(text)
    assert not any(s and (s.startswith(source) or source in s) and c[:2] in ("04", "13", "17", "19", "02", "09", "18")
                   for s, t, c in got), got


@pytest.mark.parametrize("text,code,source,target", [
    # a "by" phrase names the performer, the "of" phrase the patient (also when the parser hangs "by" on the verb)
    ("Ghana condemned the shelling of Togolese villages by Burkinabe troops.", "194", "BFA", "TGO"),
    ("Peru condemned the invasion of Ecuador by Colombia.", "190", "COL", "ECU"),
    ("Chad denounced the detention of its citizens by Nigerien police.", "173", "NER", "TCD"),
])
def test_nominal_by_phrase_performer(code_events, text, code, source, target):
    got = code_events(text)
    assert any(c == code and s and s.startswith(source) and t and t.startswith(target) for s, t, c in got), got


def test_nominal_by_date_is_no_performer(code_events):
    got = code_events("Ghana condemned the invasion of Togo by Monday.")
    assert not any(c == "190" and s and s.startswith("TGO") for s, t, c in got), got
