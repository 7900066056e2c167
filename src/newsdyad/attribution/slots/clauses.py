"""Clauses inside a cue's content that are not its content: sibling cues sharing the outer
subject ("he says X and calls her Y"), parallel cues ("one in three said X and one in four
said Y"), participle cues ("..., telling ABC that ...") and contrast clauses ("while Lee says Y").
"""

from __future__ import annotations

from ..syntax import PASSIVE_SUBJECTS, SUBJECTS


def sibling_cues(ctx, clause, cue_idx) -> set[int]:
    """Tokens of cue verbs coordinated with ``clause``'s head that have no subject of their
    own ("he says he respects X and calls her Y", the clause's subject the same word as the
    outer cue's): the parser attaches them inside the content, but they share the outer
    subject; they are the outer cue's siblings, not its content."""
    out: set[int] = set()
    inner = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    outer = next((c for c in clause.head.children if c.dep_ in SUBJECTS), None)
    same_subject = inner is not None and outer is not None and inner.lower_ == outer.lower_
    for x in clause.children:
        # "The paper added that Smith met X and told Y ...": Smith's own cue, nested; but
        # "says the plan failed and says he ...": the same verb again is the outer one repeated
        if not (same_subject or x.lemma_ == clause.head.lemma_):
            continue
        if x.dep_ == "conj" and x.i in cue_idx and x.pos_ == "VERB" and not any(
                c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS for c in x.children):
            out |= set(ctx.subtree(x))
            cc = [c.i for c in clause.children if c.dep_ in ("cc", "punct") and c.i < x.i and c.i > clause.i]
            out |= set(cc[-1:])
    return out


def conj_phrase_before(ctx, verb) -> list[int]:
    """"... and one in four said": the conjunct right before a subjectless verb, after
    "and"/"but" (its tokens, or [])."""
    doc = ctx.doc
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    k = verb.i - 1
    while k > 0 and doc[k].dep_ != "cc":
        k -= 1
    if k <= 0 or doc[k].lower_ not in ("and", "but") or verb.i - k > 8:
        return []
    head = next((t for t in doc[k + 1:verb.i] if t.dep_ == "conj"), None)
    if head is None or ctx.subtree(head) != list(range(k + 1, verb.i)):
        return []
    return list(range(k + 1, verb.i))


def parallel_cues(ctx, clause, cue_idx) -> set[int]:
    """"One in three said the party did not care and one in four said it was hostile": the
    same cue verb again, with a subject of its own, coordinated inside the content, is a
    parallel attribution, not part of the first one's content."""
    out: set[int] = set()
    for x in clause.children:
        if (x.dep_ == "conj" and x.i > clause.i and x.i in cue_idx and x.lemma_ == clause.head.lemma_
                and any(c.dep_ in SUBJECTS for c in x.children)):
            out |= set(ctx.subtree(x))
            cc = [c.i for c in clause.children if c.dep_ in ("cc", "punct") and clause.i < c.i < x.i]
            out |= set(cc[-1:])
    return out


def participle_cues(ctx, clause, cue_idx) -> set[int]:
    """"Carson said he saw no need to change, telling ABC that ...": a speech participle
    after a comma at the end of the reported clause reports the outer speaker's own words;
    the parser hangs it on the clause, but it is the outer cue's sibling, not its content."""
    verbs = ctx.lex.verbs
    out: set[int] = set()
    for x in clause.children:
        if (x.dep_ == "advcl" and x.tag_ == "VBG" and x.i in cue_idx and x.i > clause.i
                and (verbs.get(x.lemma_) is not None and (verbs[x.lemma_].cls == "speech" or x.lemma_ == "call"))
                and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in x.children)):
            left = min(ctx.subtree(x))
            prev = x.doc[left - 1] if left > 0 else None
            if prev is None or prev.text not in (",", "—", "–", ";"):
                continue
            out |= set(ctx.subtree(x)) | {prev.i}
    return out


CONTRAST_MARKS = {"while", "whereas"}


def contrast_clauses(ctx, clause, cue_idx) -> set[int]:
    """"... said X, while Sanders says Y": a contrast clause whose own subject has its own
    cue is a separate attribution, not part of the outer content."""
    out: set[int] = set()
    for x in clause.children:
        if (x.dep_ == "advcl" and x.i in cue_idx and x.i > clause.i
                and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in x.children)
                and any(c.dep_ in SUBJECTS for c in x.children)):
            out |= set(ctx.subtree(x))
            prev = x.doc[min(out) - 1] if min(out) > 0 else None
            if prev is not None and prev.is_punct and prev.head.i == clause.i:
                out.add(prev.i)
    return out


def sibling_of(ctx, verb, cue_idx):
    """The outer cue verb whose subject a sibling cue (see :func:`sibling_cues`) shares."""
    h = verb.head
    if (verb.dep_ == "conj" and h.dep_ == "ccomp" and h.head.i in cue_idx and h.head.i != h.i
            and verb.i in sibling_cues(ctx, h, cue_idx)):
        return h.head
    if (verb.dep_ == "advcl" and h.dep_ == "ccomp" and h.head.i in cue_idx and h.head.i != h.i
            and verb.i in participle_cues(ctx, h, cue_idx)):
        return h.head
    return None
