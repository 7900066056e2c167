"""A quotation no cue word claims, shown to be speech by its punctuation: '“...,” she boomed.'
(a short clause SUBJECT VERB after a quotation ending in a comma, ? or !), 'He boomed: “...”',
a clause ending in a colon before a quotation (the clause's verb is the cue), 'Ortiz shot
back, “...”' (a comma and a quotation ending the sentence), and '“...,” the two write.' where
the tagger took the cue verb for a noun.

    "Not on my watch," the mayor boomed.                      quote_speech_act:boom
    The governor summed up her demands: "More water, now."    quote_after_colon
    Ortiz shot back, "Not on my watch."                       quote_after_comma

Not this: '"Stop," a sign read near the gate' is read as speech too; a quotation after a
full stop ('The mayor left. "Not on my watch."') is not claimed here.
"""

from __future__ import annotations

from collections.abc import Iterator

from bisect import bisect_left

import re

from ..frame import Frame
from ..slots.content import GAP_OK, TRAILING_MARK
from ..slots.cue import cue_spans_of
from ..slots.source import source_of
from ..spans import claimed_quotes, tokens_span
from ..syntax import (EMPTY_SUBJECTS, STATEMENT_NOUNS, SUBJECTS, clause_root_before, object_of, span_without,
                      token_at)

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('quote_speech_act', 'quote_after_colon', 'quote_after_comma', 'quote_before_cue')


def _mistagged_trailing_cue(ctx, j: int):
    """'“...,” the two write.' / '... the editorial read.' / '... a voice-over in the ad
    states.': the tagger took the speech verb ending the short clause after a quotation for
    a noun.  (cue token, source token indices) when the clause is a noun phrase and a speech
    verb's form, up to the full stop; else None."""
    doc, lex = ctx.doc, ctx.lex
    k = j
    while k < len(doc) and k - j <= 9 and (not doc[k].is_punct or doc[k].tag_ == "HYPH") \
            and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k >= len(doc) or k - j < 2 or doc[k].text not in (".", "!") or k - j > 9:
        return None
    last = doc[k - 1]
    cue = lex.verbs.get(last.lemma_.lower()) or lex.verbs.get(last.lower_)
    if last.pos_ != "NOUN" or cue is None or cue.cls not in ("speech", "claim"):
        return None
    if last.lower_ not in (last.lemma_.lower(), last.lemma_.lower() + "s") and last.lower_ != "read":
        return None  # a verb form: "write", "states", "read"; not "statement"
    src = [i for i in range(j, k - 1) if not doc[i].is_space]
    if not src or doc[src[-1]].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
        return None
    return last, src


def _as_source(ctx, verb):
    """The clause's source, or the object the parser hung on its "as" ("As Tom Ridge put it:")."""
    source, source_head, _ = source_of(ctx, verb, set())
    if source is None or source_head > verb.i:
        source, source_head = None, None
        as_ = next((c for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < verb.i), None)
        obj = object_of(as_, ("pobj",)) if as_ is not None else None
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            source, _ = span_without(ctx, obj, set())
            source_head = obj.i
    return source, source_head


def find(ctx, earlier=()) -> Iterator[Frame]:
    """A quotation no cue word claims, introduced by a verb the lexicon does not list:
    '“...,” she confessed.' (the quotation ends in a comma, ? or !, and a short clause
    SUBJECT VERB ends the sentence) or 'He boomed: “...”' (SUBJECT VERB, then a colon
    and the quotation).  The punctuation is the evidence that the verb reports speech."""
    used = claimed_quotes(earlier, ctx.qidx)
    for qi, q in enumerate(ctx.qidx.quotes):
        if qi in used or q.words(ctx.text) < 2:
            continue
        frame = _quote_frame(ctx, q)
        if frame is not None:
            yield frame


def _quote_frame(ctx, q) -> Frame | None:
    """The frame of one unclaimed quotation: the first of a clause after it, a colon before
    it, a comma before it, that reads as its speaker's."""
    found = None
    if TRAILING_MARK.search(ctx.text[q.pieces[-1][0]:q.pieces[-1][1]]):
        found = _clause_after(ctx, q)
    k = None
    if found is None:
        k = next((t.i for t in reversed(ctx.doc[:max(0, token_at(ctx, q.start))]) if not t.is_space), None)
        found = _colon_before(ctx, q, k)
    if found is None and k is not None:
        found = _comma_before(ctx, q, k)
    if isinstance(found, Frame):
        return found
    verb = found
    if verb is None or verb.lemma_ in ctx.lex.verbs:
        return None
    source, source_head, _ = source_of(ctx, verb, set())
    if source is None:
        return None
    return Frame(kind="direct", rule=f"quote_speech_act:{verb.lemma_}", cue=cue_spans_of(ctx, verb),
                 cue_token=verb.i, content=list(q.pieces), source=source, source_head=source_head)


def _clause_after(ctx, q):
    """'“...,” she confessed.': the verb of a short SUBJECT VERB clause right after the
    quotation, or the frame of a speech verb the tagger took for a noun ('“...,” the two
    write.'); None."""
    doc, text, tok_quote = ctx.doc, ctx.text, ctx.qidx.tok_quote
    j = bisect_left(ctx.token_starts, q.end)
    if j >= len(doc) or "\n" in text[q.end:doc[j].idx]:
        return None
    cand = doc[j].head
    while cand.head.i != cand.i and cand.i >= j and cand.head.i >= j:
        cand = cand.head
    mistagged = _mistagged_trailing_cue(ctx, j)
    if mistagged is not None:
        cue_tok, src_toks = mistagged
        return Frame(kind="direct", rule=f"quote_before_cue:{cue_tok.lemma_.lower()}",
                     cue=[(cue_tok.idx, cue_tok.idx + len(cue_tok.text))], cue_token=cue_tok.i,
                     content=list(q.pieces), source=tokens_span(doc, src_toks), source_head=src_toks[-1])
    if cand.pos_ == "VERB" and cand.i >= j:
        end = max(ctx.subtree(cand))
        subj = next((c for c in cand.children if c.dep_ in SUBJECTS), None)
        if (subj is not None and subj.i >= j and end - j <= 14 and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") and tok_quote[c.i] < 0 for c in cand.children)):
            return cand
    return None


def _colon_before(ctx, q, k):
    """'He boomed: “...”' (the verb before the colon), or "He listed the qualities he looks
    for:\n\n“...”", "As Ridge put it: “...”" (the clause's verb is the cue: a frame); None.
    ``k`` is the last token before the quotation."""
    doc, text, tok_quote = ctx.doc, ctx.text, ctx.qidx.tok_quote
    if k is None or k <= 0 or doc[k].text != ":":
        return None
    if doc[k - 1].pos_ == "VERB":
        return doc[k - 1] if "\n" not in text[doc[k].idx:q.start] else None
    if tok_quote[k] >= 0 or not GAP_OK.fullmatch(text[doc[k].idx + 1:q.start]):
        return None
    root = clause_root_before(ctx, k - 1, k)  # the parser may join the quotation to it
    if root is None or root.pos_ != "VERB" or root.lemma_ == "be" or tok_quote[root.i] >= 0:
        return None
    source, source_head = _as_source(ctx, root)
    if source is not None and source_head < root.i and source[1] <= doc[k].idx \
            and doc[source_head].pos_ in ("PROPN", "NOUN", "PRON") \
            and doc[source_head].lower_ not in EMPTY_SUBJECTS and doc[source_head].lower_ != "here":
        return Frame(kind="direct", rule="quote_after_colon", cue=cue_spans_of(ctx, root),
                     cue_token=root.i, content=list(q.pieces), source=source, source_head=source_head)
    return None


def _comma_before(ctx, q, k) -> Frame | None:
    """"Ortiz waved, “...”", "The envoy issued a statement, “...”", "As the paper put it,
    “...”": SUBJECT VERB (its own words), a comma, and a quotation that ends the sentence."""
    doc, text, tok_quote = ctx.doc, ctx.text, ctx.qidx.tok_quote
    if not (doc[k].text == "," and k > 0 and tok_quote[k] < 0
            and "\n" not in text[doc[k].idx:q.start] and text[q.start:q.end].lstrip("\"“'‘ ")[:1].isupper()
            and re.match(r"\s*(?:$|[.!?\n]|[A-Z])", text[q.end:q.end + 3])):
        return None
    root = clause_root_before(ctx, k - 1, k)
    if not (root.pos_ == "VERB" and root.lemma_ not in ("be", "have") and tok_quote[root.i] < 0
            and k - root.i <= 6 and not any(
                (c.dep_ in ("ccomp", "xcomp", "advcl", "conj") and c.i < k)
                or (c.dep_ == "dobj" and c.lower_ != "it" and c.lemma_ not in STATEMENT_NOUNS)
                for c in root.children)):
        return None
    subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    source, source_head = _as_source(ctx, root)
    if subj is None and source_head is not None and doc[source_head].head.lower_ == "as":
        subj = doc[source_head]
    if subj is not None and subj.i < root.i and subj.pos_ in ("PROPN", "NOUN", "PRON") \
            and subj.lower_ not in EMPTY_SUBJECTS and subj.lower_ not in ("here", "what") and source is not None:
        return Frame(kind="direct", rule="quote_after_comma", cue=cue_spans_of(ctx, root),
                     cue_token=root.i, content=list(q.pieces), source=source, source_head=source_head)
    return None
