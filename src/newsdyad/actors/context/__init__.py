"""Context rules: what the story itself says about its actors.

The knowledge base codes names it knows; these rules read the story around them.  They run
in ``find_actors`` after the mentions are found and coded, and before the mentions are merged
into actors, in the order of :data:`RULES`:

1. ``alias`` (:mod:`.aliases`): an abbreviation or alias the text defines ("the Baloch
   Liberation Army, or BLA, ...", "X (ABC)", "ABC, the X") is the same actor as the name.
2. ``party`` (:mod:`.parties`): a party word settles the country of a sector-only actor
   ("Republican lawmakers" -> USALEG, "Tory MPs" -> GBRLEG).
3. ``described`` (:mod:`.described`): a person the knowledge base lacks takes country and role
   from the story's description ("X, Sudan's former president" -> SDNELI).
4. ``possessive`` (:mod:`.possessives`): "his Cabinet", "its proxies" take their owner's country
   (after ``described``, so that a described person can own).
5. ``ended`` (:mod:`.ended`): "former", "ousted", "the late" and the story's own statements
   ("X, who was ousted in December") end a role at the story's date (code ``<root>ELI``).

Each rule is a function ``apply(ctx: Context) -> None`` that edits the mentions in place and
appends ``+context:<rule>:...`` to the rule of each mention it changed (the evidence).  The
words each rule looks for are data (``data/lexicons/context.tsv``,
``data/lexicons/party_countries.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import aliases, described, ended, parties, possessives


@dataclass
class Context:
    """What a context rule sees: the parsed document, its coded mentions, the knowledge base
    and the story's date (ISO, or None)."""

    doc: object
    mentions: list
    kb: object
    date: str | None

    def at(self, i: int):
        """The smallest mention covering token i, or None."""
        best = None
        for m in self.mentions:
            if m.start <= i < m.end and (best is None or m.end - m.start < best.end - best.start):
                best = m
        return best

    def exactly(self, start: int, end: int):
        """The mention spanning exactly tokens start..end (a leading "the" allowed), or None."""
        for m in self.mentions:
            if m.end == end and (m.start == start or (m.start == start - 1 and self.doc[m.start].lower_ == "the")):
                return m
        return None

    def ending_at(self, end: int):
        """The longest mention whose last token is end - 1, or None."""
        best = None
        for m in self.mentions:
            if m.end == end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best


RULES: tuple[tuple[str, Callable[[Context], None]], ...] = (
    ("alias", aliases.apply),
    ("party", parties.apply),
    ("described", described.apply),
    ("possessive", possessives.apply),
    ("ended", ended.apply),
)


def apply_context(doc, mentions: list, kb, date: str | None, rules=RULES) -> list:
    """Run the context rules in order over the mentions (edited in place; new mentions are
    appended); returns the mention list, sorted by position."""
    ctx = Context(doc, mentions, kb, date)
    for _name, rule in rules:
        rule(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    return ctx.mentions
