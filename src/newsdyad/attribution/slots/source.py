"""The source of a cue verb: the parse's subject and, in order, the repairs for the parser's
slips.

``SOURCE_STRATEGIES`` run in order over a :class:`Draft` (the cue's source and content tokens):
an asked participle's asker, the subject, a speaker outside a quotation the parser tangled with
the subject, then, while there is still no source, a name after the quotation, a speaker after
the cue, a noun phrase before the cue; last, the subject taken back out of the content.
``source_of`` finds the subject, climbing through clauses by ``CLIMB_STRATEGIES`` ("The mayor
paused, then revealed ...": the mayor revealed it).

Not this: "The plan was reported." has no source (a passive with no "by" phrase).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Span
from ...wordlists import word_list
from ..frame import Reporter
from ..spans import tokens_span, trim_tokens
from ..syntax import (EMPTY_SUBJECTS, FINITE_TAGS, ISSUED_NOUNS, NP_INSIDE_DEPS, PASSIVE_SUBJECTS,
                      QUANTIFIERS, RELATIVE, SUBJECTS, agentive_noun, clause_root_before,
                      main_verb_as_participle, object_of, opens_clause, quoted_by, span_without, strip_span)
from .clauses import conj_phrase_before, sibling_of

ASKED_CLAUSE_MARKS = word_list("asked_clause_marks")  # "When asked about it, ..."
CLAUSE_BREAK_WORDS = word_list("clause_break_words")  # "..., but Lee, later alleging ..."


# "forced Clinton to distance herself", "prompting them to focus on": the object does the infinitive
OBJECT_CONTROL = word_list("object_control")


# "helped to promote", "persuaded him to back": whose stance the infinitive is, is unclear
OTHERS_XCOMP = word_list("others_xcomp")


EVIDENCE_VERBS = word_list("evidence_verbs")  # "polls showing ..."


NOT_SAYING = word_list("not_saying")


def _for_subject(ctx, verb):
    """"It is common for news accounts to portray X", "time for Cruz to build bridges": the
    object of the "for" right before an infinitive is who does it."""
    doc = verb.doc
    if verb.tag_ != "VB":
        return None
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in ("advmod", "neg") and doc[k].head.i == verb.i:
        k -= 1
    if k < 2 or doc[k].lower_ != "to":
        return None
    for t in doc[max(0, k - 10):k]:
        if t.lower_ == "for" and t.dep_ in ("prep", "mark"):
            p = next((c for c in t.children if c.dep_ in ("pobj", "nsubj")), None)
            if p is None and t.dep_ == "mark":
                p = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if p is not None and p.pos_ in ("NOUN", "PROPN", "PRON") and max(ctx.subtree(p)) == k - 1:
                return p
    return None


def _nearest_subject(ctx, verb, head, quote_of):
    """The subject of ``head`` nearest it and outside quotations ("12:15 p.m.:\n\nObama says":
    the parser gives two; '"Meh," wrote a supporter': it gives "Meh" too), else the "by"
    agent of a passive, else the passive subject of a clause a participle hangs on ("she was
    suspended after slamming ...": she did the slamming).  ("nobody", None) for another
    passive, None when there is no subject at all."""
    subj = min((c for c in head.children if c.dep_ in SUBJECTS),
               key=lambda c: (quote_of(c) >= 0 and quote_of(c) != quote_of(verb), abs(c.i - head.i)),
               default=None)
    if subj is not None:
        return "subject", name_before_aside(head, subj, quote_of)
    passive = next((c for c in head.children if c.dep_ in PASSIVE_SUBJECTS), None)
    agent = next((c for c in head.children if c.dep_ == "agent"), None)
    if agent is not None:
        subj = object_of(agent, ("pobj",))
        return ("subject", subj) if subj is not None else None
    if passive is not None and head.i != verb.i and verb.tag_ == "VBG" and head.i < verb.i:
        return "subject", passive
    if passive is not None:
        return "nobody", None
    return None


ASIDE_MARKS = ("—", "–", ",")


def _a_name(tok) -> bool:
    """Is ``tok`` a name (the tagger may call a name at the start of a sentence an interjection)?"""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
        tok.tag_ == "UH" and tok.text[:1].isupper() and tok.text[1:].islower())


def name_before_aside(head, subj, quote_of):
    """The name a role or a phrase set off after it belongs to, when the parser made the role
    the subject: "Ana Ruiz — leader of the farmers' league — said ..." (two subjects: the
    name speaks, not "leader"), "Ruiz, in an interview with the morning show, said ..." (the
    name hangs at the start of the sentence, the subject the parser found is "show").  Else
    ``subj``.  Not this: "Ruiz's aide said ..." (one subject), "On Monday, the mayor said ..."
    (no name before the opener), "Ruiz, the mayor and the judge said ..." (a list)."""
    if subj.pos_ != "NOUN":
        return subj
    doc = subj.doc
    first = min(t.i for t in subj.subtree if not t.is_punct)
    for c in head.children:
        if c.i >= first or quote_of(c) >= 0 or not _a_name(c) or c.i + 2 >= len(doc):
            continue
        if c.dep_ in SUBJECTS and first == c.i + 2 and doc[c.i + 1].text in ASIDE_MARKS[:2] \
                and max(t.i for t in c.subtree if not t.is_punct) == c.i:
            return c  # "NAME — role — said"
        if c.dep_ in ("dep", "intj", "npadvmod") and c.i == subj.sent.start and doc[c.i + 1].text == "," \
                and doc[c.i + 2].pos_ == "ADP" and doc[first - 1].pos_ in ("ADP", "DET", "PUNCT", "ADJ", "PROPN"):
            return c  # "NAME, in an interview with the show, said"
    return subj


def _hanging_name_aside(ctx, subj) -> set[int]:
    """The opener after a name the parser hung at the start of the sentence ("Ruiz, in an
    interview with the show, said": the source is "Ruiz", see :func:`name_before_aside`).
    Not this: a subject's own apposition ("Ruiz, the mayor, said" keeps its role)."""
    doc = subj.doc
    if subj.dep_ not in ("dep", "intj", "npadvmod") or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return set()
    return {i for i in ctx.subtree(subj) if i > subj.i}


def issuer_of_statement(ctx, verb, head):
    """"The party released a statement apologizing ...": the issuer of the statement speaks."""
    if (head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lemma_ in ISSUED_NOUNS
            and head.head.dep_ in ("dobj", "pobj") and head.head.i != head.head.head.i):
        return "climb", head.head.head
    return None


def holder_of_infinitive(ctx, verb, head):
    """"She held a briefing to boast ...", "He had nothing to say about it": the holder speaks."""
    if (head.dep_ == "acl" and head.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in head.children)
            and head.head.dep_ in ("dobj", "attr") and head.head.head.pos_ in ("VERB", "AUX")):
        return "climb", head.head.head
    return None


def doer_of_participle(ctx, verb, head):
    """"He launched an attack labeling them liars", "at a rally blasting the plan": the
    participle on a non-agent noun is the doer's, the subject of the verb the noun hangs on
    (but "polls showing ...": the poll shows it)."""
    if (head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN" and not agentive_noun(head.head)
            and not (head.i == verb.i and head.lemma_ in EVIDENCE_VERBS)):
        noun = head.head
        gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if gov.pos_ in ("VERB", "AUX") and gov.i != noun.i and noun.dep_ in ("dobj", "pobj", "attr", "npadvmod"):
            return "climb", gov
    return None


def relative_antecedent(ctx, verb, head):
    """"officials saying the dam held", "the paper, which reported ...": the noun a relative
    clause or participle modifies."""
    if ((head.dep_ == "relcl" or (head.dep_ == "acl" and (head.tag_ == "VBG" or main_verb_as_participle(head))))
            and head.head.pos_ in ("NOUN", "PROPN", "PRON")):
        return "subject", head.head
    return None


def controlling_object(ctx, verb, head):
    """"The vote forced Ortiz to distance herself", "leaving many to wonder": the object of an
    object-control verb does the infinitive."""
    if head.dep_ == "xcomp" and head.head.lemma_ in OBJECT_CONTROL:
        obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
        if obj is not None and (obj.pos_ in ("PRON", "PROPN", "NOUN", "NUM") or obj.lower_ in QUANTIFIERS):
            return "subject", obj
    return None


def wanting_not_saying(ctx, verb, head):
    """"She wants to support the plan": the wanting is the attribution, so a non-speech cue
    under a cue (or under "helped to", "persuaded him to") gets no source of its own."""
    verbs = ctx.lex.verbs
    if (head.dep_ == "xcomp" and verbs.get(verb.lemma_) is not None and verbs[verb.lemma_].cls != "speech"
            and (head.head.lemma_ in verbs or head.head.lemma_ in NOT_SAYING or head.head.lemma_ in OTHERS_XCOMP)):
        return "nobody", None
    return None


def enclosing_clause(ctx, verb, head):
    """"The mayor paused, then revealed ...", "was quick to embrace ...": a coordinated,
    infinitival or adverbial clause takes the subject of the clause it hangs on."""
    if head.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "acomp", "dep") and head.head.i != head.i:
        return "climb", head.head
    return None


# when the cue's clause has no subject, in order: climb to another clause or take a word as the subject
CLIMB_STRATEGIES = (issuer_of_statement, holder_of_infinitive, doer_of_participle, relative_antecedent,
                    controlling_object, wanting_not_saying, enclosing_clause)


def _subject_of(ctx, verb, head, quote_of):
    """(the subject token, the clause head it was found on), climbing at most four clauses
    by ``CLIMB_STRATEGIES``; (None, head) when nobody is named."""
    for _ in range(4):
        found = _nearest_subject(ctx, verb, head, quote_of)
        if found is None:
            found = next((r for r in (s(ctx, verb, head) for s in CLIMB_STRATEGIES) if r is not None), ("nobody", None))
        what, tok = found
        if what == "climb":
            head = tok
            continue
        return tok, head
    return None, head


def source_of(ctx, verb, cue_idx: set[int], quotes: bool = False):
    """(source span, head token index, reporter) for a cue verb, or (None, None, None): the
    doer of "for X to VERB", else the subject of its clause (:func:`_subject_of`), as a span
    (:func:`_subject_span`).  ``quotes``: prefer a subject outside quotations."""
    text, qidx = ctx.text, ctx.qidx
    quote_of = (lambda t: qidx.tok_quote[t.i]) if quotes else (lambda t: -1)
    doer = _for_subject(ctx, verb)
    if doer is not None and not any(c.dep_ in SUBJECTS for c in verb.children):
        span, _ = span_without(ctx, doer, set())
        return strip_span(text, span), doer.i, None  # "it is common for news accounts to portray ..."
    subj, head = _subject_of(ctx, verb, sibling_of(ctx, verb, cue_idx) or verb, quote_of)
    if subj is None:
        return None, None, None
    if subj.lower_ == "it" and head.i != verb.i and head.lemma_ in ("be", "mean"):
        return None, None, None  # "it is worth remembering that", "It means acknowledging": nobody
    if subj.lower_ in RELATIVE and head.dep_ == "relcl":
        if subj.lower_ == "that" and head.head.pos_ in ("NOUN", "PROPN"):
            # "a report that suggested ...": the antecedent is the source
            span, _ = span_without(ctx, head.head, set(ctx.subtree(head)))
            return strip_span(text, span), head.head.i, None
        # "Smith, who said ...": PolNeAR marks the relative pronoun as the source; the antecedent names the actor
        return (subj.idx, subj.idx + len(subj.text)), head.head.i, None
    return _subject_span(ctx, verb, subj, cue_idx)


def _speaking_aside(ctx, subj) -> set[int]:
    """The tokens of a participle of speaking set off by commas after the subject ("Sudani,
    posting on X, called ...", "Lee, speaking to reporters, said ..."): how the source spoke,
    not who it is.  Not this: "Lee, a lawyer, said", "residents living near the dam said"."""
    doc = ctx.doc
    out: set[int] = set()
    idxs = ctx.subtree(subj)
    if idxs[-1] <= subj.i + 1 or "," not in ctx.text[subj.idx:doc[idxs[-1]].idx]:
        return out  # (most subjects hold no comma after their head: no token is built for them)
    for t in subj.subtree:  # (the parser may hang it on the comma: "Sudani , posting")
        if t.tag_ != "VBG" or t.i <= subj.i or t.dep_ not in ("acl", "prep", "advcl") or not (
                t.head.i == subj.i or (t.head.is_punct and t.head.head.i == subj.i)):
            continue  # (not "Lee, a lawyer writing for the paper": that describes the lawyer)
        entry = ctx.lex.verbs.get(t.lemma_.lower())
        left, right = t.left_edge.i, t.right_edge.i
        close = right if doc[right].text == "," else right + 1  # (the closing comma may hang on it)
        if (entry is not None and entry.cls == "speech" and left > 0 and doc[left - 1].text == ","
                and close < len(doc) and doc[close].text == ","):
            out |= set(range(left - 1, close + 1))
    return out


def _subject_span(ctx, verb, subj, cue_idx):
    """(span, head, reporter) of a subject: without a "quoted by Y" participle (Y becomes the
    reporter), a relative clause holding the cue, a dateline or an earlier paragraph; or the
    name the parser hung on a participle's object ("One pastor supporting the plan, Dan Whit
    of Marion, said")."""
    doc, text = ctx.doc, ctx.text
    drop: set[int] = set()
    reporter = None
    qb = quoted_by(subj)
    if qb is not None:
        quoted, by, pobj = qb
        drop |= set(ctx.subtree(quoted))
        rspan, _ = span_without(ctx, pobj, set())
        reporter = Reporter(rspan, pobj.i, [(quoted.idx, by.idx + len(by.text))], "quoted_by")
    for t in subj.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != subj.i and any(x.i in cue_idx or x.i == verb.i for x in t.subtree):
            drop |= {x.i for x in t.subtree}
            name = next((a for a in t.subtree if a.dep_ == "appos" and a.pos_ == "PROPN"
                         and a.ent_type_ in ("PERSON", "") and a.i > t.i
                         and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ","
                         and verb.i not in set(ctx.subtree(a))), None)
            if name is not None and verb.i > max(ctx.subtree(name)):
                span, _ = span_without(ctx, name, set())
                return strip_span(text, span), name.i, None
    if verb.i in set(ctx.subtree(subj)):
        drop |= {i for i in ctx.subtree(verb) if i != subj.i}
    drop |= _speaking_aside(ctx, subj) | _hanging_name_aside(ctx, subj)
    span, _ = span_without(ctx, subj, drop)
    cut = text.rfind("\n", span[0], subj.idx)
    if cut >= 0:  # a dateline or a previous paragraph is not part of the source
        span = (cut + 1 + len(text[cut + 1:subj.idx]) - len(text[cut + 1:subj.idx].lstrip()), span[1])
    span = strip_span(text, span)
    return span, subj.i, reporter


_AFTER_QUOTE = re.compile(r"[\s,]*")


def name_after_quote(ctx, verb) -> tuple[Span | None, int | None]:
    """'“Yes,” Jane Roe, a lawyer in Ohio, tells the paper': the parser hung the name on the
    quotation and left the verb without a subject.  The words between the closing quotation
    mark and the verb, when they start with a name and hold no verb, are the source."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    k = verb.i - 1
    while k >= 0 and qidx.tok_quote[k] < 0 and verb.i - k <= 16:
        k -= 1
    if k < 0 or qidx.tok_quote[k] < 0 or verb.i - k > 16:
        return None, None
    start = _AFTER_QUOTE.match(text, doc[k].idx + len(doc[k].text)).end()
    words = [t for t in doc[k + 1:verb.i] if t.idx >= start and not t.is_space]
    aside = bool(words) and words[-1].text == ","
    while words and words[-1].is_punct:
        words.pop()
    if aside and any(t.pos_ in ("VERB", "AUX") for t in words):
        # '“...,” Ana Ruiz, half joking, said': the name, then an aside between commas
        comma = next((n for n, t in enumerate(words) if t.text == ","), None)
        if comma is not None:
            words = words[:comma]
    if not words or words[0].pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or "\n" in text[start:verb.idx]:
        return None, None
    head = words[0]
    for t in words[1:]:
        if t.pos_ != "PROPN":
            break
        head = t
    return (words[0].idx, words[-1].idx + len(words[-1].text)), head.i


def inverted_speaker(ctx, verb) -> list[int]:
    """'“...,” added another Ohio Republican.', '“...,” said Ana Ruiz, an economist who ...':
    right after a quotation, the noun phrase after a subjectless cue verb is its speaker,
    whatever the parser made of it (an object, or the subject of the next clause).
    Its tokens, or []."""
    doc, qidx = ctx.doc, ctx.qidx
    k = verb.i - 1
    while k >= 0 and (doc[k].text in (",", "—", "–") or doc[k].is_space):
        k -= 1
    if (k < 0 or qidx.tok_quote[k] < 0 or verb.i + 1 >= len(doc)
            or any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS for c in verb.children)):
        return []
    head = doc[verb.i + 1]
    while head.dep_ in NP_INSIDE_DEPS and head.head.i > head.i:
        head = head.head
    if head.i == verb.i or head.pos_ not in ("PROPN", "NOUN") or qidx.tok_quote[head.i] >= 0:
        return []
    idxs = ctx.subtree(head)
    if verb.i in idxs or min(idxs) != verb.i + 1:
        return []
    out = []
    for i in idxs:  # up to a quotation or a paragraph break
        if qidx.tok_quote[i] >= 0 or "\n" in doc[i].text or (out and i != out[-1] + 1):
            break
        out.append(i)
    while out and (doc[out[-1]].is_punct or doc[out[-1]].dep_ == "cc"):
        out.pop()
    return out


def phrase_before(ctx, verb) -> list[int]:
    """"Senator Harry Reid, the minority leader, said ...", "About 4 in 10 say ...": a finite
    cue verb the parser left without a subject, right after a noun phrase that starts its
    clause.  The phrase's tokens, or [] when the words before the verb are not one."""
    doc, qidx = ctx.doc, ctx.qidx
    if verb.tag_ not in FINITE_TAGS:
        return []
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("advmod", "aux", "neg") and doc[i].head.i == verb.i and not doc[i].is_punct:
        i -= 1
    while i >= 0 and (doc[i].is_space or doc[i].text == ","):
        i -= 1
    if i < 0 or qidx.tok_quote[i] >= 0 or doc[i].pos_ not in ("PROPN", "NOUN", "PRON", "NUM"):
        return []
    sent_start = verb.sent.start
    j = i
    while j > sent_start:
        prev = doc[j - 1]
        if prev.is_space or prev.text in ("\n", ".", ";", ":", "—", "–") or qidx.tok_quote[prev.i] >= 0:
            break
        if prev.pos_ in ("VERB", "AUX") and prev.dep_ not in ("amod", "compound", "acl", "relcl"):
            return _after_last_comma(ctx, prev.i + 1, i)  # a clause of its own: not one noun phrase
        j -= 1
    toks = [t for t in doc[j:i + 1] if not t.is_space]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks.pop(0)
    if toks and (toks[0].pos_ in ("ADP", "SCONJ") or len(toks) > 25 or any(t.dep_ == "mark" for t in toks)):
        # "In an interview with NBC, the candidate stated ...": the phrase after the opener
        return _after_last_comma(ctx, toks[0].i, i)
    if not toks or "\n" in doc[j:i + 1].text.strip():
        return []
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") for t in toks) and not any(
            t.text == "," for t in toks):
        return []
    return [t.i for t in toks]


def _after_last_comma(ctx, start: int, end: int) -> list[int]:
    """The noun phrase between the last comma in doc[start:end + 1] and ``end`` (a name, a role
    or a pronoun, without a verb), with a name before it in commas when it is that name's role
    ("..., Pat Kennedy, the undersecretary for management, wrote"); or []."""
    doc = ctx.doc
    commas = [k for k in range(start, end + 1) if doc[k].text == ","]
    if not commas:
        return []

    def phrase(a: int, b: int, most: int = 8) -> list:
        toks = [t for t in doc[a:b + 1] if not t.is_space]
        if (not 1 <= len(toks) <= most or toks[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON")
                or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ("(", ")", ",") for t in toks)):
            return []
        return toks

    last = phrase(commas[-1] + 1, end)
    if not last:
        return _long_role_after_name(doc, commas, end, phrase)
    if len(commas) >= 2 and last[0].pos_ != "PROPN":
        name = phrase(commas[-2] + 1, commas[-1] - 1)
        if name and name[0].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "PUNCT") for t in name):
            return [t.i for t in name] + [commas[-1]] + [t.i for t in last]
    if not any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP") or agentive_noun(t)
               for t in last):
        return []
    return [t.i for t in last]


def _long_role_after_name(doc, commas: list[int], end: int, phrase) -> list[int]:
    """A name in commas and a role of up to 16 words after it, when the role is too long for
    one plain noun phrase ("..., Ana Ruiz, coordinator for the farmers' league in the north of
    Ohio, says"): the name, its comma and the role; or [].  Not this: "..., the coordinator for
    the farmers' league in the north of Ohio says" (no name before the role), a role that
    starts with a name (a second name is not a role)."""
    if len(commas) < 2 or doc[commas[-1] + 1].pos_ == "PROPN":
        return []
    role = phrase(commas[-1] + 1, end, 16)
    name = phrase(commas[-2] + 1, commas[-1] - 1)
    if not role or not name or name[0].pos_ != "PROPN" or not all(t.pos_ in ("PROPN", "PUNCT") for t in name):
        return []
    return [t.i for t in name] + [commas[-1]] + [t.i for t in role]


def subject_in_content(ctx, verb, idxs: list[int]) -> list[int]:
    """'Trump, later alleging that ..., said he would ...': a finite cue verb with a clause
    after it whose parse also swallowed the words before it.  Those words, from the last
    clause break ("but", ";"), are the subject."""
    doc, qidx = ctx.doc, ctx.qidx
    if verb.tag_ not in FINITE_TAGS:
        return []
    pre = sorted(i for i in idxs if i < verb.i)
    if not pre or not any(i > verb.i for i in idxs) or any(qidx.tok_quote[i] >= 0 for i in pre):
        return []
    if any(not (doc[k].is_punct or doc[k].is_space or doc[k].pos_ == "ADV") for k in range(pre[-1] + 1, verb.i)):
        return []  # the words before are not right before the verb
    start = 0
    for n, i in enumerate(pre):
        if doc[i].lower_ in CLAUSE_BREAK_WORDS and doc[i].dep_ in ("cc", "punct"):
            start = n + 1
    pre = trim_tokens(doc, pre[start:])
    if not pre or len(pre) > 40 or doc[pre[0]].pos_ not in ("PROPN", "NOUN", "DET", "PRON", "ADJ", "NUM"):
        return []
    return pre


def subject_of_clause_before(ctx, verb):
    """'X did Y, telling the crowd, “...”' when the parser hung the participle on the quoted
    clause: the subject of the clause that ends right before the participle's comma."""
    doc, qidx = ctx.doc, ctx.qidx
    k = verb.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k < 0 or qidx.tok_quote[k] >= 0 or doc[k].sent.start != verb.sent.start:
        return None
    root = clause_root_before(ctx, k, verb.i)
    subj = next((c for c in root.children if c.dep_ in SUBJECTS and qidx.tok_quote[c.i] < 0), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in EMPTY_SUBJECTS:
        return None
    return subj


@dataclass
class Draft:
    """A cue verb's source and content tokens while the source strategies repair them
    (a work sheet for one cue, not a result: the construction turns it into a Frame)."""

    tok: object  # the cue verb
    cue: object  # its lexicon entry
    lemma: str
    cue_idx: frozenset | set  # the document's cue-verb token indices
    idxs: list[int]  # the content tokens
    source: Span | None = None
    source_head: int | None = None
    reporter: object = None
    asked: bool = False  # an "Asked if ..." participle: nobody, or the asker, is the source

    def set_source(self, span, head, reporter=None) -> None:
        """Take (span, head token, reporter) as the source."""
        self.source, self.source_head, self.reporter = span, head, reporter


def asked_participle(ctx, d: Draft) -> None:
    """"Asked if he would run, the mayor smiled", "When asked about it, ...": a participle
    opening its clause names nobody, unless a "by" phrase names the asker ("Asked by Lee if
    ..."): Lee asked."""
    tok = d.tok
    if not (tok.tag_ == "VBN" and (any(c.lower_ in ASKED_CLAUSE_MARKS and c.i < tok.i
                                       for c in tok.children)
                                   or (tok.dep_ in ("advcl", "ROOT") and opens_clause(tok)))
            and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "aux" for c in tok.children)):
        return
    d.asked = True
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    asker = object_of(agent, ("pobj",)) if agent is not None else None
    if asker is not None and asker.pos_ in ("PROPN", "NOUN", "PRON"):
        d.set_source(span_without(ctx, asker, set())[0], asker.i)
        d.idxs = [i for i in d.idxs if i not in set(ctx.subtree(agent))]


def subject(ctx, d: Draft) -> None:
    """"The minister said ...": the subject of the cue verb, climbing through coordinated,
    infinitival and participial clauses (:func:`source_of`)."""
    if not d.asked:
        d.set_source(*source_of(ctx, d.tok, d.cue_idx, quotes=True))


def speaker_outside_quotation(ctx, d: Draft) -> None:
    """'“We were wrong,” Ramos, 58, told the paper': the parser joined the cue to the quoted
    clause, whose subject is no speaker: the name after the quotation is the source; or the
    subject of a cue the parser hung on this one ('“...,” he said, not even suggesting X': he
    suggests X); or the subject of the clause before a participle ('Lee seemed ready to joke,
    telling the crowd, “...”')."""
    tok, doc, tok_quote = d.tok, ctx.doc, ctx.qidx.tok_quote
    h = d.source_head
    if d.asked or h is None or tok_quote[h] < 0 or tok_quote[tok.i] >= 0 or doc[h].head.i == tok.i:
        return
    alt, alt_head = name_after_quote(ctx, tok)
    said = next((c for c in tok.children if c.dep_ == "parataxis" and c.lemma_ in ctx.lex.verbs
                 and tok_quote[c.i] < 0 and c.i < tok.i), None)
    subj = next((c for c in said.children if c.dep_ in SUBJECTS), None) if said is not None else None
    if alt is not None:
        d.set_source(alt, alt_head)
        d.idxs = [i for i in d.idxs if tok_quote[i] >= 0]  # the quotation is what was said
    elif subj is not None:
        d.set_source(span_without(ctx, subj, set())[0], subj.i)
        d.idxs = [i for i in d.idxs if i > tok.i]
    elif tok.tag_ == "VBG" and tok_quote[tok.head.i] >= 0:
        before = subject_of_clause_before(ctx, tok)
        if before is not None:
            d.set_source(span_without(ctx, before, set())[0], before.i)


def quotation_off_the_subject(ctx, d: Draft) -> None:
    """'“We will stay,” Ortiz, 52, told the paper': the parser hung the quotation on the
    subject; the source is the subject without it.  Not this: 'Ortiz, who called the plan
    “a disgrace,” told the paper': a quotation after the subject's head is part of how the
    source is described, and the span is not cut at its opening mark."""
    doc, tok_quote, h = ctx.doc, ctx.qidx.tok_quote, d.source_head
    if h is None or tok_quote[h] >= 0 or not any(tok_quote[i] >= 0 for i in ctx.subtree(doc[h]) if i < h):
        return
    own = set(ctx.subtree(d.tok)) if main_verb_as_participle(d.tok) else set()
    span, _ = span_without(ctx, doc[h], {t.i for t in doc[h].subtree if tok_quote[t.i] >= 0 and t.i < h} | own)
    d.source = strip_span(ctx.text, span)


def name_after_quotation(ctx, d: Draft) -> None:
    """'“Yes,” Jane Roe, a lawyer, tells the paper': a subjectless cue after a quotation,
    with a name between them (see :func:`name_after_quote`)."""
    if d.source is not None or ctx.qidx.tok_quote[d.tok.i] >= 0:
        return
    d.source, d.source_head = name_after_quote(ctx, d.tok)
    if d.source is not None:  # the parser may have hung the name inside the quotation's clause
        s, e = d.source
        d.idxs = [i for i in d.idxs if not s <= ctx.doc[i].idx < e]


def speaker_after_cue(ctx, d: Draft) -> None:
    """'“We will stay,” added another farmer', '“Why?” asked the boy': the noun phrase after
    a subjectless cue right after a quotation (see :func:`inverted_speaker`); the quotation,
    not the words after the name, is the content."""
    tok, text = d.tok, ctx.text
    if d.source is not None or ctx.qidx.tok_quote[tok.i] >= 0:
        return
    if d.cue.addressee and not (d.lemma == "ask" and "?" in text[max(0, tok.idx - 6):tok.idx]):
        return
    who = inverted_speaker(ctx, tok)
    if who:
        doc = ctx.doc
        d.source = tokens_span(doc, who)
        d.source_head = next((i for i in who if doc[i].head.i not in set(who)), who[-1])
        d.idxs = []


def phrase_before_cue(ctx, d: Draft) -> None:
    """"About 4 in 10 say ...", "In an interview, the candidate stated ...": the noun phrase
    before a finite cue the parser left without a subject (:func:`phrase_before`); "... and
    one in four said" (:func:`conj_phrase_before`); 'Lee, later alleging that ..., said he
    ...' (:func:`subject_in_content`)."""
    tok = d.tok
    if d.source is not None or ctx.qidx.tok_quote[tok.i] >= 0:
        return
    left = phrase_before(ctx, tok)
    if left:
        drop = set(left)
        d.idxs = [i for i in d.idxs if i not in drop]
    else:
        left = conj_phrase_before(ctx, tok) if tok.dep_ == "ccomp" and tok.head.lemma_ == tok.lemma_ else []
        left = left or subject_in_content(ctx, tok, d.idxs)
        if left:
            d.idxs = [i for i in d.idxs if i > tok.i]  # what came before is the subject (or another clause)
    if left:
        d.source, d.source_head = tokens_span(ctx.doc, left), left[-1]


def subject_out_of_content(ctx, d: Draft) -> None:
    """"Ortiz, a farmer helping to organize it, said he ...": the parser put the subject in
    the content clause; it leaves the content.  When the source is inside the content after
    the cue ("As expected, the senator won"), there is no source."""
    h, tok = d.source_head, d.tok
    if h is None or not d.idxs or h not in set(d.idxs):
        return
    if h < tok.i and any(i > tok.i for i in d.idxs) and ctx.qidx.tok_quote[h] < 0:
        d.idxs = [i for i in d.idxs if i > tok.i]
    else:
        d.set_source(None, None)


# a cue verb's source, in order: the subject or an asked participle's asker, the repairs of
# a quotation the parser tangled with the subject, the fallbacks when there is still no source
# (each checks that itself), and the subject taken back out of the content
SOURCE_STRATEGIES = (asked_participle, subject, speaker_outside_quotation, quotation_off_the_subject,
                     name_after_quotation, speaker_after_cue, phrase_before_cue, subject_out_of_content)


def find_source(ctx, d: Draft) -> Draft:
    """Run ``SOURCE_STRATEGIES`` over the draft, in order."""
    for strategy in SOURCE_STRATEGIES:
        strategy(ctx, d)
    return d
