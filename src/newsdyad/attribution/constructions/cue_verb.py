"""Cue verbs (lexicon VERB rows): SOURCE CUE (that) CONTENT, inversion, trailing attribution,
stance verbs, "told ADDRESSEE", and the direct quotations a cue verb claims.

    The minister said that the border would reopen.          cue_verb:say
    The border will reopen, the minister said.                cue_verb:say:trailing
    The farmers' union criticized the new tax.                stance_verb:criticize
    "We will win," she said.                                  quote_before_cue
    She said: "We will win the vote."                         quote_after_cue
    The paper quoted the general as saying the war was over.  quoted_as_saying (+ reported_by)
    The paper cited two officials as saying the ship had left.  quoted_as_saying (+ reported_by)
    The columnist writes:  (then a paragraph of her words)    cue_verb:write:block

Not this: "The delegates who pledged to vote met in Ohio" (a relative clause saying who
someone is), "Voters can vote for anyone" (a rule, not a preference), "The dam is considered
unsafe" (a passive view: ``passive_view``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ...wordlists import word_list
from ..frame import Frame, Reporter
from ..slots.addressee import addressee_of
from ..slots.content import (AS_VERBS, adjacent_quote, block_after_colon, closes_quotation_before, content_spans,
                             content_tokens, interrupted_lead, keep_to_paragraph, trailing_clause)
from ..slots.cue import cue_lemma, cue_spans_of, verb_cue_candidates
from ..slots.source import NOT_SAYING, Draft, find_source
from ..syntax import (FIRST_SECOND_PERSON, ISSUING_VERBS, PASSIVE_VIEW_VERBS, RELATIVE, SUBJECTS, VAGUE_SOURCES,
                      main_verb_as_participle, span_without)

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('cue_verb', 'stance_verb', 'quote_before_cue', 'quote_after_cue', 'quoted_as_saying')

# verbs that in a "who ..." clause mostly describe the person rather than report a view
WEAK_IN_RELATIVE = word_list("weak_in_relative")

# "is focused on", "is aimed at": passives that name a state, not somebody's stance
STATE_PASSIVES = word_list("state_passives")

# "voters can vote for the candidate of their choice": a rule, not a preference
RULE_MODALS = word_list("rule_modals")


# verbs whose object is quoted "as saying" something (the subject is the reporter)
QUOTING_VERBS = ("quote", "cite")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """Every cue-verb attribution of the document, in text order (see the module docstring)."""
    candidates = verb_cue_candidates(ctx)
    cue_idx = {t.i for t in candidates if t.pos_ in ("VERB", "AUX")}
    for tok in candidates:
        lemma = cue_lemma(ctx, tok)
        if lemma == "accord" and tok.lower_ == "according":
            continue  # the according_to construction
        cue = ctx.lex.verbs.get(lemma)
        if cue is None or _not_a_cue(ctx, tok, lemma):
            continue
        idxs, more_cue = content_tokens(ctx, tok, cue, cue_idx)
        d = find_source(ctx, Draft(tok, cue, lemma, cue_idx, _clause_content(ctx, tok, idxs)))
        yield from _frames(ctx, d, more_cue)


def _not_a_cue(ctx, tok, lemma: str) -> bool:
    """A cue word that reports nothing here: "pledged delegates", "the statement issued",
    "The dam is considered unsafe" (a passive view), "delegates who pledged to ...", "offered
    his thoughts on ..." (the cue noun's frame), "voters can vote for ...", "pointed" without
    "out" or "to"."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
        return True
    if (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "nmod") and lemma not in ("quote",)
            and not main_verb_as_participle(tok)):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_ in NOT_SAYING:
        return True
    if (lemma in PASSIVE_VIEW_VERBS and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)):
        return True
    if tok.dep_ == "relcl" and lemma in WEAK_IN_RELATIVE and any(
            c.dep_ in SUBJECTS and c.lower_ in ("who", "that") for c in tok.children):
        return True
    if lemma in ISSUING_VERBS and any(c.dep_ == "dobj" and c.lemma_ in ctx.lex.nouns for c in tok.children):
        return True
    if lemma in QUOTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            g.dep_ == "pcomp" for g in c.children) for c in tok.children):
        return True  # "cited two officials as saying ...": the reporter of quoted_as_saying
    if lemma == "vote" and any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in tok.children):
        return True
    return lemma == "point" and not any((c.dep_ == "prt" and c.lower_ == "out")
                                        or (c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1)
                                        for c in tok.children)


def _clause_content(ctx, tok, idxs: list[int]) -> list[int]:
    """The content tokens kept to the cue's paragraph, without a trailing "and" ("... about
    them and") and, before the cue, only after the last semicolon ("Most voters say they
    follow the race; 26 percent say they do not")."""
    doc, tok_quote = ctx.doc, ctx.qidx.tok_quote
    idxs = keep_to_paragraph(ctx, tok, idxs)
    while idxs and doc[idxs[-1]].dep_ == "cc" and tok_quote[idxs[-1]] < 0:
        idxs = idxs[:-1]
    if idxs and idxs[0] < tok.i and tok_quote[tok.i] < 0:
        semi = [i for i in range(idxs[0], tok.i) if doc[i].text == ";" and tok_quote[i] < 0]
        if semi:
            idxs = [i for i in idxs if i > semi[-1]]
    return idxs


def _quoted_as_saying(ctx, d) -> bool:
    """"The paper quoted (cited) the general as saying ...": the general is the source, the
    paper its reporter."""
    tok = d.tok
    if not (tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_ in QUOTING_VERBS):
        return False
    quoted = tok.head.head
    obj = next((c for c in quoted.children if c.dep_ == "dobj"), None)
    subj = next((c for c in quoted.children if c.dep_ in SUBJECTS), None)
    if obj is not None:
        d.source, d.source_head = span_without(ctx, obj, set())[0], obj.i
    if subj is not None:
        rspan, _ = span_without(ctx, subj, set())
        d.reporter = Reporter(rspan, subj.i, [(quoted.idx, quoted.idx + len(quoted.text))], "quoted_as_saying")
    return True


def _cue_on_following_participle(ctx, d) -> bool:
    """"''We will win,'' he said, not even suggesting ...": the parser hung the cue on the
    participle clause after it; the quotation before is what he said."""
    doc, tok, tok_quote = ctx.doc, d.tok, ctx.qidx.tok_quote
    return bool(d.idxs and d.source is not None and min(d.idxs) > tok.i and tok_quote[tok.i] < 0
                and tok.dep_ == "parataxis" and tok.head.tag_ == "VBG" and tok.head.i > tok.i
                and doc[d.source_head].head.i == tok.i and doc[d.source_head].dep_ in SUBJECTS
                and closes_quotation_before(ctx, d.source[0]))


def _frames(ctx, d, more_cue) -> list[Frame]:
    """The frame (or the block frame) of one cue verb whose source strategies have run."""
    doc, tok, tok_quote = ctx.doc, d.tok, ctx.qidx.tok_quote
    if tok_quote[tok.i] >= 0 and d.source_head is not None and doc[d.source_head].lower_ in FIRST_SECOND_PERSON:
        return []  # "I think", "you know" inside a quotation: the speaker's own words
    rule = "quoted_as_saying" if _quoted_as_saying(ctx, d) else "cue_verb"
    if _cue_on_following_participle(ctx, d):
        d.idxs = []
    addressee, addressee_head = addressee_of(ctx, tok, d.cue)
    extra: list[int] = []
    if not d.idxs:
        extra, block = _quotation_or_clause(ctx, d, addressee_head)
        if block is not None:
            return [Frame(kind="indirect", rule=f"cue_verb:{d.lemma}:block", cue=cue_spans_of(ctx, tok, more_cue),
                          cue_token=tok.i, content=[block], source=d.source, source_head=d.source_head,
                          addressee=addressee, addressee_head=addressee_head, reporter=d.reporter)]
        if extra:
            rule = "quote_" + ("before" if ctx.qidx.quotes[extra[0]].start < tok.idx else "after") + "_cue"
        elif not d.idxs:
            return []
    content, kind = _content(ctx, d, extra)
    if not content:
        return []
    if rule == "cue_verb":
        rule = f"cue_verb:{d.lemma}" + (":trailing" if content[0][0] < tok.idx else "")
    if d.source_head is not None and d.source[1] - d.source[0] <= 5 and (
            doc[d.source_head].lower_ in VAGUE_SOURCES or (doc[d.source_head].lower_ == "half" and tok.tag_ == "VBG")):
        d.set_source(None, None)  # "this shows ...", "what matters ...", "half joking"
    if d.cue.cls == "stance":
        content = _stance_content(ctx, d, content)
        if content is None:
            return []
        rule = rule.replace("cue_verb", "stance_verb")
    return [Frame(kind=kind, rule=rule, cue=cue_spans_of(ctx, tok, more_cue), cue_token=tok.i,
                  content=content, source=d.source, source_head=d.source_head,
                  addressee=addressee, addressee_head=addressee_head, reporter=d.reporter)]


def _quotation_or_clause(ctx, d, addressee_head):
    """For a cue with no content in its parse: (the quotations right next to its clause, None),
    else the clause before it ('Bush lent money, documents show.': ``d.idxs`` set), else a
    block paragraph after "X writes:" ((), the block's span)."""
    doc, tok, tok_quote = ctx.doc, d.tok, ctx.qidx.tok_quote
    clause = [tok.i]
    if d.source_head is not None:
        clause += ctx.subtree(doc[d.source_head])
    if addressee_head is not None:
        clause += ctx.subtree(doc[addressee_head])
    # a quotation the parser hung on the subject ("“...,” Smith, 52, told ...") is not the clause
    if tok_quote[tok.i] < 0:
        clause = [i for i in clause if tok_quote[i] < 0 or i == tok.i] or [tok.i]
    left, right = doc[min(clause)], doc[max(clause)]
    extra = adjacent_quote(ctx, left.idx, right.idx + len(right.text))
    if extra:
        return extra, None
    d.idxs = trailing_clause(ctx, tok, d.source_head) if d.cue.cls != "stance" and d.lemma not in AS_VERBS else []
    if not d.idxs and d.cue.cls in ("speech", "report") and d.source is not None:
        return [], block_after_colon(ctx, right)
    return [], None


def _content(ctx, d, extra):
    """(content spans, kind) of the draft; an interrupted quotation's lead ('“The risk,” said
    Lee, “is ...”') joins a direct content; none for embedded-tweet markup ('author="..."')."""
    text, qidx, tok = ctx.text, ctx.qidx, d.tok
    content, kind = content_spans(ctx, d.idxs, extra, tok.idx)
    if not content or any('="' in text[a:b] for a, b in content):
        return [], kind
    if kind == "direct" and content[0][0] > tok.idx:
        after = qidx.quotes_overlapping(content[0][0], content[0][0] + 1)
        lead = interrupted_lead(ctx, after[0], min(tok.idx, d.source[0] if d.source else tok.idx)) \
            if after else None
        if lead is not None:
            content = list(qidx.quotes[lead].pieces) + content
    return content, kind


def _stance_content(ctx, d, content):
    """A stance needs a holder, except a passive one ("is accused of"), whose subject joins the
    content ("Roof is accused of X": Roof is in it); None when it is no attribution."""
    tok = d.tok
    if d.source is None and (d.lemma in STATE_PASSIVES
                             or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if d.source is None and subj is not None and subj.lower_ not in RELATIVE:
        extra_content, _ = content_spans(ctx, ctx.subtree(subj))
        content = sorted(set(content) | set(extra_content))
    return content
