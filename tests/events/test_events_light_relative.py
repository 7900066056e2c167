"""wrappers.light: a light verb in a relative clause takes the noun it modifies as its event noun
("the attacks Hamas carried out"), only when the clause has a subject of its own.  Our own sentences."""

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


@pytest.mark.parametrize("text,code,source,target", [
    ("The sanctions that the United States imposed on Russia remain in force.", "163", "USA", "RUS"),
    ("The meeting that Russia held with China ended early.", "040", "RUS", "CHN"),
    ("The aid the United States provided to Ukraine was cut.", "070", "USA", "UKR"),
])
def test_wrappers_light_relative_antecedent(code_events, text, code, source, target):
    got = code_events(text)
    assert any(c == code and s and s.startswith(source) and t and t.startswith(target) for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The protests that led to a decade of war began in Deraa.",  # "that" is the subject: no light verb reading
    "The sanctions imposed on Russia remain in force.",          # a participle, no relative clause subject
])
def test_wrappers_light_relative_must_not_fire(code_events, text):
    got = code_events(text)
    assert not any(c[:2] in ("14", "16") and s for s, t, c in got), got
