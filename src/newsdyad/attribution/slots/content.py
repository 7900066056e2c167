"""The content of a cue verb: the parse's clause and the repairs for the parser's slips, then
character spans (whole quotations, direct / mixed / indirect).
"""

from __future__ import annotations

import re

from ...model import Span
from ...wordlists import word_list
from ..frame import Frame
from ..spans import has_word, is_quote_token, runs, tokens_span, trim_tokens
from ..syntax import object_of
from .addressee import addressee_then_infinitive, asked_party
from .clauses import conj_phrase_before, contrast_clauses, parallel_cues, participle_cues, sibling_cues


GAP_OK = re.compile(r"[\s,:;—–-]*")


# speech verbs whose "to"-infinitive is what was claimed or promised ("claimed to know", "vowed to fight")
TO_INFINITIVE_CUES = word_list("to_infinitive_cues")


# belief verbs that only count as cues in "sees X as Y" or with a that-clause ("saw the film" is no cue)
AS_VERBS = word_list("as_verbs")


NOT_CONTENT_OBJECTS = word_list("not_content_objects")


# a content that is one word standing for what was (not) said: "said no", "would not say when"
PRO_FORM_CONTENT = word_list("pro_form_content")


OBJECT_PREPS = {"for", "on", "about", "against", "to", "of", "with", "over"}


AT_OBJECT_VERBS = word_list("at_object_verbs")


IN_OBJECT_VERBS = word_list("in_object_verbs")


OBJECT_RIDER_PREPS = {"for", "on", "as", "over", "about", "against", "of"}


# "spoke to reporters", "talked with voters", "spoke for an hour": not what was said;
# "would vote for Smith": the preference (not "voted on Monday")
ADDRESSEE_PREP_VERBS = {"speak": {"on", "about", "against", "of"}, "talk": {"on", "about", "of"},
                        "vote": {"for", "against"}}


def content_tokens(ctx, verb, cue, cue_idx=frozenset()) -> tuple[list[int], list]:
    """Content tokens from the parse, and extra cue tokens (a preposition: "called for")."""
    qidx = ctx.qidx
    idxs: list[int] = []
    parallel: set[int] = set()
    own_q = qidx.tok_quote[verb.i]
    if verb.lemma_ in AS_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                    and obj is not None and c.i > obj.i), None)
        if as_ is not None:
            return ctx.subtree(obj) + ctx.subtree(as_), []
        if obj is not None:
            # the parser hung "as" elsewhere ("sees Netanyahu as captured by", "see the elections
            # held Sunday as a test", "see the role in enforcing the laws as antiquated")
            as_ = next((t for t in verb.doc[obj.i + 1:verb.sent.end] if t.lower_ == "as"
                        and t.dep_ in ("prep", "mark") and any(a.i == verb.i for a in t.ancestors)), None)
            if as_ is not None:
                tail = ctx.subtree(as_.head if as_.dep_ == "mark" else as_)
                end = max(tail)
                if as_.dep_ == "mark" or end > as_.i:
                    return list(range(min(ctx.subtree(obj)), end + 1)), []
        that = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
            x.dep_ == "mark" and x.lower_ == "that" for x in c.children)), None)
        return (ctx.subtree(that) if that is not None else []), []
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ in ("parataxis", "dobj", "conj", "advcl", "npadvmod", "attr")
                                 and any(qidx.tok_quote[i] not in (-1, own_q) for i in ctx.subtree(c))):
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and qidx.tok_quote[c.i] < 0:
                continue
            if c.dep_ in ("advcl", "conj", "parataxis") and c.i in cue_idx and qidx.tok_quote[c.i] < 0:
                continue  # "..., saying ...": a cue of its own, not this one's content
            if (c.dep_ == "ccomp" and c.lemma_ == verb.lemma_ and c.i in cue_idx and qidx.tok_quote[c.i] < 0
                    and any(x.dep_ == "ccomp" and verb.i < x.i < c.i for x in verb.children)):
                # "One in three said X and one in four said Y": the second "said" is parallel,
                # and its subject, which the parser put in X, is not X's
                who = conj_phrase_before(ctx, c)
                if who:
                    parallel |= set(range(who[0] - 1, who[-1] + 1))
                continue
            sib = (sibling_cues(ctx, c, cue_idx) | contrast_clauses(ctx, c, cue_idx) | participle_cues(ctx, c, cue_idx)
                   | parallel_cues(ctx, c, cue_idx) if c.dep_ == "ccomp" else set())
            idxs.extend(i for i in ctx.subtree(c) if i not in sib)
    if parallel:
        idxs = [i for i in idxs if i not in parallel]
    if idxs and cue.obj and max(idxs) < verb.i and own_q < 0 and all(qidx.tok_quote[i] < 0 for i in idxs) and any(
            (c.dep_ == "dobj" and c.lower_ not in NOT_CONTENT_OBJECTS) or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)
            for c in verb.children if c.i > verb.i):
        # "Morale has suffered, employees complain of ...", "...: 83% endorse background checks":
        # the parser hung the clause before on the verb, but the verb's own object is the content
        idxs = []
    if not idxs:  # "said in a statement that ...": the parser hangs the clause on the noun
        for c in verb.children:
            if c.dep_ == "prep" and c.i > verb.i:
                for t in c.subtree:
                    if t.dep_ in ("acl", "ccomp", "relcl") and t.pos_ in ("VERB", "AUX") and (any(
                            x.dep_ == "mark" and x.lower_ == "that" and x.i < t.i for x in t.children)
                            or (t.dep_ == "relcl" and cue.cls in ("speech", "thought", "claim") and _that_clause(t))):
                        idxs.extend(x.i for x in t.subtree)
                        break
            if idxs:
                break
    if (not idxs and verb.dep_ == "advcl" and verb.head.i != verb.i and verb.i < verb.head.i
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)):
        # "As the Times noted, Clinton raised ...": the main clause is the content
        own = set(ctx.subtree(verb))
        idxs = [i for i in ctx.subtree(verb.head) if i not in own]
    if not idxs:  # "Asked if he would run, ...", "wondered whether ..."
        for c in verb.children:
            if c.dep_ in ("advcl", "ccomp") and c.i > verb.i and any(
                    x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in c.children):
                idxs.extend(ctx.subtree(c))
    if not idxs and cue.cls in ("speech", "report"):
        for c in verb.children:  # "tweeted her thanks", "wrote an op-ed", "said so"
            if c.dep_ == "dobj" and c.i > verb.i and c.lower_ not in NOT_CONTENT_OBJECTS and not cue.addressee \
                    and not addressee_then_infinitive(verb, c) and not asked_party(verb, c):
                idxs.extend(ctx.subtree(c))
                break
    if not idxs and cue.cls in ("speech", "report"):
        # "He said legalizing it could ...": the parser gives the clause as xcomp;
        # "told him to leave", "urged voters to stay home": an addressee, then the infinitive
        told = any(c.dep_ in ("dobj", "dative") and c.i > verb.i and (cue.addressee or addressee_then_infinitive(verb, c))
                   for c in verb.children)
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i and (
                    c.tag_ != "VB" or told or (verb.lemma_ in TO_INFINITIVE_CUES
                                               and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children))):
                idxs.extend(ctx.subtree(c))
    if not idxs and cue.cls in ("speech", "report", "thought") and verb.i + 1 < len(verb.doc):
        nxt = verb.doc[verb.i + 1]  # "half said so", "Cruz thinks so, too"
        if nxt.lower_ == "so" and nxt.head.i == verb.i and (
                nxt.i + 1 == len(verb.doc) or nxt.nbor().is_punct or nxt.nbor().dep_ in ("prep", "cc", "advmod")):
            idxs = [nxt.i]
    if not idxs and cue.cls in ("speech", "report", "thought"):
        # "would not say when", "did not say why": a bare wh-word stands for the withheld content;
        # "said as much"
        for c in verb.children:
            if c.lower_ == "much" and c.dep_ in ("advmod", "dobj") and c.i > verb.i:
                as_ = next((x for x in c.children if x.lower_ == "as" and x.i == c.i - 1), None)
                if as_ is not None:
                    idxs = [as_.i, c.i]
                    break
            if (c.i > verb.i and c.lower_ in PRO_FORM_CONTENT and c.dep_ in ("advmod", "ccomp", "dobj", "intj")
                    and len(list(c.subtree)) == 1 and (c.i + 1 == len(verb.doc) or c.nbor().is_punct
                                                       or c.nbor().lower_ in ("or", "and"))):
                idxs = [c.i]
                break
    h = verb.head
    if (not idxs and h.i != verb.i and qidx.tok_quote[verb.i] < 0
            and (verb.dep_ == "parataxis"
                 or (verb.dep_ in ("ccomp", "advcl", "conj") and qidx.tok_quote[h.i] >= 0))):
        own = set(ctx.subtree(verb))
        idxs = [i for i in ctx.subtree(h) if i not in own]
    if not idxs and cue.cls in ("speech", "report", "claim", "stance"):
        # "The meeting was first reported by the Herald", "Her position was backed Friday by
        # Sen. Ames": the passive subject is the content
        agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        if (agent is not None and subj is not None
                and (subj.pos_ in ("NOUN", "PROPN") or (cue.cls == "stance" and subj.pos_ == "PRON"))
                and (agent.i == verb.i + 1 or (cue.cls == "stance" and agent.i <= verb.i + 3))):
            return ctx.subtree(subj), [agent]
    if not idxs and verb.lemma_ == "point":
        # "Clinton pointed to her record": what is pointed to is the content
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None)
        obj = object_of(to) if to is not None else None
        if obj is not None:
            return ctx.subtree(obj), [to]
    if not idxs and not cue.obj and cue.cls in ("speech", "thought"):
        # "joked about moving to New Zealand", "has said about Latinos": "about" names the topic
        about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i), None)
        obj = object_of(about) if about is not None else None
        if obj is not None:
            return ctx.subtree(obj), [about]
    if not idxs and verb.lemma_ in IN_OBJECT_VERBS:  # "believes in small government"
        in_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1), None)
        obj = object_of(in_) if in_ is not None else None
        if obj is not None:
            return ctx.subtree(obj), [in_]
    if idxs or not cue.obj:
        return idxs, []
    for c in verb.children:  # "is calling for the country to act": the parser makes "for" a mark
        if c.dep_ == "advcl" and c.i > verb.i and c.pos_ == "VERB":
            mark = next((x for x in c.children if x.dep_ == "mark" and x.lower_ == "for" and x.i < c.i), None)
            if mark is not None and mark.i == verb.i + 1:
                return [i for i in ctx.subtree(c) if i != mark.i], [mark]
    for dep in ("xcomp", "dobj", "oprd"):
        for c in verb.children:
            if dep == "dobj" and c.lower_ == "that" and c.i < verb.i:
                continue  # "the observation that the sides agreed": a complementizer, not an object
            if dep == "dobj" and c.dep_ == "dobj" and asked_party(verb, c):
                about = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "about"), None)
                obj = object_of(about) if about is not None else None
                if obj is not None:  # "asked Trump about his remarks": the parser hangs "about" on the addressee
                    return ctx.subtree(obj), [about]
                continue
            if c.dep_ == dep and not (dep == "xcomp" and c.pos_ not in ("VERB", "AUX")):
                idxs = ctx.subtree(c)
                if dep == "xcomp":  # "called on her rivals to quit": the addressee is part of the content
                    on = next((o for o in verb.children if o.dep_ == "prep" and o.lower_ in ("on", "upon")
                               and verb.i < o.i < c.i and any(x.dep_ == "pobj" for x in o.children)), None)
                    if on is not None:
                        return [i for i in ctx.subtree(on) if i != on.i] + idxs, [on]
                for o in verb.children:  # "called it a disaster", "blamed the law on X", "mocked him for Y"
                    if o.i != c.i and dep == "oprd" and o.dep_ == "oprd" and o.i > c.i:
                        idxs.extend(ctx.subtree(o))  # "called Trump “the orange prince”" (two oprd)
                    if o.i == c.i or dep != "dobj":
                        continue
                    if o.dep_ in ("oprd", "xcomp") or (
                            o.dep_ == "prep" and o.i > c.i and o.lower_ in OBJECT_RIDER_PREPS
                            and not any(x.ent_type_ in ("DATE", "TIME") for x in o.children)):
                        idxs.extend(ctx.subtree(o))
                return idxs, []
    preps = ADDRESSEE_PREP_VERBS.get(verb.lemma_, OBJECT_PREPS)
    if verb.lemma_ in AT_OBJECT_VERBS:  # "balked at accepting any", "scoffed at the idea"
        preps = preps | {"at"}
    # "apologized to Clinton for the remark": the topic, not the one spoken to
    for c in sorted((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i),
                    key=lambda c: (c.lower_ in ("to", "with"), c.lower_ != "about", c.i)):
        obj = object_of(c)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):  # "spoke on Monday"
            return ctx.subtree(obj), [c]
    return [], []


def _that_clause(clause) -> bool:
    """"predicted at the debate that he would win": the parser made the clause a relative
    one on "debate", with "that" as its object; a subject of its own after "that" shows it
    is the content."""
    that = clause.doc[clause.left_edge.i]
    return (that.lower_ == "that" and that.head.i == clause.i and that.dep_ in ("dobj", "mark")
            and any(x.dep_ == "nsubj" and x.i > that.i for x in clause.children))


TRAILING_DEPS = {"punct", "prep", "npadvmod", "advmod", "aux", "neg", "nsubj", "agent", "prt"}


def trailing_clause(ctx, verb, subj_i) -> list[int]:
    """'Bush lent his campaign money, fundraising documents show.': a cue verb with its
    subject ending the sentence after a comma, whose parse lost the clause before it.
    Content = the sentence up to that comma."""
    doc, qidx = ctx.doc, ctx.qidx
    if subj_i is None or qidx.tok_quote[verb.i] >= 0 or verb.tag_ == "VBG":
        return []  # a participle ("..., said Lee, half joking") is no trailing cue
    sent = verb.sent
    if any(c.dep_ not in TRAILING_DEPS for c in verb.children if c.i > verb.i or c.i == subj_i):
        return []
    own = set(ctx.subtree(verb))
    if any(not t.is_punct and t.i not in own for t in doc[verb.i + 1:sent.end]):
        return []
    if subj_i > verb.i:
        # "The vote signals the end, said Geert Wilders": inversion whose clause the parser lost
        k = verb.i - 1
        while k > sent.start and doc[k].is_space:
            k -= 1
        if k <= sent.start or doc[k].text != ",":
            return []
        idxs = [i for i in range(sent.start, k) if not doc[i].is_space]
        if len(idxs) < 4 or "\n" in doc[sent.start:k].text.strip():
            return []
        return idxs
    first = ctx.subtree(doc[subj_i])[0]
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return []
    idxs = [i for i in range(sent.start, first - 1) if not doc[i].is_space]
    if len(idxs) < 4 or "\n" in doc[sent.start:first].text.strip():
        return []
    return idxs


def block_after_colon(ctx, last) -> Span | None:
    """'Hewitt writes:' at the end of a paragraph, then a paragraph of the writer's words with
    no quotation marks (a block quotation): that paragraph is the content."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    colon = last.i + 1
    while colon < len(doc) and doc[colon].is_space:
        colon += 1
    if colon >= len(doc) or doc[colon].text != ":":
        return None
    after = doc[colon].idx + 1
    gap = re.match(r"[ \t\u00a0]*\n\s*", text[after:])
    if gap is None:
        return None
    start = after + gap.end()
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    para = text[start:end].rstrip()
    if len(para.split()) < 5 or para[:1] in "\"“‘'" or qidx.quotes_overlapping(start, start + 1):
        return None  # a quotation (found elsewhere) or no real paragraph
    return (start, start + len(para))


def keep_to_paragraph(ctx, tok, idxs: list[int]) -> list[int]:
    """Content from the parse stays in the cue's paragraph (quotations excepted: they
    are taken whole); a parse tree that runs over a paragraph break is a parser slip."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    if not idxs:
        return idxs
    lo, hi = min(min(idxs), tok.i), max(max(idxs), tok.i)
    a, b = doc[lo].idx, doc[hi].idx
    if "\n" not in text[a:b]:
        return idxs
    p0 = text.rfind("\n", 0, tok.idx)
    p1 = text.find("\n", tok.idx)
    p1 = len(text) if p1 < 0 else p1
    return [i for i in idxs if p0 < doc[i].idx < p1 or qidx.tok_quote[i] >= 0]


def adjacent_quote(ctx, left: int, right: int) -> list[int]:
    """A quotation right after ``right`` (he said: "...") or right before ``left`` ("...," he said)."""
    text, qidx = ctx.text, ctx.qidx
    found = []
    qi = qidx.quote_starting_after(right)
    if qi is not None:
        q = qidx.quotes[qi]
        gap = text[right:q.start]
        if (GAP_OK.fullmatch(gap) and (gap.count("\n") == 0 or gap.rstrip(" \n").endswith(":"))):
            found.append(qi)
    if found:
        lead = interrupted_lead(ctx, found[0], left)
        if lead is not None:
            found.insert(0, lead)
    if not found:
        for qi in qidx.quotes_overlapping(max(0, left - 3), left):
            q = qidx.quotes[qi]
            if q.end <= left and GAP_OK.fullmatch(text[q.end:left]) and "\n" not in text[q.end:left]:
                found.append(qi)
    return found


def interrupted_lead(ctx, after_qi: int, left: int) -> int | None:
    """'“The risk,” said Lee, “is that ...”': the quotation ending in a comma right before the
    attribution (which starts at ``left``), when the one after it goes on in lower case:
    one quotation interrupted by its cue."""
    text, qidx = ctx.text, ctx.qidx
    before = qidx.quotes_overlapping(max(0, left - 3), left)
    if not before or before[-1] == after_qi:
        return None
    q, after = qidx.quotes[before[-1]], qidx.quotes[after_qi]
    inner = text[q.start:q.end].rstrip("”\"'’ ")
    first = text[after.start:after.end].lstrip("“\"'‘ ")
    if (q.end <= left and inner.endswith(",") and first[:1].islower()
            and GAP_OK.fullmatch(text[q.end:left]) and "\n" not in text[q.end:left]):
        return before[-1]
    return None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S*$)|[.!?]\s+$")


_SENTENCE_START = re.compile(r"\s+[A-Z]")


def _blank_quotes(ctx, s: int, e: int, qs) -> str:
    text, qidx = ctx.text, ctx.qidx
    rest = text[s:e]
    for qi in qs:
        for os_, oe in qidx.quotes[qi].outer:
            a, b = max(os_, s), min(oe, e)
            if a < b:
                rest = rest[: a - s] + " " * (b - a) + rest[b - s:]
    return rest


def content_spans(ctx, idxs: list[int], extra_quotes=(), cue_at: int = -1) -> tuple[list[Span], str]:
    """Content spans from content tokens (+ whole quotations); and direct|mixed|indirect."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
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
        rest = _blank_quotes(ctx, s, e, qs)
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
            if not has_word(_blank_quotes(ctx, s, e, qs)):
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


TRAILING_MARK = re.compile(r"[,?!…—–-]\s*$")


def closes_quotation_before(ctx, pos: int) -> bool:
    """Does a quotation ending in a comma, "?" or "!" close right before ``pos``?"""
    text, qidx = ctx.text, ctx.qidx
    before = text[:pos].rstrip()
    if not before:
        return False
    qs = qidx.quotes_overlapping(len(before) - 1, len(before))
    if not qs:
        return False
    q = qidx.quotes[qs[-1]]
    if q.end != len(before):
        return False
    piece = text[q.pieces[-1][0]:q.pieces[-1][1]]
    return bool(TRAILING_MARK.search(piece))


def clause_frame(ctx, tok, idxs, *, rule: str, cue: list[Span], source: Span | None = None, source_head: int | None = None, same_paragraph: bool = True) -> Frame | None:
    """The frame of a cue at ``tok`` whose content is the tokens ``idxs`` (kept to the cue's
    paragraph unless told otherwise); None when no content is left."""
    if same_paragraph:
        idxs = keep_to_paragraph(ctx, tok, sorted(idxs))
    content, kind = content_spans(ctx, idxs, (), tok.idx)
    if not content:
        return None
    return Frame(kind=kind, rule=rule, cue=cue, cue_token=tok.i, content=content, source=source,
                 source_head=source_head)
