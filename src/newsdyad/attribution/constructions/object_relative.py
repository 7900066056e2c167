"""The content is the noun the cue's clause modifies: "the flood the engineers never envisioned"
(source = the clause's subject), "the plan, opposed by the union" (source = the "by" phrase).

    The flood the engineers never envisioned came in May.     object_relative:envision

Not this: "The man she supports won." ("support" in an object relative mostly describes).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..context import member
from ..frame import Frame
from ..lexicon import verb_cue_hashes
from ..slots.content import clause_frame
from ..slots.cue import cue_spans_of
from ..spans import trim_tokens
from ..syntax import FINITE_TAGS, RELATIVE, object_of, span_without

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('object_relative',)


# verbs whose object relative is mostly a description ("the man she supports", "the city he spoke in")
NOT_OBJECT_RELATIVE = word_list("not_object_relative")


MAKING_VERBS = word_list("making_verbs")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """The content is the noun the cue verb's clause modifies: "the contest she never
    envisioned", "everything he said", "a threat that Smith repeated" (source = the
    clause's subject), and "a claim rejected by the court", "the bill, opposed by
    Republicans" (source = the "by" phrase)."""
    doc, qidx, lex = ctx.doc, ctx.qidx, ctx.lex
    import numpy

    taken = {c for f in earlier for s, e in f.cue for c in range(s, e)}
    arr = ctx.lemma_lower
    hit = member(arr[:, 0], verb_cue_hashes())
    for i in numpy.nonzero(hit)[0]:
        tok = doc[int(i)]
        cue = lex.verbs.get(tok.lemma_)
        noun = tok.head
        if (cue is None or tok.pos_ != "VERB" or tok.idx in taken
                or noun.pos_ not in ("NOUN", "PRON", "PROPN")
                or noun.i > tok.i or qidx.tok_quote[tok.i] >= 0):
            continue
        if any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.lower_ not in RELATIVE) for c in tok.children):
            continue  # the clause has its own content
        by_agent = tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
        if tok.lemma_ in NOT_OBJECT_RELATIVE and (not by_agent or tok.lemma_ in MAKING_VERBS):
            continue  # (but "a call echoed by Japan"; not "a report issued by the agency": that is who made it)
        source = source_head = None
        as_phrase: list[int] = []
        if noun.lemma_ in lex.nouns and not by_agent:
            continue  # "the observation that the sides agreed": a content clause the parser took for a relative
        if tok.dep_ == "relcl" and tok.tag_ != "VBN":
            if tok.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in tok.children):
                continue  # "Maynard, half joking, said": a participle, not a relative clause
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in RELATIVE or not (cue.obj or cue.cls in ("speech", "thought", "claim")):
                continue
            source, _ = span_without(ctx, subj, set())
            source_head = subj.i
        elif tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            p = object_of(agent, ("pobj",)) if agent is not None else None
            if p is None:
                continue
            as_ = next((c for c in [*tok.children, *p.children] if c.dep_ == "prep" and c.lower_ == "as"
                        and c.i > tok.i), None)
            if as_ is not None:  # "an option seen by organizers as a lifeboat": the view is content too
                as_phrase = [i for i in ctx.subtree(as_) if i != as_.i]
            source, _ = span_without(ctx, p, set(ctx.subtree(as_)) if as_ is not None else set())
            source_head = p.i
        else:
            continue
        drop = set(ctx.subtree(tok))
        idxs = [i for i in ctx.subtree(noun) if i not in drop and i < tok.i]
        idxs = [k for k in idxs if doc[k].lower_ not in RELATIVE or doc[k].head.i != tok.i]
        idxs = trim_tokens(doc, idxs)
        if not idxs or noun.i not in idxs:
            continue
        frame = clause_frame(ctx, tok, idxs + as_phrase, rule=f"object_relative:{tok.lemma_}",
                              cue=cue_spans_of(ctx, tok), source=source, source_head=source_head)
        if frame is not None:
            yield frame
