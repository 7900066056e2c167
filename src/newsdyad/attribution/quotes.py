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
from dataclasses import dataclass, field, replace

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
        return self.outer[0][0]

    @property
    def end(self) -> int:
        return self.outer[-1][1]

    def words(self, text: str) -> int:
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


def attach_continuations(text: str, frames, qidx) -> list:
    """A quotation nobody introduces, right after a direct attribution in the same
    paragraph ("...," he said. "..."), or after "X said:" at a paragraph end, continues
    that attribution's content.  Returns the frames, those continued replaced."""
    from .spans import claimed_quotes

    used = claimed_quotes(frames, qidx)
    out = list(frames)
    by_end = sorted(range(len(out)), key=lambda i: max([c[1] for c in out[i].content] + [c[1] for c in out[i].cue]))
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < 2:
            continue
        prev = None
        for i in by_end:
            f = out[i]
            if f.cue[0][0] >= q.start or not (f.kind in ("direct", "mixed") or (
                    f.kind == "indirect" and f.rule.startswith("cue_verb:") and f.source is not None)):
                continue
            end = max([c[1] for c in f.content] + [c[1] for c in f.cue] + ([f.source[1]] if f.source else []))
            if end <= q.start:
                prev = (i, end)
        if prev is None:
            continue
        i, end = prev
        f = out[i]
        gap = text[end:q.start]
        if "\n" in gap:
            if f.kind == "indirect" or not _next_paragraph_quote(text, f, end, q, out):
                continue
        elif (len(gap) > 40 or any(ch.isalnum() for ch in gap)) and not _rest_of_sentence(gap, end, q.start, out, f):
            continue
        elif f.kind == "indirect" and not _SENTENCE_END.search(gap):
            continue  # 'he said the plan "would fail"': a quoted fragment is already part of the content
        out[i] = replace(f, kind="mixed" if f.kind == "indirect" else f.kind,
                         content=sorted(list(f.content) + list(q.pieces)), rule=f.rule + "+continued")
        used.add(qi)
    return out


_SENTENCE_MARKS = re.compile(r"[.!?]")
_QUOTE_MARK = re.compile(r"[\"“”]|(?<!\w)['‘’]|['‘’](?!\w)")  # not an apostrophe ("mayor’s")
_SENTENCE_END = re.compile(r"[.!?:][\s\u00a0]*$")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.")


def _rest_of_sentence(gap: str, start: int, end: int, frames, f=None) -> bool:
    """'“...,” Lee said in a statement on Tuesday. “...”': the words between the attribution
    and the next quotation only finish the attribution's sentence (no other cue, one full stop)."""
    body = gap.strip()
    if len(body) > 250 or not body.endswith((".", ":", ",")) or _QUOTE_MARK.search(body):
        return False
    if len(_SENTENCE_MARKS.findall(body[:-1])) > 0 and not _ABBREVIATION.search(body[:-1]):
        return False
    # another cue in between ends the continuation, unless it is the same speaker's ("..., adding that ...")
    # or nobody's ("... he said when asked about it.")
    return not any(g.cue and start <= g.cue[0][0] < end and g.source is not None
                   and not (f is not None and g.source == f.source) for g in frames)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def _next_paragraph_quote(text: str, f, end: int, q, frames) -> bool:
    """A paragraph that is one quotation and nothing else, right after the paragraph
    where ``f`` (a direct or mixed attribution) is the last attribution: the speaker
    goes on ('“...,” she said.' / '“...”')."""
    a, b = _line_bounds(text, q.start)
    if text[a:q.start].strip() or text[q.end:b].strip(" \t.,;:!?\u00a0") or not q.closed:
        return False
    pa, pb = _line_bounds(text, end - 1)
    if text[pb:a].strip():  # not the very next paragraph
        return False
    for g in frames:  # another attribution later in f's paragraph, or one in this paragraph
        if g is f or not g.cue:
            continue
        c = g.cue[0][0]
        if (pa <= c < pb and c > f.cue[0][0]) or (a <= c < b and not q.start <= c < q.end):
            return False  # (a cue inside the quotation itself is the speaker's words)
    return True


UNCLAIMED_QUOTE_MIN_WORDS = 5


def unclaimed_quote_frames(doc, text: str, qidx, frames) -> list:
    """A quotation of a clause or more that no cue claims: its speaker is unknown, but its
    words are still someone's.  It becomes an attribution with no source (cue = the opening
    mark) so that the cues inside it nest under it instead of passing for the writer's own."""
    from .frame import Frame
    from .spans import claimed_quotes

    used = claimed_quotes(frames, qidx)  # a cue outside the quotation reports it
    out = []
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < UNCLAIMED_QUOTE_MIN_WORDS:
            continue
        if not any(q.start <= f.cue[0][0] < q.end for f in frames if f.cue):
            continue  # nothing inside needs a parent
        span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if span is None:
            continue
        out.append(Frame(kind="direct", rule="unattributed_quote", cue=[(q.start, q.start + 1)],
                         cue_token=span.start, content=list(q.pieces)))
    return out
