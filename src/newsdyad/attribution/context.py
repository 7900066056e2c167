"""The per-document context every construction reads: built once by ``find_attributions``.

    ctx = Context.build(doc, mentions)
    ctx.doc, ctx.text, ctx.qidx (quotations and the quotation each token sits in), ctx.lex
    ctx.subtree(tok)                 # sorted token indices of tok's subtree
    ctx.tokens_with_lemma({"say"})   # tokens whose lemma or lower-case form is listed

The token arrays (lemma and lower-case hashes, subtree bounds) are computed on first use and
live as long as the context: nothing here is cached on a Doc's identity at module level.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..model import Span
from ..nlp import doc_text
from .lexicon import Lexicon, load_lexicon, verb_cue_hashes, verb_surface_hashes
from .quotes import scan_quotes
from .spans import QuoteIndex, subtree_arrays


@dataclass(frozen=True, eq=False)
class Context:
    """One document as the attribution constructions see it."""

    doc: object
    text: str
    qidx: QuoteIndex
    lex: Lexicon
    mentions: tuple[Span, ...] = ()  # the actors' mention spans (names the parser may have missed)
    notes: tuple[str, ...] = ()  # what quotation scanning noticed (unclosed marks)

    @classmethod
    def build(cls, doc, mentions=(), lex: Lexicon | None = None) -> "Context":
        """The context of ``doc``: its text, its quotations, the lexicon and the actor mentions."""
        text = doc_text(doc)  # built once per document, shared with the actors stage
        quotes, notes = scan_quotes(text)
        return cls(doc, text, QuoteIndex.build(doc, quotes), lex or load_lexicon(), tuple(mentions), tuple(notes))

    @cached_property
    def verb_cue_candidates(self) -> list:
        """The tokens whose lemma is a cue verb of the lexicon (or "accord", for "according
        to"), or whose form is a regular inflection of one: the candidates of the cue-verb and
        according-to constructions, found once (one vectorised lookup)."""
        arr = self.lemma_lower
        return self.tokens_where(member(arr[:, 0], verb_cue_hashes()) | member(arr[:, 1], verb_surface_hashes()))

    @cached_property
    def lemma_lower(self):
        """``doc.to_array([LEMMA, LOWER])``: one row of hashes per token."""
        from spacy.attrs import LEMMA, LOWER

        return self.doc.to_array([LEMMA, LOWER])

    @cached_property
    def token_starts(self) -> list[int]:
        """The character offset of every token."""
        from spacy.attrs import IDX

        return self.doc.to_array([IDX]).reshape(-1).tolist()

    @cached_property
    def _tree(self):
        return subtree_arrays(self.doc)

    def subtree(self, tok) -> list[int]:
        """The sorted indices of ``tok.subtree``, without building Token objects when the
        subtree is a range of the text (spaCy yields a crossing subtree in tree order)."""
        lo, hi, contiguous = self._tree
        i = tok.i
        if contiguous[i]:
            return list(range(lo[i], hi[i] + 1))
        return sorted(t.i for t in tok.subtree)

    def tokens_with_lemma(self, lemmas) -> list:
        """The tokens whose lemma or lower-case form is in ``lemmas`` (one vectorised lookup)."""
        hashes = string_hashes(frozenset(lemmas))
        arr = self.lemma_lower
        return self.tokens_where(member(arr[:, 0], hashes) | member(arr[:, 1], hashes))

    def tokens_where(self, mask) -> list:
        """The tokens where a boolean mask over the document is true."""
        import numpy

        return [self.doc[int(i)] for i in numpy.nonzero(mask)[0]]


def member(values, sorted_hashes):
    """A boolean mask: which of ``values`` are in ``sorted_hashes`` (a sorted uint64 array)."""
    import numpy

    if not len(sorted_hashes):
        return numpy.zeros(len(values), dtype=bool)
    pos = numpy.searchsorted(sorted_hashes, values)
    pos[pos == len(sorted_hashes)] = 0
    return sorted_hashes[pos] == values


@lru_cache(maxsize=16)
def string_hashes(words: frozenset[str]):
    """spaCy string hashes of ``words``, sorted, as a uint64 array (word lists are few and fixed)."""
    import numpy
    from spacy.strings import hash_string

    return numpy.array(sorted(hash_string(w) for w in words), dtype="uint64")
