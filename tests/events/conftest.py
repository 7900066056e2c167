"""Helpers for the events tests: code a sentence with hand-built actors (one per named entity,
with a country code when its text names a country or nationality), so that the tests exercise the
events stage alone, whatever the actors stage does."""

from __future__ import annotations

import pytest

from newsdyad.events import find_events
from newsdyad.events.places import country_code
from newsdyad.model import Actor, Attribution, Party


def entity_actors(doc) -> list[Actor]:
    by_name: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "NORP", "GPE", "LOC"}:
            continue
        actor = by_name.get(ent.text)
        if actor is None:
            actor = by_name[ent.text] = Actor(id=f"A{len(by_name) + 1}", name=ent.text, code=country_code(ent.text))
        actor.mentions.append((ent.start_char, ent.end_char))
    return list(by_name.values())


@pytest.fixture(scope="session")
def code_events(nlp):
    def run(text: str, *, date: str | None = "2014-03-12", attributions: list[Attribution] | None = None):
        doc = nlp(text)
        return find_events(doc, actors=entity_actors(doc), attributions=attributions or [], date=date)

    return run


def quote(text: str, content: str, qid: str = "Q1") -> Attribution:
    start = text.index(content)
    return Attribution(id=qid, kind="indirect", source=Party(), content=[(start, start + len(content))])
