"""A stance-holder noun in apposition to a name or predicated of a subject: the person holds
the stance.

    Okafor, a fierce critic of the dam, spoke first.          holder_noun:critic
    Dayton is a longtime Ortiz supporter.

Not this: "The critic left early." (no holder named beside the noun, no object of the stance).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..syntax import COPULAS, EMPTY_SUBJECTS, SUBJECTS, object_of, span_without, strip_span

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('holder_noun',)


# "Graham, a staunch critic of the deal", "Dayton is a longtime Clinton supporter": the person is the source
STANCE_HOLDER_NOUNS = word_list("stance_holder_nouns")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """A stance-holder noun in apposition to a name or predicated of a subject: "Adelson,
    a fierce supporter of Israel" (source Adelson, cue "supporter of", content "Israel"),
    "Dayton is a longtime Clinton supporter" (content: the modifier "Clinton")."""
    text = ctx.text
    for tok in ctx.tokens_with_lemma(STANCE_HOLDER_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        holder = None
        if tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.i < tok.i:
            holder = tok.head
        elif tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
            holder = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
        if holder is None or holder.lower_ in EMPTY_SUBJECTS or holder.lower_ in ("who", "which"):
            continue
        more = []
        idxs: list[int] = []
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > tok.i), None)
        pobj = object_of(prep, ("pobj",)) if prep is not None else None
        if pobj is not None:
            idxs = ctx.subtree(pobj)
            more = [prep]
        else:
            mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" and c.i < tok.i]
            if not mods:
                continue
            idxs = sorted(t.i for m in mods for t in m.subtree)
        drop = set(ctx.subtree(tok)) | {t.i for t in holder.subtree if t.dep_ in ("relcl", "acl")}
        source, _ = span_without(ctx, holder, drop)
        source = strip_span(text, source)
        cue_toks = sorted([tok, *more], key=lambda t: t.i)
        frame = clause_frame(ctx, tok, idxs, rule=f"holder_noun:{tok.lemma_}",
                              cue=[(t.idx, t.idx + len(t.text)) for t in cue_toks], source=source,
                              source_head=holder.i, same_paragraph=False)
        if frame is not None:
            yield frame
