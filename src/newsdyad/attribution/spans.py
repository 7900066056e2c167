"""Small span helpers shared by the attribution modules: token runs to character spans,
trimming, and which quotation a token sits in."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..model import Span
from .quotes import Quote

_QUOTE_CHARS = "\"“”„«»'‘’`"
_WORD = re.compile(r"\w")


def is_quote_token(tok) -> bool:
    """Is the token a quotation mark (and nothing else)?"""
    return bool(tok.text) and all(c in _QUOTE_CHARS for c in tok.text)


@dataclass
class QuoteIndex:
    """Quotes of a document, with a per-token lookup of the quote a token lies inside."""

    quotes: list[Quote]
    tok_quote: list[int] = field(default_factory=list)  # quote number, or -1
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc, quotes: list[Quote]) -> "QuoteIndex":
        """The index of ``doc``'s quotations."""
        import numpy
        from spacy.attrs import IDX

        outer = sorted((s, e, qi) for qi, q in enumerate(quotes) for s, e in q.outer)
        starts = [s for s, _, _ in outer]
        tok_quote = numpy.full(len(doc), -1, dtype="int64")
        if outer:
            idx = doc.to_array([IDX]).reshape(-1).astype("int64")
            # (one vectorised lookup for all quotations: a scalar numpy call costs more than a slice)
            los = numpy.searchsorted(idx, [s for s, _, _ in outer])
            his = numpy.searchsorted(idx, [e for _, e, _ in outer])
            for (_, _, qi), lo, hi in zip(outer, los.tolist(), his.tolist()):
                tok_quote[lo:hi] = qi
        index = cls(quotes, tok_quote.tolist(), starts)
        index._outer = outer
        return index

    def quotes_overlapping(self, start: int, end: int) -> list[int]:
        """The quotations (numbers) overlapping the characters ``start:end``, in text order."""
        found = []
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self._outer) and self._outer[i][0] < end:
            s, e, qi = self._outer[i]
            if e > start and qi not in found:
                found.append(qi)
            i += 1
        return found

    def quote_starting_after(self, pos: int) -> int | None:
        """The first quotation starting at or after ``pos``, or None."""
        i = bisect_right(self._starts, pos - 1)
        if i < len(self._outer):
            return self._outer[i][2]
        return None


def trim_tokens(doc, idxs: list[int]) -> list[int]:
    """Drop punctuation (but not quotation marks) and a complementizer 'that' at the edges."""
    i, j = 0, len(idxs)
    while i < j:
        t = doc[idxs[i]]
        if (t.is_punct and not is_quote_token(t)) or t.is_space or (t.lower_ == "that" and t.dep_ == "mark") or t.dep_ == "cc":
            i += 1
        else:
            break
    while j > i:
        t = doc[idxs[j - 1]]
        if (t.is_punct and not is_quote_token(t)) or t.is_space:
            j -= 1
        else:
            break
    return idxs[i:j]


def runs(idxs) -> list[list[int]]:
    """Contiguous runs of sorted token indices."""
    out: list[list[int]] = []
    for i in sorted(set(idxs)):
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def tokens_span(doc, idxs: list[int]) -> Span:
    """The character span from the first to the last of the token indices."""
    first, last = doc[idxs[0]], doc[idxs[-1]]
    return (first.idx, last.idx + len(last.text))


def has_word(text: str) -> bool:
    """Does the text hold a word character?"""
    return bool(_WORD.search(text))


def claimed_quotes(frames, qidx: QuoteIndex) -> set[int]:
    """The quotations some attribution reports: its content covers them and its cue is not
    inside them ('“We said no,” she added': "said" does not claim the quotation it sits in).
    A transcript line inside a quotation ('"MAYOR: ...') does speak it."""
    used: set[int] = set()
    for f in frames:
        for s, e in f.content:
            used.update(qi for qi in qidx.quotes_overlapping(s, e)
                        if f.rule == "colon_speaker"
                        or not (f.cue and any(a <= f.cue[0][0] < b for a, b in qidx.quotes[qi].outer)))
    return used


def subtree_arrays(doc):
    """Per token: the first and last index of its subtree, and whether the subtree is that
    whole range (true unless the parse has a crossing arc there)."""
    import numpy
    from spacy.attrs import HEAD

    n = len(doc)
    idx = numpy.arange(n, dtype="int64")
    heads = idx + doc.to_array([HEAD]).reshape(-1).astype("int64")
    depth = numpy.zeros(n, dtype="int64")
    # depth by climbing all tokens at once (as many rounds as the tree is high, usually < 30)
    cur = idx.copy()
    while True:
        up = heads[cur]
        step = up != cur
        if not step.any():
            break
        depth += step
        cur = up
    lo, hi, size = idx.copy(), idx.copy(), numpy.ones(n, dtype="int64")
    for d in range(int(depth.max()) if n else 0, 0, -1):
        at = numpy.nonzero(depth == d)[0]
        h = heads[at]
        numpy.minimum.at(lo, h, lo[at])
        numpy.maximum.at(hi, h, hi[at])
        numpy.add.at(size, h, size[at])
    contiguous = size == hi - lo + 1
    return lo.tolist(), hi.tolist(), contiguous.tolist()
