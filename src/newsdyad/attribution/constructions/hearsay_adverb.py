"""Hearsay adverbs ("reportedly", "allegedly"): the clause they modify is somebody's report,
with no source named.

    The general reportedly met the rebels.                    hearsay_adverb:reportedly

Not this: "Reportedly." on its own (no clause with a subject to report).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..syntax import PASSIVE_SUBJECTS, SUBJECTS

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('hearsay_adverb',)

HEARSAY_ADVERBS = word_list("hearsay_adverbs")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """Every hearsay adverb modifying a clause with a subject, in text order."""
    doc = ctx.doc
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
            yield frame
