""""X seems/appears to ...": an assessment with no named holder (PolNeAR's attribution without
a source), unless a "to" phrase names it ("seems to me").  Content = subject + complement.

    The ceasefire seems to have collapsed.                    appearance_verb:seem

Not this: "The minister appeared on television." (no complement: an appearance, not a view).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..slots.cue import cue_spans_of
from ..syntax import RELATIVE, SUBJECTS, object_of, span_without

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('appearance_verb',)


APPEARANCE_VERBS = word_list("appearance_verbs")


APPEARANCE_COMPLEMENTS = {"xcomp", "acomp", "ccomp", "attr", "oprd"}


def find(ctx, earlier=()) -> Iterator[Frame]:
    """"The plan seems doomed", "Melania appears to have left the trail": an assessment
    whose holder is not named (PolNeAR's attribution without a source), unless a
    "to" phrase names it ("seems to me").  Content = the subject and the complement."""
    for tok in ctx.tokens_with_lemma(APPEARANCE_VERBS):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        comp = next((c for c in tok.children if c.dep_ in APPEARANCE_COMPLEMENTS and c.i > tok.i), None)
        if comp is None:
            continue
        idxs = ctx.subtree(comp)
        subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.lower_ not in ("it", "there"):
            if subj.lower_ in RELATIVE and tok.dep_ == "relcl":
                subj_idxs = [subj.i]  # "the issue that seemed to baffle him": the relative pronoun
            else:
                subj_idxs = ctx.subtree(subj)
            idxs = subj_idxs + idxs
        source = source_head = None
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                p = object_of(c, ("pobj",))
                if p is not None and p.pos_ in ("PRON", "PROPN", "NOUN"):
                    source, _ = span_without(ctx, p, set())
                    source_head = p.i
                    idxs = [i for i in idxs if i not in set(ctx.subtree(c))]
        frame = clause_frame(ctx, tok, idxs, rule=f"appearance_verb:{tok.lemma_}", cue=cue_spans_of(ctx, tok),
                              source=source, source_head=source_head)
        if frame is not None:
            yield frame
