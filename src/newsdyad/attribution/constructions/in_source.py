"""A poll or survey named by an "in" phrase is the source of its clause, unless the clause has
a cue verb of its own.

    In a May poll, most voters backed the plan.               in_source:poll

Not this: "Voters said in a poll that they backed the plan." (the cue verb "said" reports it).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..syntax import SUBJECTS, object_of, span_without

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('in_source',)


# "In a CBS poll released Monday, Smith led by ten points": the poll is the source, "in" the cue
IN_SOURCE_NOUNS = word_list("in_source_nouns")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """"In a CBS poll, Smith leads by ten points", "Smith leads in the polls": a poll or
    survey named by an "in" phrase is the source of its clause, unless the clause has a
    cue verb of its own ("said in the survey")."""
    doc, qidx, lex = ctx.doc, ctx.qidx, ctx.lex
    for tok in ctx.tokens_with_lemma({"in"}):
        if tok.dep_ != "prep" or tok.lower_ != "in":
            continue
        pobj = object_of(tok, ("pobj",))
        if pobj is None or pobj.lemma_.lower() not in IN_SOURCE_NOUNS or pobj.pos_ != "NOUN":
            continue
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_ in lex.verbs or qidx.tok_quote[tok.i] >= 0:
            continue
        if any(t.i != head.i and t.lemma_ in lex.verbs and t.pos_ == "VERB" and t.dep_ in ("xcomp", "aux")
               for t in head.children):
            continue
        phrase = set(ctx.subtree(tok))
        idxs = [i for i in ctx.subtree(head) if i not in phrase]
        if not any(doc[i].dep_ in SUBJECTS for i in idxs):
            continue
        source, _ = span_without(ctx, pobj, set())
        frame = clause_frame(ctx, tok, idxs, rule=f"in_source:{pobj.lemma_.lower()}",
                              cue=[(tok.idx, tok.idx + len(tok.text))], source=source, source_head=pobj.i)
        if frame is not None:
            yield frame
