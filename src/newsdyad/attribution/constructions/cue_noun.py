"""Cue nouns (lexicon NOUN rows): "her warning that prices would rise", "the senator's call for
talks", "Cruz won the endorsement of Gov. Lee", "His view is that the plan fails".  The source
is a possessive, a by/from phrase, the subject of an issuing verb ("offered his thoughts on"),
or the holder of the verb the noun is the object of.

    Her warning that prices would rise went unheeded.         cue_noun:warning

Not this: "The report that we read was long." (a relative clause, with no named holder).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..context import member
from ..frame import Frame
from ..lexicon import noun_cue_hashes
from ..slots.content import content_spans, keep_to_paragraph
from ..syntax import (EMPTY_SUBJECTS, ISSUING_VERBS, QUANTIFIERS, SUBJECTS, VAGUE_SOURCES, agentive_noun,
                      object_of, span_without)

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('cue_noun',)


# cue nouns that are an attribution even when nobody is named ("criticism of the plan", "calls for
# a recount"); for the rest ("a plan for", "the case for", "threats against") the holder must be named
UNOWNED_NOUN_CUES = word_list("unowned_noun_cues")


# verbs whose subject receives or meets the view the cue noun names ("won the endorsement of",
# "faced criticism", "rejected the claim that"), so the subject does not hold it
NOT_HOLDING_VERBS = word_list("not_holding_verbs")
HOLDER_ROLE_NOUNS = word_list("holder_role_nouns")


def _holder_of_noun(tok):
    """"Trump opened with a call for ...", "He avoided direct criticism of ...": the subject of
    the verb whose object (or "with"/"in" phrase) the cue noun is, when that verb does not
    make the subject a receiver of the view.  "raise" makes a person or group the holder
    ("Analysts are raising concerns that ...", ``holder_role_nouns``), not an act or a thing
    ("The ruling raised concerns that ..." has no holder)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "in") and head.head.pos_ == "VERB":
        verb = head.head
    elif tok.dep_ == "dobj" and head.pos_ == "VERB":
        verb = head
    else:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ in NOT_HOLDING_VERBS:
        return subj if verb.lemma_ == "raise" and _person_or_group(subj) else None
    if subj is None or subj.lower_ in EMPTY_SUBJECTS or subj.lower_ in ("which", "what"):
        return None
    if subj.pos_ == "PRON" or subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN":
        return subj
    return None


def _person_or_group(subj) -> bool:
    """A name or a role or group noun ("analysts", "the campaign"), not "it", "this" or a thing."""
    if subj is None:
        return False
    if subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN":
        return True
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in HOLDER_ROLE_NOUNS


# "won the endorsement of X", "has the support of X": the subject gets X's backing
BACKING_NOUNS = word_list("backing_nouns")


GETTING_VERBS = word_list("getting_verbs")


def _backer(ctx, tok):
    """(backer, its preposition, the backed's tokens) for a backing noun: "Cruz picked up the
    endorsement of Gov. Walker" (the subject of a getting verb is backed), "Clinton has strong
    support among black voters", "support for Sanders was strongest among white voters"
    ("among" names the backers); or None."""
    if tok.lemma_ not in BACKING_NOUNS:
        return None
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        if tok.dep_ == "dobj" and verb.lemma_ in GETTING_VERBS else None
    if subj is not None and (subj.lower_ in VAGUE_SOURCES or subj.lower_ in ("it", "there")):
        subj = None
    preps = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
    if tok.dep_ in ("nsubj", "dobj"):  # "support ... was strongest among", "has support in the state among"
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" and c.i > tok.i]
    among = next((c for c in preps if c.lower_ == "among"), None)
    of = next((c for c in preps if c.lower_ == "of"), None) if subj is not None else None
    prep = among or of
    p = object_of(prep, ("pobj",)) if prep is not None else None
    if p is None or not (p.pos_ in ("PROPN", "NUM") or agentive_noun(p) or p.lower_ in QUANTIFIERS):
        return None
    for_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i), None)
    backed = object_of(for_, ("pobj",)) if for_ is not None else None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if backed is not None:
        return p, prep, ctx.subtree(backed)
    if poss is not None and poss.lower_ not in ("its", "their"):
        return p, prep, [poss.i]
    if subj is not None:
        return p, prep, ctx.subtree(subj)
    return None


NOUN_CONTENT_PREPS = word_list("noun_content_preps")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """Cue nouns: "the claim that X", "his statement that X", "Graham's endorsement of Cruz",
    "a call for talks" (source from a possessive, a "by/from" phrase or the subject of
    "made/issued ..."), and "Her view is that X" (content = the complement of "be")."""
    lex = ctx.lex
    arr = ctx.lemma_lower
    hashes = noun_cue_hashes()
    for tok in ctx.tokens_where(member(arr[:, 0], hashes) | member(arr[:, 1], hashes)):
        cue = lex.nouns.get(tok.lemma_) or lex.nouns.get(tok.lower_)
        if cue is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX") \
                and tok.head.head.lemma_ in lex.verbs:
            continue  # "said in a statement": part of the verb's cue
        frame = _noun_frame(ctx, tok, cue)
        if frame is not None:
            yield frame


def _that_clause_of(ctx, tok, cue) -> tuple[list[int], bool]:
    """(tokens of the noun's that-clause, whether the parser made it a relative clause):
    "the claim that X", "his observation that the sides agreed" (parsed as a relative clause)."""
    doc = ctx.doc
    for c in tok.children:
        if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX", "ADJ") and \
                any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children):
            return ctx.subtree(c), False
        if (c.dep_ == "relcl" and c.pos_ == "VERB" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that"
                and doc[tok.i + 1].head.i == c.i and doc[tok.i + 1].dep_ in ("dobj", "mark")
                and any(x.dep_ in SUBJECTS for x in c.children) and cue.cls != "stance"):
            return ctx.subtree(c), True
    return [], False


def _noun_source(ctx, tok, idxs, relative):
    """(source, head, content tokens, extra cue tokens): a possessive or a by/from phrase
    ("the senator's call", "a warning from the agency"), the backer of a backing noun ("won
    the endorsement of X": X endorses the subject), the subject of an issuing verb ("Smith
    offered his thoughts"), or the holder of the verb the noun is the object of."""
    doc = ctx.doc
    source = source_head = None
    more: list = []
    for c in tok.children:
        if c.dep_ == "poss":
            source, _ = span_without(ctx, c, set())
            source_head = c.i
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i:
            p = object_of(c, ("pobj",))
            if p is not None and p.pos_ in ("PROPN", "NOUN", "PRON"):
                source, _ = span_without(ctx, p, set())
                source_head = p.i
    if source is None and not idxs:
        backer = _backer(ctx, tok)
        if backer is not None:
            p, prep, idxs = backer
            source, _ = span_without(ctx, p, set())
            source_head = p.i
            more = [prep] if prep.head.i == tok.i else []
    if (source is None or (source_head is not None and doc[source_head].pos_ == "PRON")) \
            and tok.dep_ == "dobj" and tok.head.lemma_ in ISSUING_VERBS:
        subj = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            source, _ = span_without(ctx, subj, set())
            source_head = subj.i
            more = [tok.head]
    if source is None and not relative:
        holder = _holder_of_noun(tok)
        if holder is not None:
            source, _ = span_without(ctx, holder, set())
            source_head = holder.i
    return source, source_head, idxs, more


def _noun_content(ctx, tok, cue, source, more):
    """(content tokens, extra cue tokens) of a noun with no that-clause: "Her view is that X"
    (the complement of "be"), "offered his thoughts on the budget" (the parser hangs the
    phrase on the verb), "criticism of the plan", "the proposal to ban X"."""
    if tok.dep_ in ("nsubj",) and tok.head.lemma_ == "be":
        comp = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i), None)
        if comp is not None:
            return ctx.subtree(comp), [tok.head]
    if cue.obj and source is not None and tok.dep_ == "dobj" and tok.head.lemma_ in ISSUING_VERBS:
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS and c.i == max(ctx.subtree(tok)) + 1:
                p = object_of(c)
                if p is not None and p.ent_type_ not in ("DATE", "TIME"):
                    return ctx.subtree(p), [x for x in more if x.i != tok.head.i] + [tok.head, c]
    if cue.obj and (source is not None or cue.lemma in UNOWNED_NOUN_CUES):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS and c.i > tok.i:
                p = object_of(c)
                if p is not None:
                    return ctx.subtree(p), more + [c]  # "made the case for": the issuing verb stays in the cue
            if c.dep_ == "acl" and c.i > tok.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                return ctx.subtree(c), more
    return [], more


def _noun_frame(ctx, tok, cue) -> Frame | None:
    """The frame of one cue noun, or None ("the report that we read": a relative clause with
    no holder)."""
    idxs, relative = _that_clause_of(ctx, tok, cue)
    source, source_head, idxs, more = _noun_source(ctx, tok, idxs, relative)
    if not idxs:
        idxs, more = _noun_content(ctx, tok, cue, source, more)
    if not idxs or (relative and source is None):
        return None
    idxs = keep_to_paragraph(ctx, tok, idxs)
    content, kind = content_spans(ctx, idxs, (), tok.idx)
    if not content:
        return None
    cue_toks = sorted([tok, *more], key=lambda t: t.i)
    return Frame(kind=kind, rule=f"cue_noun:{cue.lemma}", cue=[(t.idx, t.idx + len(t.text)) for t in cue_toks],
                 cue_token=tok.i, content=content, source=source, source_head=source_head)
