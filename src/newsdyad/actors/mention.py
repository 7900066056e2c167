"""A mention of an actor in one document, and the parts of a CAMEO-style code.

A :class:`Mention` is one stretch of tokens that names or describes an actor: a knowledge-base
name ("Hamid Karzai", "the Taliban"), a spaCy entity the knowledge base lacks, or an agent
phrase ("Afghan officials", "the defence minister").  The steps of ``find_actors`` find and
code mentions; the context rules read and adjust them; merging joins them into actors.

    >>> split_code("AFGGOV"), split_code("REB"), split_code("IGOUNO")
    (('AFG', 'GOV'), (None, 'REB'), ('IGOUNO', None))
    >>> is_sector_only("COPMIL"), is_sector_only("AFGCOP")
    (True, False)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import words

SECTOR_CODES = words("sector_codes")
INTERNATIONAL_ROOTS = ("IGO", "NGO", "IMG")  # roots of international and transnational actors


def is_sector_only(code: str | None) -> bool:
    """A GDELT-style type code without a country ("REB", "COPMIL", "GOVMED")."""
    return bool(code) and code[:3] in SECTOR_CODES and code[:3] not in INTERNATIONAL_ROOTS


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """(country root, first sector) of a CAMEO-style code; a sector-only code has no root."""
    if not code:
        return None, None
    if is_sector_only(code):
        return None, code[:3]
    if code[:3] in INTERNATIONAL_ROOTS:
        return code[:6] if len(code) >= 6 else code, None
    root = code[:3]
    sector = code[3:6] if len(code) >= 6 else None
    return root, sector


@dataclass
class Mention:
    """One mention of an actor: its tokens, how it was found, its code and the rule that fired.

    The fields after ``extra_spans`` describe agent phrases ("the officials", "a minister")
    and are left at their defaults for names."""

    start: int  # token index
    end: int  # token index, exclusive
    source: str  # kb | ent | agent | title
    entry: int | None = None  # knowledge-base entry id (source kb)
    kind: str = "organisation"  # person | organisation | country | media | group | igo | place
    code: str | None = None  # CAMEO-style code, or None
    root: str | None = None  # country or international root of the code
    sector: str | None = None  # first sector of the code (or the sector alone)
    rule: str = ""  # the evidence: which rules decided the code
    key: tuple = ()  # mentions with the same key become one actor
    head: int = -1  # token index of the head word
    name: str = ""  # the actor's name (knowledge-base name or the words)
    priority: int = 0  # higher: this mention decides the actor's code
    extra_spans: list[tuple[int, int]] = field(default_factory=list)  # char spans merged in
    agent_role: str = ""  # role of the agent noun in agents.tsv: title | group | body | none; "same" = its modifier's actor
    agent_phrase: str = ""  # the agent phrase as listed ("defence minister", "official")
    definite: bool = False  # "the/this/these ... officials": may point back to an earlier actor
    indefinite: bool = False  # "a/some/two ... officials": a new actor, never the office holder
    plural: bool = False  # the head noun is plural
    possessor: bool = False  # the head has a possessive modifier ("its paper")
    inherit_head: int | None = None  # token of X in "officials close to X": the phrase takes X's code
    coord: list[tuple] = field(default_factory=list)  # (root, start, text, own code) of coordinated countries
