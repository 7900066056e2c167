"""fallback.py: a PETRARCH verb's default code, only when its subject and object are coded actors.
Sentences are our own; the verbs chosen have a default code in the packaged dictionary but no
lexicon entry of ours."""

from __future__ import annotations

import pytest

from newsdyad.actors import find_actors
from newsdyad.events import find_events
from newsdyad.events.lexicon import load_lexicon


@pytest.fixture(scope="module")
def code_events(nlp):
    def run(text, date="2015-06-09"):
        doc = nlp(text)
        return find_events(doc, actors=find_actors(doc, date=date), attributions=[], date=date)
    return run


def _fallback_events(code_events, text):
    return [(e.source.code, e.target.code, e.code) for e in code_events(text) if "[actors]" in e.rule]


@pytest.mark.parametrize("text,root,source,target", [
    ("Kenyan soldiers injured Somali fighters near the border.", "18", "KEN", "SOM"),
    ("Russia berated Britain over the poisoning.", "11", "RUS", "GBR"),
    ("The Syrian army crushed Turkish troops in Idlib.", "19", "SYR", "TUR"),
])
def test_fallback_fires_between_coded_actors(code_events, text, root, source, target):
    got = _fallback_events(code_events, text)
    assert any(c.startswith(root) and s and s.startswith(source) and t and t.startswith(target) for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "The storm injured dozens of people in Cuba.",  # no actor subject
    "Russia castigated the decision.",  # the object is no actor
    "China injured the flow of Nepalese goods.",  # the object only holds an actor
    "Germany led a group of European countries.",  # 06: the object is a theme
    "The Ukrainian delegation includes Kenyan officials.",  # 08
])
def test_fallback_must_not_fire(code_events, text):
    assert _fallback_events(code_events, text) == []


def test_fallback_entries_rank_last():
    lex = load_lexicon()
    entries = lex.entries("V", "castigate")
    assert entries and entries[-1].actor_args
    assert all(e.code[:2] not in ("06", "07", "08") for es in lex.by_key.values() for e in es if e.actor_args)
