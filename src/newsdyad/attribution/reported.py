"""Cue-anchored attributions from the dependency parse: SOURCE CUE (that) CONTENT,
trailing CONTENT, SOURCE CUE, inversion ("said the minister"), "according to SOURCE",
"SOURCE told ADDRESSEE ...", "X, quoted by Y, said", "Y quoted X as saying", and the
direct quotations those cues introduce ("...," he said / he said: "...")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Span
from .lexicon import Lexicon, verb_cue_hashes
from .spans import QuoteIndex, has_word, is_quote_token, runs, tokens_span, trim_tokens

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
RELATIVE = {"who", "that", "which", "whom"}
STATEMENT_NOUNS = {"statement", "interview", "email", "release", "letter", "tweet", "post",
                   "speech", "op-ed", "editorial", "report", "memo", "message", "conversation"}
FIRST_SECOND_PERSON = {"i", "we", "you"}
NOT_SAYING = {"refuse", "decline", "fail", "hesitate", "neglect"}
_GAP_OK = re.compile(r"[\s,:;—–-]*")


@dataclass
class Reporter:
    """Y in "X, quoted by Y, said" / "Y quoted X as saying" / "X told Y" (Y a publication)."""

    source: Span
    head: int
    cue: list[Span]
    rule: str


@dataclass
class Frame:
    kind: str
    rule: str
    cue: list[Span]
    cue_token: int
    content: list[Span] = field(default_factory=list)
    source: Span | None = None
    source_head: int | None = None
    addressee: Span | None = None
    addressee_head: int | None = None
    reporter: Reporter | None = None
    parent: int | None = None  # index into the frame list (set by chains)


def _span_without(doc, root, drop: set[int]) -> tuple[Span | None, list[int]]:
    """The span of ``root``'s subtree minus ``drop``: the contiguous run around root."""
    idxs = [t.i for t in root.subtree if t.i not in drop]
    idxs = trim_tokens(doc, idxs)
    for run in runs(idxs):
        if run[0] <= root.i <= run[-1]:
            run = trim_tokens(doc, run)
            if run:
                return tokens_span(doc, run), run
    return (root.idx, root.idx + len(root.text)), [root.i]


def _quoted_by(tok):
    """A "quoted by Y" participle in tok's subtree: (quoted token, by token, pobj)."""
    for t in tok.subtree:
        if t.lemma_ == "quote" and t.dep_ in ("acl", "relcl", "advcl"):
            for c in t.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return t, c, p
    return None


def _source(doc, text: str, verb, lex: Lexicon, cue_idx: set[int]):
    """(source span, head token, reporter) for a cue verb."""
    head = verb
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subj is None:
            passive = next((c for c in head.children if c.dep_ in PASSIVE_SUBJECTS), None)
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is not None:
                subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            elif passive is not None:
                return None, None, None
        if subj is not None:
            break
        if (head.dep_ == "relcl" or (head.dep_ == "acl" and head.tag_ == "VBG")) and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            subj = head.head
            break
        if head.dep_ == "xcomp" and lex.verbs.get(verb.lemma_) is not None and lex.verbs[verb.lemma_].cls != "speech":
            return None, None, None
        if head.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl") and head.head.i != head.i:
            head = head.head
            continue
        return None, None, None
    if subj is None:
        return None, None, None
    if subj.lower_ in RELATIVE and head.dep_ == "relcl":
        # PolNeAR marks the relative pronoun as the source; the antecedent names the actor
        return (subj.idx, subj.idx + len(subj.text)), head.head.i, None
    drop: set[int] = set()
    reporter = None
    qb = _quoted_by(subj)
    if qb is not None:
        quoted, by, pobj = qb
        drop |= {t.i for t in quoted.subtree}
        rspan, _ = _span_without(doc, pobj, set())
        reporter = Reporter(rspan, pobj.i, [(quoted.idx, by.idx + len(by.text))], "quoted_by")
    for t in subj.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != subj.i and any(x.i in cue_idx or x.i == verb.i for x in t.subtree):
            drop |= {x.i for x in t.subtree}
    if verb.i in {t.i for t in subj.subtree}:
        drop |= {t.i for t in verb.subtree if t.i != subj.i}
    span, _ = _span_without(doc, subj, drop)
    cut = text.rfind("\n", span[0], subj.idx)
    if cut >= 0:  # a dateline or a previous paragraph is not part of the source
        span = (cut + 1 + len(text[cut + 1:subj.idx]) - len(text[cut + 1:subj.idx].lstrip()), span[1])
    span = _strip_span(text, span)
    return span, subj.i, reporter


def _strip_span(text: str, span: Span) -> Span:
    s, e = span
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\"“”"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return (s, e) if e > s else span


def _addressee(doc, verb, cue):
    if cue.addressee:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and not is_quote_token(c):
                span, _ = _span_without(doc, c, set())
                return span, c.i
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None:
                span, _ = _span_without(doc, p, set())
                return span, p.i
    return None, None


OBJECT_PREPS = {"for", "on", "about", "against", "to", "of", "with", "over"}


def _content_tokens(doc, verb, qidx: QuoteIndex, cue) -> tuple[list[int], list]:
    """Content tokens from the parse, and extra cue tokens (a preposition: "called for")."""
    idxs: list[int] = []
    own_q = qidx.tok_quote[verb.i]
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ in ("parataxis", "dobj", "conj", "advcl", "npadvmod", "attr")
                                 and any(qidx.tok_quote[t.i] not in (-1, own_q) for t in c.subtree)):
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and qidx.tok_quote[c.i] < 0:
                continue
            idxs.extend(t.i for t in c.subtree)
    h = verb.head
    if (not idxs and h.i != verb.i and qidx.tok_quote[verb.i] < 0
            and (verb.dep_ == "parataxis"
                 or (verb.dep_ in ("ccomp", "advcl", "conj") and qidx.tok_quote[h.i] >= 0))):
        own = {t.i for t in verb.subtree}
        idxs = [t.i for t in h.subtree if t.i not in own]
    if idxs or not cue.obj:
        return idxs, []
    for dep in ("xcomp", "dobj"):
        for c in verb.children:
            if c.dep_ == dep and not (dep == "xcomp" and c.pos_ not in ("VERB", "AUX")):
                idxs = [t.i for t in c.subtree]
                for o in verb.children:  # "called it a disaster"
                    if o.dep_ in ("oprd", "xcomp") and o.i != c.i and dep == "dobj":
                        idxs.extend(t.i for t in o.subtree)
                return idxs, []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS and c.i > verb.i:
            obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return [t.i for t in obj.subtree], [c]
    return [], []


def _adjacent_quote(doc, text: str, left: int, right: int, qidx: QuoteIndex) -> list[int]:
    """A quotation right after ``right`` (he said: "...") or right before ``left`` ("...," he said)."""
    found = []
    qi = qidx.quote_starting_after(right)
    if qi is not None:
        q = qidx.quotes[qi]
        gap = text[right:q.start]
        if _GAP_OK.fullmatch(gap) and (gap.count("\n") == 0 or gap.rstrip(" \n").endswith(":")):
            found.append(qi)
    if not found:
        before = qidx.quotes_overlapping(max(0, left - 3), left)
        for qi in before:
            q = qidx.quotes[qi]
            if q.end <= left and _GAP_OK.fullmatch(text[q.end:left]) and "\n" not in text[q.end:left]:
                found.append(qi)
    return found


_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S*$)|[.!?]\s+$")
_SENTENCE_START = re.compile(r"\s+[A-Z]")


def _blank_quotes(text: str, s: int, e: int, qidx: QuoteIndex, qs) -> str:
    rest = text[s:e]
    for qi in qs:
        for os_, oe in qidx.quotes[qi].outer:
            a, b = max(os_, s), min(oe, e)
            if a < b:
                rest = rest[: a - s] + " " * (b - a) + rest[b - s:]
    return rest


def content_spans(doc, text: str, idxs: list[int], qidx: QuoteIndex, extra_quotes=(), cue_at: int = -1) -> tuple[list[Span], str]:
    """Content spans from content tokens (+ whole quotations); and direct|mixed|indirect."""
    spans: list[Span] = []
    quoted_any, plain_any = False, False
    used: set[int] = set(extra_quotes)
    cue_q = next((qi for qi, q in enumerate(qidx.quotes) if any(a <= cue_at < b for a, b in q.outer)), -1) \
        if cue_at >= 0 and qidx.quotes_overlapping(cue_at, cue_at + 1) else -1
    for run in runs(idxs):
        run = trim_tokens(doc, run)
        if cue_q >= 0:  # marks of the quotation the cue itself is in are not content
            while run and is_quote_token(doc[run[0]]) and qidx.tok_quote[run[0]] == cue_q:
                run = trim_tokens(doc, run[1:])
            while run and is_quote_token(doc[run[-1]]) and qidx.tok_quote[run[-1]] == cue_q:
                run = trim_tokens(doc, run[:-1])
        if not run:
            continue
        s, e = tokens_span(doc, run)
        qs = [qi for qi in qidx.quotes_overlapping(s, e)
              if not any(os_ <= cue_at < oe for os_, oe in qidx.quotes[qi].outer)]
        rest = text[s:e]
        for qi in qs:
            for os_, oe in qidx.quotes[qi].outer:
                a, b = max(os_, s), min(oe, e)
                if a < b:
                    rest = rest[: a - s] + " " * (b - a) + rest[b - s:]
        if qs and not has_word(rest):
            used.update(qs)
            continue
        if qs:  # mixed: widen to whole quotations
            s = min([s] + [qidx.quotes[q].start for q in qs])
            e = max([e] + [qidx.quotes[q].end for q in qs])
            first, last = min(qidx.quotes[q].start for q in qs), max(qidx.quotes[q].end for q in qs)
            if s < first and _SENTENCE_END.search(text, s, first):
                s = first  # a sentence before the quotation is not part of it (parser slip)
            if last < e and _SENTENCE_START.match(text, last):
                e = last
            if not has_word(_blank_quotes(text, s, e, qidx, qs)):
                used.update(qs)
                continue
            quoted_any = True
        plain_any = True
        spans.append((s, e))
    for qi in sorted(used):
        spans.extend(qidx.quotes[qi].pieces)
    spans = sorted(set(spans))
    if not spans:
        return [], "indirect"
    if used and not plain_any:
        return spans, "direct"
    if used or quoted_any:
        return spans, "mixed"
    return spans, "indirect"


CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}


def _cue_spans(doc, verb, more=()) -> list[Span]:
    toks = [verb, *more]
    i = verb.i - 1  # "has also said", "will not support", "to criticize": PolNeAR's cue span
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in CUE_LEFT and not doc[i].is_punct:
        toks.append(doc[i])
        i -= 1
    for c in verb.children:
        if c.dep_ == "prt":
            toks.append(c)
    spans = []
    for t in sorted(toks, key=lambda t: t.i):
        if spans and doc[t.i - 1].idx + len(doc[t.i - 1].text) == spans[-1][1] and t.i - 1 in {x.i for x in toks}:
            spans[-1] = (spans[-1][0], t.idx + len(t.text))
        else:
            spans.append((t.idx, t.idx + len(t.text)))
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1:
            p = next((x for x in c.children if x.dep_ == "pobj"), None)
            if p is not None and p.lemma_ in STATEMENT_NOUNS and p.i <= c.i + 3:
                spans[-1] = (spans[-1][0], p.idx + len(p.text))
    return spans


def find_frames(doc, text: str, qidx: QuoteIndex, lex: Lexicon) -> list[Frame]:
    import numpy
    from spacy.attrs import LEMMA

    verbs = lex.verbs
    frames: list[Frame] = []
    lemmas = doc.to_array([LEMMA]).reshape(-1)
    candidates = [doc[int(i)] for i in numpy.nonzero(numpy.isin(lemmas, verb_cue_hashes()))[0]]
    cue_idx = {t.i for t in candidates if t.pos_ in ("VERB", "AUX")}
    for tok in candidates:
        lemma = tok.lemma_
        if lemma == "accord" and tok.lower_ == "according":
            f = _according(doc, text, tok, qidx)
            if f is not None:
                frames.append(f)
            continue
        cue = verbs.get(lemma)
        if cue is None or tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "nmod") and lemma not in ("quote",):
            continue  # "pledged delegates", "the statement issued"
        if tok.dep_ == "xcomp" and tok.head.lemma_ in NOT_SAYING:
            continue
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue
        idxs, more_cue = _content_tokens(doc, tok, qidx, cue)
        source, source_head, reporter = _source(doc, text, tok, lex, cue_idx)
        if (qidx.tok_quote[tok.i] >= 0 and source_head is not None
                and doc[source_head].lower_ in FIRST_SECOND_PERSON):
            continue  # "I think", "you know" inside a quotation: the speaker's own words
        # "Y quoted X as saying ..."
        rule = "cue_verb"
        if tok.dep_ == "pcomp" and tok.head.lower_ == "as" and tok.head.head.lemma_ == "quote":
            quoted = tok.head.head
            obj = next((c for c in quoted.children if c.dep_ == "dobj"), None)
            subj = next((c for c in quoted.children if c.dep_ in SUBJECTS), None)
            if obj is not None:
                source, _ = _span_without(doc, obj, set())
                source_head = obj.i
            if subj is not None:
                rspan, _ = _span_without(doc, subj, set())
                reporter = Reporter(rspan, subj.i, [(quoted.idx, quoted.idx + len(quoted.text))], "quoted_as_saying")
            rule = "quoted_as_saying"
        addressee, addressee_head = _addressee(doc, tok, cue)
        extra: list[int] = []
        if not idxs:
            clause = [tok.i]
            if source_head is not None:
                clause += [t.i for t in doc[source_head].subtree]
            if addressee_head is not None:
                clause += [t.i for t in doc[addressee_head].subtree]
            left, right = doc[min(clause)], doc[max(clause)]
            extra = _adjacent_quote(doc, text, left.idx, right.idx + len(right.text), qidx)
            if not extra:
                continue
            rule = "quote_" + ("before" if qidx.quotes[extra[0]].start < tok.idx else "after") + "_cue"
        content, kind = content_spans(doc, text, idxs, qidx, extra, tok.idx)
        if not content:
            continue
        if rule == "cue_verb":
            rule = f"cue_verb:{lemma}" + (":trailing" if content[0][0] < tok.idx else "")
        if cue.cls == "stance":
            if source is None:
                continue  # a stance with nobody holding it is not an attribution
            rule = rule.replace("cue_verb", "stance_verb")
        frames.append(Frame(kind=kind, rule=rule, cue=_cue_spans(doc, tok, more_cue), cue_token=tok.i,
                            content=content, source=source, source_head=source_head,
                            addressee=addressee, addressee_head=addressee_head, reporter=reporter))
    return frames


def _according(doc, text: str, tok, qidx: QuoteIndex) -> Frame | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    source, _ = _span_without(doc, pobj, set())
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.i == tok.i:
        return None
    phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree} | {tok.i}
    idxs = [t.i for t in head.subtree if t.i not in phrase]
    # the clause is the content, but not the part of it that a colon introduces
    content, kind = content_spans(doc, text, idxs, qidx, (), tok.idx)
    if not content:
        return None
    return Frame(kind="according_to", rule="according_to", cue=[(tok.idx, to.idx + len(to.text))],
                 cue_token=tok.i, content=content, source=source, source_head=pobj.i)
