"""The cue's words: the verb with its auxiliaries, negation and particle ("has not backed
down"), "said in a statement", and the cue-verb candidates of a document.
"""

from __future__ import annotations

from ..context import member
from ..lexicon import verb_cue_hashes, verb_surface_forms, verb_surface_hashes

from ...model import Span
from ..syntax import STATEMENT_NOUNS, object_of


CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}


def cue_spans_of(ctx, verb, more=()) -> list[Span]:
    doc = ctx.doc
    toks = [verb, *(t for t in more if t.i != verb.i)]
    i = verb.i - 1  # "has also said", "will not support", "to criticize": PolNeAR's cue span
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in CUE_LEFT and not doc[i].is_punct:
        toks.append(doc[i])
        i -= 1
    for c in verb.children:
        if c.dep_ == "prt" and all(t.i != c.i for t in toks):
            toks.append(c)
    spans = []
    for t in sorted(toks, key=lambda t: t.i):
        if spans and doc[t.i - 1].idx + len(doc[t.i - 1].text) == spans[-1][1] and t.i - 1 in {x.i for x in toks}:
            spans[-1] = (spans[-1][0], t.idx + len(t.text))
        else:
            spans.append((t.idx, t.idx + len(t.text)))
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1:
            p = object_of(c, ("pobj",))
            if p is not None and p.lemma_ in STATEMENT_NOUNS and p.i <= c.i + 3:
                spans[-1] = (spans[-1][0], p.idx + len(p.text))
    return spans


def verb_cue_candidates(ctx) -> list:
    """The tokens whose lemma is a cue verb of the lexicon (or "accord", for "according to"),
    or whose form is a regular inflection of one (one vectorised lookup)."""
    arr = ctx.lemma_lower
    return ctx.tokens_where(member(arr[:, 0], verb_cue_hashes()) | member(arr[:, 1], verb_surface_hashes()))


def cue_lemma(ctx, tok) -> str:
    """The cue lemma of a candidate: its own lemma, or the lemma its form inflects when the
    tagger's lemma is not a cue ("hopes" lemmatized "hop")."""
    lemma = tok.lemma_
    if lemma not in ctx.lex.verbs and lemma != "accord":
        lemma = verb_surface_forms().get(tok.lower_, lemma)
    return lemma
