"""TODO docstring."""

from __future__ import annotations

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..syntax import PASSIVE_SUBJECTS, SUBJECTS

HEARSAY_ADVERBS = word_list("hearsay_adverbs")


def find(ctx, earlier=()) -> list[Frame]:
    doc = ctx.doc
    out: list[Frame] = []
    for tok in ctx.tokens_with_lemma(HEARSAY_ADVERBS):
        if tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        own = {tok.i}
        idxs = [i for i in ctx.subtree(tok.head) if i not in own]
        if not any(doc[i].dep_ in SUBJECTS or doc[i].dep_ in PASSIVE_SUBJECTS for i in idxs):
            continue
        frame = clause_frame(ctx, tok, idxs, rule=f"hearsay_adverb:{tok.lower_}",
                              cue=[(tok.idx, tok.idx + len(tok.text))])
        if frame is not None:
            out.append(frame)
    return out
