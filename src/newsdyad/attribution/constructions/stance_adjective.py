"""A stance adjective after a copula (lexicon ADJ rows): SOURCE be ADJ of/about/that CONTENT.

    The farmers are critical of the new tax.                  stance_adjective:critical

Not this: "It is clear that the tax will pass." (an empty "it": nobody holds the view).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list

from ..frame import Frame
from ..slots.content import clause_frame
from ..slots.cue import cue_spans_of
from ..slots.source import source_of
from ..syntax import COPULAS, EMPTY_SUBJECTS, SUBJECTS, object_of

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('stance_adjective',)


ADJECTIVE_PREPS = word_list("adjective_preps")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """"Republicans are critical of the deal", "His aides are confident that he will win",
    "Voters were divided on the question": a stance adjective after a copula.  Source =
    the subject, cue = copula + adjective (+ preposition), content = what the stance is about."""
    lex = ctx.lex
    adjectives = lex.adjectives
    for tok in ctx.tokens_with_lemma(adjectives):
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lemma_.lower() not in adjectives:
            continue
        cop = tok.head
        if cop.lemma_ not in COPULAS:
            continue
        subj = next((c for c in cop.children if c.dep_ in SUBJECTS), None)
        if subj is None or subj.lower_ in EMPTY_SUBJECTS:
            continue  # "It is clear that ...": nobody holds the view
        more = [tok]
        idxs: list[int] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS and c.i > tok.i:
                p = object_of(c)
                if p is not None:
                    idxs = ctx.subtree(p)
                    more.append(c)
                    break
            if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i:
                idxs = ctx.subtree(c)
                break
        if not idxs:
            comp = next((c for c in cop.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            if comp is None:
                continue
            idxs = ctx.subtree(comp)
        source, source_head, _ = source_of(ctx, cop, set())
        if source is None:
            continue
        frame = clause_frame(ctx, tok, idxs, rule=f"stance_adjective:{tok.lemma_.lower()}",
                              cue=cue_spans_of(ctx, cop, more), source=source, source_head=source_head)
        if frame is not None:
            yield frame
