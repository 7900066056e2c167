"""Actors stage: mentions in a parsed Doc -> document-level actors with CAMEO-style codes.

    find_actors(doc, *, date=None, kb=None) -> list[Actor]

How it works (see docs/actor-codes.md):
1. Knowledge-base matches: one dict lookup per token over a token-sequence index
   (countries, demonyms, metonyms, IGOs, groups, media, office holders, user dictionaries).
2. spaCy entities (PERSON, ORG, NORP, GPE, LOC, FAC) the knowledge base does not know.
3. Agent noun phrases found by lemma ("officials", "the British prime minister",
   "security forces", "US newspaper ..."), with their country taken from modifiers
   (demonym, country name, possessive), from "of/in/from X", or inherited through
   "close to X".
4. Titles and appositives around person names ("Afghan President Hamid Karzai",
   "Karzai, the Afghan president"); former -> ELI.
5. Merging: one actor per knowledge-base entry; surnames join full names; definite
   title phrases join the office holder at the document date; "the paper" joins the
   last media actor, "the militants"/"the group" the last armed group.

Date: codes of office holders depend on ``date`` (ISO, the article date).  With no
date the most recent role is used (see ``kb.Entry.code_at``).
"""

from __future__ import annotations

from .resolve import find_actors

__all__ = ["find_actors"]
