"""A passive view with no agent ("The dam is considered unsafe", "a move described as reckless",
"The DNC, which is seen as aligned with Clinton"): a view attributed to nobody in particular;
with a "by" agent, the agent holds it ("is seen by party leaders as credible").

    The dam is considered unsafe.                             passive_view:consider

Not this: "The dam could be seen from the road." (perception verbs count only with "as").
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..slots.cue import cue_spans_of
from ..syntax import PASSIVE_SUBJECTS, PASSIVE_VIEW_VERBS, RELATIVE, object_of, span_without

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('passive_view',)


# perception verbs count only with "as" ("seen as a threat"; "could be seen surrounding the hotel" is sight)
AS_ONLY_VIEWS = word_list("as_only_views")


# passive views that take "as" ("is seen as a threat")
AS_VIEW_VERBS = word_list("as_view_verbs")


def _view_preps(lemma: str) -> tuple[str, ...]:
    """The prepositions that introduce the view of a passive view verb: ("as",) or ()."""
    return ("as",) if lemma in AS_VIEW_VERBS else ()



def find(ctx, earlier=()) -> Iterator[Frame]:
    """Passive cues with no agent ("Crows are considered clever", "The DNC, which is seen as
    aligned with Clinton", "a move described as reckless") and hearsay adverbs ("he
    reportedly met them"): content = what the view is about and the view itself."""
    doc = ctx.doc
    for tok in ctx.tokens_with_lemma(PASSIVE_VIEW_VERBS):
        if tok.tag_ != "VBN":
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        holder = object_of(agent, ("pobj",)) if agent is not None else None
        if agent is not None and (holder is None or holder.pos_ not in ("PROPN", "NOUN", "PRON")):
            continue
        comp = next((c for c in tok.children if c.i > tok.i and (
            (tok.lemma_ not in AS_ONLY_VIEWS and (
                c.dep_ in ("oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN"))))
            or (c.dep_ == "prep" and c.lower_ in _view_preps(tok.lemma_)))), None)
        as_word = None
        if comp is None and "as" in _view_preps(tok.lemma_):
            # "is seen by party leaders as uniquely credible": the parser makes "as" a modifier
            comp = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("advcl", "acomp", "xcomp", "oprd")
                         and doc[c.left_edge.i].lower_ == "as" and c.left_edge.i != c.i), None)
            as_word = doc[comp.left_edge.i] if comp is not None else None
        if comp is None:
            continue
        passive = [c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS]
        if passive and any(c.dep_ == "auxpass" for c in tok.children):
            subj = passive[0]
            subj_idxs = [subj.i] if subj.lower_ in RELATIVE else ctx.subtree(subj)
        elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i and tok.lemma_ != "know":
            # (but "The commander, also known as Abu Musa": an alias)
            own = set(ctx.subtree(tok))
            subj_idxs = [i for i in ctx.subtree(tok.head) if i not in own]
        else:
            continue
        more = []
        if comp.dep_ == "prep":  # "seen as a threat", "seen as close to the mayor" (the parser: amod)
            comp_idxs = [i for i in ctx.subtree(comp) if i != comp.i]
            if not comp_idxs:
                continue
            more = [comp]
        else:
            comp_idxs = ctx.subtree(comp)
        if as_word is not None:
            comp_idxs = [i for i in comp_idxs if i != as_word.i]
            more = [as_word]
        source = source_head = None
        if holder is not None:  # "She is seen by party leaders as credible": the leaders see her so
            source, _ = span_without(ctx, holder, set())
            source_head = holder.i
            more = [*more, agent]
        frame = clause_frame(ctx, tok, set(subj_idxs) | set(comp_idxs), rule=f"passive_view:{tok.lemma_}",
                              cue=cue_spans_of(ctx, tok, more), source=source, source_head=source_head)
        if frame is not None:
            yield frame
