"""relative.py: a relative clause inside a verb's object states an event of its own; the rest of
the object stays the verb's theme.  Our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.events.relative import relative_clauses


def _events(code_events, text):
    return [(e.code[:2], e.source.code, e.target.code if e.target else None, text[e.trigger[0]:e.trigger[1]])
            for e in code_events(text)]


@pytest.mark.parametrize("text,trigger,root", [
    ("Kenya arrested two Somali men who bombed the Israeli embassy.", "bombed", "19"),
    ("Nigeria expelled the Ghanaian diplomats, who had accused Abuja of fraud.", "accused", "11"),
])
def test_relative_clause_event_is_coded(code_events, text, trigger, root):
    got = _events(code_events, text)
    assert any(t.startswith(trigger) and r == root for r, _, _, t in got), got
    assert any(not t.startswith(trigger) for _, _, _, t in got), got  # the governing event stays


@pytest.mark.parametrize("text,trigger", [
    ("Israel condemned the attack launched by Hamas on Egypt.", "launched"),  # a participle, not a relative clause
    ("Ukraine rejected the Russian plan to expel Polish diplomats.", "expel"),  # an infinitive on the object
    ("Kenya condemned the deadly attack on Ethiopia.", "attack"),  # the object's own nominal event, no performer
])
def test_relative_object_theme_stays_consumed(code_events, text, trigger):
    assert all(not t.startswith(trigger) for *_, t in _events(code_events, text))


@pytest.mark.parametrize("text,obj,words", [
    ("Kenya arrested the men who bombed the embassy.", "men", {"who", "bombed", "the", "embassy"}),
    ("Kenya arrested the men whom Somalia accused.", "men", set()),  # the relative pronoun is the object
    ("Kenya arrested the men accused of bombing.", "men", set()),
])
def test_relative_clauses_tokens(nlp, text, obj, words):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == obj)
    assert {doc[i].text for i in relative_clauses(tok)} == words


@pytest.mark.parametrize("text,trigger,code,source,target", [
    ("The Kenyan foreign ministry issued a statement condemning Somalia.", "condemning", "111", "KEN", "SOM"),
    ("Kenyan rights groups filed lawsuits accusing the Somali government of torture.", "accusing", "11", "KEN", "SOM"),
])
def test_relative_made_object_speaks_for_its_issuer(nlp, text, trigger, code, source, target):
    """An -ing clause on what an expressing verb issued is the issuer's act (relative.py with made, roles._maker)."""
    from newsdyad.actors import find_actors
    from newsdyad.events import find_events
    doc = nlp(text)
    events = find_events(doc, actors=find_actors(doc, date="2023-05-02"), attributions=[], date="2023-05-02")
    got = [(e.code, e.source.code[:3], e.target.code[:3] if e.target and e.target.code else None)
           for e in events if text[e.trigger[0]:e.trigger[1]].startswith(trigger)]
    assert len(got) == 1 and got[0][0].startswith(code) and got[0][1:] == (source, target), got


@pytest.mark.parametrize("text,trigger", [
    ("Kenya condemned the statement accusing Somalia of torture.", "accusing"),  # condemn issues nothing
    ("The Kenyan ministry issued a statement.", "statement"),  # no clause: the statement alone is no second event
])
def test_relative_made_object_must_not_fire(nlp, text, trigger):
    from newsdyad.actors import find_actors
    from newsdyad.events import find_events
    doc = nlp(text)
    events = find_events(doc, actors=find_actors(doc, date="2023-05-02"), attributions=[], date="2023-05-02")
    assert not any(text[e.trigger[0]:e.trigger[1]].startswith(trigger) for e in events)
