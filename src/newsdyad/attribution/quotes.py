"""Direct quotes: finding quotation marks in the text and pairing them.

``scan_quotes(text)`` pairs double quotation marks (straight ``"``, curly “ ”, ``''``
used as a double mark, „ and « ») into :class:`Quote` records.  Single quotes
(‘ ’ and ') are only ever nested quotes or apostrophes, so they are not paired.

A mark is an opener when it follows a space, a line start or an opening bracket
or dash and is not followed by a space; a closer in the mirror case; otherwise
its glyph decides (“ opens, ” closes, a straight mark toggles).  A quotation still
open at the end of a paragraph continues when the next paragraph starts with an
opening mark (the newspaper convention for multi-paragraph quotes); otherwise
it is closed at the paragraph end and reported in the notes as unclosed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Span

_MARK = re.compile(r"''|``|[\"“”„«»]|\n")
_OPEN_GLYPHS = {"“", "„", "«", "``"}
_CLOSE_GLYPHS = {"”", "»"}
_BEFORE_OPEN = set("([{—–-/:")
_AFTER_CLOSE = set(".,;:!?)]}—–-…")


@dataclass
class Quote:
    """One quotation: ``pieces`` are the inner spans (without the marks), one per
    paragraph; ``outer`` spans include the marks."""

    pieces: list[Span] = field(default_factory=list)
    outer: list[Span] = field(default_factory=list)
    closed: bool = True

    @property
    def start(self) -> int:
        """Where the quotation starts (its opening mark)."""
        return self.outer[0][0]

    @property
    def end(self) -> int:
        """Where the quotation ends (after its closing mark)."""
        return self.outer[-1][1]

    def words(self, text: str) -> int:
        """The number of words inside the quotation."""
        return sum(len(text[s:e].split()) for s, e in self.pieces)


def _role(text: str, pos: int, mark: str, is_open: bool) -> str:
    prev = text[pos - 1] if pos > 0 else "\n"
    end = pos + len(mark)
    nxt = text[end] if end < len(text) else "\n"
    open_ctx = prev.isspace() or prev in _BEFORE_OPEN
    close_ctx = nxt.isspace() or nxt in _AFTER_CLOSE
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    if mark in _OPEN_GLYPHS:
        return "open"
    if mark in _CLOSE_GLYPHS:
        return "close"
    return "close" if is_open else "open"


def _next_paragraph_opens(text: str, pos: int) -> bool:
    """Does the paragraph after the line break at ``pos`` start with an opening mark?"""
    m = re.compile(r"\s*").match(text, pos)
    start = m.end() if m else pos
    mm = _MARK.match(text, start)
    return bool(mm) and mm.group() != "\n" and _role(text, start, mm.group(), False) == "open"


def scan_quotes(text: str) -> tuple[list[Quote], list[str]]:
    """Pair the double quotation marks of ``text``; returns the quotes and the notes."""
    quotes: list[Quote] = []
    notes: list[str] = []
    current: Quote | None = None
    open_at = -1  # where the current piece's opening mark is
    open_end = -1
    for m in _MARK.finditer(text):
        mark, pos = m.group(), m.start()
        if mark == "\n":
            if current is None or open_at == -2:
                continue
            current.pieces.append((open_end, pos))
            current.outer.append((open_at, pos))
            if _next_paragraph_opens(text, pos):
                open_at = -2  # waiting for the reopening mark
                continue
            current.closed = False
            notes.append(f"unclosed quotation mark at {current.start}")
            quotes.append(current)
            current = None
            continue
        role = _role(text, pos, mark, current is not None and open_at != -2)
        if current is not None and open_at == -2:
            # the reopening mark of a multi-paragraph quotation
            open_at, open_end = pos, m.end()
            continue
        if role == "open":
            if current is not None:
                # an opener while open: the previous one never closed
                current.pieces.append((open_end, pos))
                current.outer.append((open_at, pos))
                current.closed = False
                notes.append(f"unclosed quotation mark at {current.start}")
                quotes.append(current)
            current = Quote()
            open_at, open_end = pos, m.end()
        else:
            if current is None:
                notes.append(f"unmatched closing quotation mark at {pos}")
                continue
            current.pieces.append((open_end, pos))
            current.outer.append((open_at, m.end()))
            quotes.append(current)
            current = None
    if current is not None:
        if open_at != -2:
            current.pieces.append((open_end, len(text)))
            current.outer.append((open_at, len(text)))
        current.closed = False
        notes.append(f"unclosed quotation mark at {current.start}")
        quotes.append(current)
    for q in quotes:  # drop empty pieces (a mark right at a paragraph end)
        keep = [(p, o) for p, o in zip(q.pieces, q.outer) if p[1] > p[0]]
        q.pieces = [p for p, _ in keep] or q.pieces
        q.outer = [o for _, o in keep] or q.outer
    quotes.sort(key=lambda q: q.start)
    return quotes, notes
