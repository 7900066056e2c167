"""Light verbs with their object, particle or adjective (lexicon PHRASE rows): "took aim at X",
"weighed in on X", "made it clear that X", "drew criticism from Y" (Y criticises the subject).

    The union took aim at the new rules.                      phrase_cue:take aim

Not this: "The union came out of the building." ("out" heads a place, it is no particle).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame
from ..slots.content import clause_frame
from ..slots.cue import cue_spans_of
from ..slots.source import source_of
from ..syntax import SUBJECTS, object_of, span_without

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('phrase_cue',)


# "drew criticism from X", "faced ridicule from X": the critic is in the from-phrase and the subject is criticised
PHRASE_PART_DEPS = {"dobj", "prt", "advmod", "acomp", "oprd", "ccomp", "prep", "npadvmod"}


RECEIVING_VERBS = word_list("receiving_verbs")


# what is drawn or faced from others ("drew criticism from X"); "drew a contrast with X" is the subject's own
RECEIVED_NOUNS = word_list("received_nouns")


PHRASE_PREPS = word_list("phrase_preps")


PARTICLE_PREPS = word_list("particle_preps")  # "came out against", not "came out of"


def find(ctx, earlier=()) -> Iterator[Frame]:
    """Light-verb cues from the lexicon's PHRASE rows: "took aim at X", "weighed in on X",
    "made it clear that X", "cast doubt on X", "drew criticism from X" (X criticises the subject)."""
    lex = ctx.lex
    firsts: dict[str, list[tuple[list[str], object]]] = {}
    for phrase, cue in lex.phrases.items():
        words = phrase.split()
        if len(words) >= 2 and cue.pos == "PHRASE" and cue.cls in ("stance", "speech", "thought", "claim"):
            firsts.setdefault(words[0], []).append((words[1:], cue))
    for tok in ctx.tokens_with_lemma(firsts):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in firsts:
            continue
        kids = [(c.lemma_.lower(), c) for c in tok.children if c.i > tok.i and c.dep_ in PHRASE_PART_DEPS]
        if not kids:
            continue
        for rest, cue in firsts[tok.lemma_]:
            second = rest[-1]
            part = next((c for lemma, c in kids if lemma == second), None)
            if part is None or (part.dep_ == "prep" and second not in PHRASE_PREPS):
                continue  # "came out of the building": "out" heads a place, it is no particle
            more = [part]
            idxs: list[int] = []
            source = source_head = None
            if tok.lemma_ in RECEIVING_VERBS and second in RECEIVED_NOUNS:
                frm = next((c for c in [*tok.children, *part.children] if c.dep_ == "prep" and c.lower_ == "from"), None)
                pobj = object_of(frm, ("pobj",)) if frm is not None else None
                subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
                if pobj is None or subj is None:
                    continue
                source, _ = span_without(ctx, pobj, set())
                source_head = pobj.i
                idxs = ctx.subtree(subj)
                more.append(frm)
            else:
                preps = PARTICLE_PREPS if part.dep_ in ("prt", "advmod") else PHRASE_PREPS
                if part.dep_ == "prep":  # "went after the donors"
                    p = object_of(part)
                    idxs = ctx.subtree(p) if p is not None else []
                # a that-clause first ("made it clear to voters that ..."), else a prepositional object
                clause = next((c for h in (part, tok) for c in h.children
                               if c.dep_ in ("ccomp", "advcl") and c.i > part.i
                               and any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)), None)
                if not idxs and clause is not None:
                    idxs = ctx.subtree(clause)
                for holder in (part, tok):
                    if idxs:
                        break
                    for c in holder.children:
                        if c.dep_ == "prep" and c.lower_ in preps and c.i > part.i:
                            p = object_of(c)
                            if p is not None and p.ent_type_ not in ("DATE", "TIME"):
                                idxs = ctx.subtree(p)
                                more.append(c)
                                break
                if not idxs and part.dep_ == "prt":  # "spelled out her plan", "brushed off the charge"
                    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    idxs = ctx.subtree(obj) if obj is not None else []
                if not idxs:
                    continue
                source, source_head, _ = source_of(ctx, tok, set())
                if source is None:
                    continue
            frame = clause_frame(ctx, tok, idxs, rule=f"phrase_cue:{tok.lemma_} {' '.join(rest)}",
                                  cue=cue_spans_of(ctx, tok, more), source=source, source_head=source_head)
            if frame is not None:
                yield frame
                break
