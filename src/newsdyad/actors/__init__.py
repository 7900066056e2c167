"""Actors stage: mentions in a parsed Doc -> document-level actors with CAMEO-style codes.

PLACEHOLDER written by the foundation work so that the pipeline runs; the actors
issue replaces it.  The interface is fixed:

    find_actors(doc, *, date=None, kb=None) -> list[Actor]
"""

from __future__ import annotations

from ..model import Actor


def find_actors(doc, *, date: str | None = None, kb=None) -> list[Actor]:
    by_name: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "NORP", "GPE", "LOC"}:
            continue
        actor = by_name.get(ent.text)
        if actor is None:
            actor = by_name[ent.text] = Actor(id=f"A{len(by_name) + 1}", name=ent.text)
        actor.mentions.append((ent.start_char, ent.end_char))
    return list(by_name.values())
