"""Attributions by "according to SOURCE" at the start, in the middle or at the end of its clause; the clause,
without the phrase, is the content.

    According to the ministry, twelve soldiers were killed.   according_to
    The army, according to the ministry, lost twelve soldiers.

Not this: "The two sides signed an accord." (no "according to" phrase).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..frame import Frame
from ..slots.content import content_spans
from ..slots.cue import cue_lemma, verb_cue_candidates
from ..syntax import object_of, span_without

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('according_to',)


def reporting_relative(ctx, pobj) -> set[int]:
    """The tokens of a relative clause on the source whose verb is a cue ("according to Ruiz,
    who said that ..."): that clause is Ruiz's own attribution, not part of the source."""
    drop: set[int] = set()
    for c in pobj.children:
        if c.dep_ == "relcl" and c.lemma_ in ctx.lex.verbs:
            drop |= set(ctx.subtree(c))
    return drop


def according_frame(ctx, tok) -> Frame | None:
    """The frame of an "according to X" at token ``tok`` ("according"), or None."""
    doc = ctx.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    pobj = object_of(to, ("pobj",))
    if pobj is None:
        return None
    source, _ = span_without(ctx, pobj, reporting_relative(ctx, pobj))
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.i == tok.i:
        return None
    phrase = set(ctx.subtree(tok)) | set(ctx.subtree(to)) | {tok.i}
    idxs = [i for i in ctx.subtree(head) if i not in phrase]
    # the clause is the content, but not the part of it that a colon introduces
    content, kind = content_spans(ctx, idxs, (), tok.idx)
    if not content:
        return None
    return Frame(kind="according_to", rule="according_to", cue=[(tok.idx, to.idx + len(to.text))],
                 cue_token=tok.i, content=content, source=source, source_head=pobj.i)


def find(ctx, earlier=()) -> Iterator[Frame]:
    """Every "according to X" of the document, in text order."""
    for tok in verb_cue_candidates(ctx):
        if cue_lemma(ctx, tok) == "accord" and tok.lower_ == "according":
            f = according_frame(ctx, tok)
            if f is not None:
                yield f
