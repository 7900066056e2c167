"""One knowledge-base entry, and the kind of actor a code suggests.

Its own module so that the knowledge base (``kb``) and the user's knowledge files (``userkb``)
both build entries without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .petrarch import DatedCode


@dataclass(slots=True)
class Entry:
    """One knowledge-base actor (a country, a person, an organisation ...)."""

    name: str
    kind: str
    default: str | None = None
    dated: tuple[DatedCode, ...] = ()
    source: str = ""
    offices: tuple[tuple[str, str, str, str], ...] = ()  # (root, office, start, end) for office holders

    def code_at(self, date: str | None) -> tuple[str | None, str]:
        """The code for this date and a short note on which term decided it."""
        if date:
            for term in self.dated:
                if term.valid_on(date):
                    return term.code, f"{term.start or '…'}..{term.end or '…'}"
            return self.default, "default"
        if self.dated:
            latest = max(self.dated, key=lambda t: t.start or "")
            return latest.code, f"latest {latest.start or '…'}..{latest.end or '…'}"
        return self.default, "default"

    def holds(self, root: str, offices: Iterable[str], date: str | None) -> bool:
        """Does the entry hold one of the offices of root on the date?"""
        wanted = set(offices)
        for r, office, start, end in self.offices:
            if r != root or office not in wanted:
                continue
            if date is None or ((not start or start <= date) and (not end or date < end)):
                return True
        return False


def guess_kind(code: str | None, dated: bool, phrase: str) -> str:
    """The kind of actor a code (and whether it has dated terms) suggests: person, country, media, ..."""
    if code is None:
        return "person" if dated else "organisation"
    if code.startswith("IGO"):
        return "igo" if len(code) <= 9 else "organisation"
    if code.startswith("NGO"):
        return "organisation"
    if "MED" in code[3:]:
        return "media"
    if len(code) == 3:
        return "country"
    if dated:
        return "person"
    sector = code[3:6]
    if sector in {"REB", "INS", "UAF"}:
        return "group"
    return "organisation"
