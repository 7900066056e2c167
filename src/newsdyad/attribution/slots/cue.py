"""The cue's words: the verb with the ``CUE_PARTS`` around it (auxiliaries, negation and
particle: "has not backed down"), "said in a statement", and the cue-verb candidates of a
document.

Not this: "said on Monday" (only a statement noun joins the cue).
"""

from __future__ import annotations

from ...model import Span
from ..lexicon import verb_surface_forms
from ..syntax import STATEMENT_NOUNS, object_of


CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}


def left_auxiliaries(ctx, verb, toks) -> list:
    """"has also said", "will not support", "to criticize": the auxiliaries, negation and
    adverbs right before the verb that hang on it (PolNeAR's cue span), with an adverb's own
    modifier ("will no longer recognize": "no" hangs on "longer")."""
    doc, out = ctx.doc, []
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in CUE_LEFT and not doc[i].is_punct and (
            doc[i].head.i == verb.i or _modifies_adverb(doc[i], out)):
        out.append(doc[i])
        i -= 1
    return out


def _modifies_adverb(tok, taken) -> bool:
    """Is ``tok`` an adverb or negation on an adverb already in the cue ("no" in "no longer")?"""
    return tok.dep_ in ("advmod", "neg") and any(t.i == tok.head.i and t.dep_ == "advmod" for t in taken)


def particle(ctx, verb, toks) -> list:
    """"backed down", "spelled out": the verb's particle (when not in ``toks`` already)."""
    return [c for c in verb.children if c.dep_ == "prt" and all(t.i != c.i for t in toks)]


# the words around a cue verb that belong to its cue, in order (each given the tokens so far)
CUE_PARTS = (left_auxiliaries, particle)


def _joined(doc, toks) -> list[Span]:
    """Character spans of tokens, adjacent tokens joined into one span."""
    spans: list[Span] = []
    for t in sorted(toks, key=lambda t: t.i):
        if spans and doc[t.i - 1].idx + len(doc[t.i - 1].text) == spans[-1][1] and t.i - 1 in {x.i for x in toks}:
            spans[-1] = (spans[-1][0], t.idx + len(t.text))
        else:
            spans.append((t.idx, t.idx + len(t.text)))
    return spans


def in_statement(ctx, verb, spans: list[Span]) -> list[Span]:
    """"said in a statement": the cue runs on to the statement noun right after the verb."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1:
            p = object_of(c, ("pobj",))
            if p is not None and p.lemma_ in STATEMENT_NOUNS and p.i <= c.i + 3:
                spans[-1] = (spans[-1][0], p.idx + len(p.text))
    return spans


def cue_spans_of(ctx, verb, more=()) -> list[Span]:
    """The cue's character spans: the verb, the extra tokens ``more`` (a preposition: "called
    for"), the ``CUE_PARTS`` around it, then "in a statement" (:func:`in_statement`)."""
    toks = [verb, *(t for t in more if t.i != verb.i)]
    for part in CUE_PARTS:
        toks += part(ctx, verb, toks)
    return in_statement(ctx, verb, _joined(ctx.doc, toks))


def verb_cue_candidates(ctx) -> list:
    """The tokens whose lemma is a cue verb of the lexicon (or "accord", for "according to"),
    or whose form is a regular inflection of one (found once per document by the context)."""
    return ctx.verb_cue_candidates


def cue_lemma(ctx, tok) -> str:
    """The cue lemma of a candidate: its own lemma, or the lemma its form inflects when the
    tagger's lemma is not a cue ("hopes" lemmatized "hop")."""
    lemma = tok.lemma_
    if lemma not in ctx.lex.verbs and lemma != "accord":
        lemma = verb_surface_forms().get(tok.lower_, lemma)
    return lemma
