"""The content of a cue verb: the parse's clause and the repairs for the parser's slips, then
character spans (whole quotations, direct / mixed / indirect).

``CONTENT_STRATEGIES`` run in order and the first that finds tokens wins ("The minister said
that the border would reopen": the reported clause; "She said in a statement that ...": the
clause the parser hung on "statement"; "She would not say when": "when"); for a cue whose
object can be its content, ``OBJECT_STRATEGIES`` follow ("She denied the report").

Not this: "The mayor smiled." (no clause, no object: no content).
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


OBJECT_PREPS = word_list("object_preps")


AT_OBJECT_VERBS = word_list("at_object_verbs")


IN_OBJECT_VERBS = word_list("in_object_verbs")


OBJECT_RIDER_PREPS = word_list("object_rider_preps")


# "spoke to reporters", "talked with voters", "spoke for an hour": not what was said;
# "would vote for Smith": the preference (not "voted on Monday")
ADDRESSEE_PREP_VERBS = {"speak": {"on", "about", "against", "of"}, "talk": {"on", "about", "of"},
                        "vote": {"for", "against"}}


def content_tokens(ctx, verb, cue, cue_idx=frozenset()) -> tuple[list[int], list]:
    """Content tokens of a cue verb from the parse, and extra cue tokens (a preposition:
    "called for").  A belief verb that needs "as" or "that" has its own reading
    (:func:`as_verb_content`); otherwise the first of ``CONTENT_STRATEGIES`` that finds tokens
    wins, then, for a cue whose object can be its content (``cue.obj``), the first of
    ``OBJECT_STRATEGIES``."""
    if verb.lemma_ in AS_VERBS:
        return as_verb_content(ctx, verb)
    for strategy in CONTENT_STRATEGIES:
        found = strategy(ctx, verb, cue, cue_idx)
        if found is not None and found[0]:
            return found
    if not cue.obj:
        return [], []
    for strategy in OBJECT_STRATEGIES:
        found = strategy(ctx, verb, cue, cue_idx)
        if found is not None:
            return found
    return [], []


def as_verb_content(ctx, verb) -> tuple[list[int], list]:
    """"sees the vote as a test" (object + "as" phrase), "sees Lee as captured by donors" (the
    parser hung "as" elsewhere), "believes that the vote is a test" (a that-clause); a belief
    verb with neither ("saw the film") has no content."""
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


def _own_clause_cue(ctx, verb, c, cue_idx) -> bool:
    """Is the child clause ``c`` a cue of its own ("..., saying ..."), not this cue's content?"""
    tok_quote = ctx.qidx.tok_quote
    if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and tok_quote[c.i] < 0:
        return True
    return c.dep_ in ("advcl", "conj", "parataxis") and c.i in cue_idx and tok_quote[c.i] < 0


def reported_clause(ctx, verb, cue, cue_idx):
    """The clause the parser gives the verb: "The minister said that the border would reopen"
    (a ccomp), or a child holding a quotation ('She said, “We will win”').  Sibling, contrast,
    participle and parallel cues inside it are left out ("One in three said X and one in four
    said Y": the second "said" and its subject are not X); and when the clause stands before
    the verb and the verb has an object of its own ("Morale has suffered, employees complain
    of ..."), the object is the content, not that clause."""
    tok_quote = ctx.qidx.tok_quote
    own_q = tok_quote[verb.i]
    idxs: list[int] = []
    parallel: set[int] = set()
    for c in verb.children:
        if not (c.dep_ == "ccomp" or (c.dep_ in ("parataxis", "dobj", "conj", "advcl", "npadvmod", "attr")
                                      and any(tok_quote[i] not in (-1, own_q) for i in ctx.subtree(c)))):
            continue
        if _own_clause_cue(ctx, verb, c, cue_idx):
            continue
        if (c.dep_ == "ccomp" and c.lemma_ == verb.lemma_ and c.i in cue_idx and tok_quote[c.i] < 0
                and any(x.dep_ == "ccomp" and verb.i < x.i < c.i for x in verb.children)):
            who = conj_phrase_before(ctx, c)  # the parallel cue's subject, which the parser put in X
            if who:
                parallel |= set(range(who[0] - 1, who[-1] + 1))
            continue
        sib = (sibling_cues(ctx, c, cue_idx) | contrast_clauses(ctx, c, cue_idx) | participle_cues(ctx, c, cue_idx)
               | parallel_cues(ctx, c, cue_idx) if c.dep_ == "ccomp" else set())
        idxs.extend(i for i in ctx.subtree(c) if i not in sib)
    if parallel:
        idxs = [i for i in idxs if i not in parallel]
    if idxs and cue.obj and max(idxs) < verb.i and own_q < 0 and all(tok_quote[i] < 0 for i in idxs) and any(
            (c.dep_ == "dobj" and c.lower_ not in NOT_CONTENT_OBJECTS) or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)
            for c in verb.children if c.i > verb.i):
        return None  # "...: 83% endorse background checks": the verb's own object is the content
    return idxs, []


def clause_on_noun(ctx, verb, cue, cue_idx):
    """"The mayor said in a statement that the bridge would reopen": the parser hangs the
    that-clause on the noun of a phrase after the verb."""
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i:
            for t in c.subtree:
                if t.dep_ in ("acl", "ccomp", "relcl") and t.pos_ in ("VERB", "AUX") and (any(
                        x.dep_ == "mark" and x.lower_ == "that" and x.i < t.i for x in t.children)
                        or (t.dep_ == "relcl" and cue.cls in ("speech", "thought", "claim") and _that_clause(t))):
                    return [x.i for x in t.subtree], []
    return None


def main_clause_of_as(ctx, verb, cue, cue_idx):
    """"As the paper noted, the mayor raised taxes": the main clause is the content."""
    if (verb.dep_ == "advcl" and verb.head.i != verb.i and verb.i < verb.head.i
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)):
        own = set(ctx.subtree(verb))
        return [i for i in ctx.subtree(verb.head) if i not in own], []
    return None


def whether_clause(ctx, verb, cue, cue_idx):
    """"Asked if he would run, ...", "She wondered whether the bridge would hold"."""
    idxs: list[int] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp") and c.i > verb.i and any(
                x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in c.children):
            idxs.extend(ctx.subtree(c))
    return idxs, []


def speech_object(ctx, verb, cue, cue_idx):
    """"She tweeted her thanks", "He wrote an op-ed": a speech verb's object is what it says
    (not an addressee: "urged voters to stay home", "asked the mayor")."""
    if cue.cls not in ("speech", "report"):
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i and c.lower_ not in NOT_CONTENT_OBJECTS and not cue.addressee \
                and not addressee_then_infinitive(verb, c) and not asked_party(verb, c):
            return ctx.subtree(c), []
    return None


def infinitive_clause(ctx, verb, cue, cue_idx):
    """"He said legalizing it could help" (the parser gives the clause as xcomp); "told him to
    leave", "urged voters to stay home" (an addressee, then the infinitive); "vowed to fight"
    (a to-infinitive cue)."""
    if cue.cls not in ("speech", "report"):
        return None
    told = any(c.dep_ in ("dobj", "dative") and c.i > verb.i and (cue.addressee or addressee_then_infinitive(verb, c))
               for c in verb.children)
    idxs: list[int] = []
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i and (
                c.tag_ != "VB" or told or (verb.lemma_ in TO_INFINITIVE_CUES
                                           and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children))):
            idxs.extend(ctx.subtree(c))
    return idxs, []


def so_pro_form(ctx, verb, cue, cue_idx):
    """"Half of them said so", "Lee thinks so, too": "so" stands for the content."""
    doc = verb.doc
    if cue.cls not in ("speech", "report", "thought") or verb.i + 1 >= len(doc):
        return None
    nxt = doc[verb.i + 1]
    if nxt.lower_ == "so" and nxt.head.i == verb.i and (
            nxt.i + 1 == len(doc) or nxt.nbor().is_punct or nxt.nbor().dep_ in ("prep", "cc", "advmod")):
        return [nxt.i], []
    return None


def wh_pro_form(ctx, verb, cue, cue_idx):
    """"She would not say when", "He did not say why": a bare wh-word stands for the withheld
    content; "said as much"."""
    if cue.cls not in ("speech", "report", "thought"):
        return None
    for c in verb.children:
        if c.lower_ == "much" and c.dep_ in ("advmod", "dobj") and c.i > verb.i:
            as_ = next((x for x in c.children if x.lower_ == "as" and x.i == c.i - 1), None)
            if as_ is not None:
                return [as_.i, c.i], []
        if (c.i > verb.i and c.lower_ in PRO_FORM_CONTENT and c.dep_ in ("advmod", "ccomp", "dobj", "intj")
                and len(list(c.subtree)) == 1 and (c.i + 1 == len(verb.doc) or c.nbor().is_punct
                                                   or c.nbor().lower_ in ("or", "and"))):
            return [c.i], []
    return None


def host_clause(ctx, verb, cue, cue_idx):
    """'The bridge, she says, will reopen' (a parenthetical cue: parataxis), or a cue the
    parser hung on a quoted clause: the clause it hangs on, without the cue's own words."""
    tok_quote = ctx.qidx.tok_quote
    h = verb.head
    if (h.i != verb.i and tok_quote[verb.i] < 0
            and (verb.dep_ == "parataxis" or (verb.dep_ in ("ccomp", "advcl", "conj") and tok_quote[h.i] >= 0))):
        own = set(ctx.subtree(verb))
        return [i for i in ctx.subtree(h) if i not in own], []
    return None


def passive_subject(ctx, verb, cue, cue_idx):
    """"The meeting was first reported by the Herald", "Her plan was backed Friday by Sen.
    Ames": the passive subject is the content, the "by" joins the cue."""
    if cue.cls not in ("speech", "report", "claim", "stance"):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if (agent is not None and subj is not None
            and (subj.pos_ in ("NOUN", "PROPN") or (cue.cls == "stance" and subj.pos_ == "PRON"))
            and (agent.i == verb.i + 1 or (cue.cls == "stance" and agent.i <= verb.i + 3))):
        return ctx.subtree(subj), [agent]
    return None


def _prep_object(ctx, verb, word: str, right_after: bool):
    """(the object's subtree, [the preposition]) of the verb's ``word`` phrase, or None."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == word
                 and (c.i == verb.i + 1 if right_after else c.i > verb.i)), None)
    obj = object_of(prep) if prep is not None else None
    return (ctx.subtree(obj), [prep]) if obj is not None else None


def pointed_to(ctx, verb, cue, cue_idx):
    """"The mayor pointed to her record": what is pointed to is the content."""
    return _prep_object(ctx, verb, "to", True) if verb.lemma_ == "point" else None


def about_topic(ctx, verb, cue, cue_idx):
    """"She joked about moving abroad": "about" names the topic of a speech or thought verb."""
    if cue.obj or cue.cls not in ("speech", "thought"):
        return None
    return _prep_object(ctx, verb, "about", False)


def believes_in(ctx, verb, cue, cue_idx):
    """"He believes in small government"."""
    return _prep_object(ctx, verb, "in", True) if verb.lemma_ in IN_OBJECT_VERBS else None


# the clause (or what stands for it) a cue verb reports, in order: the first that finds tokens wins
CONTENT_STRATEGIES = (reported_clause, clause_on_noun, main_clause_of_as, whether_clause, speech_object,
                      infinitive_clause, so_pro_form, wh_pro_form, host_clause, passive_subject, pointed_to,
                      about_topic, believes_in)


def for_clause(ctx, verb, cue, cue_idx):
    """"She is calling for the council to act": the parser makes "for" a mark of the clause."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i > verb.i and c.pos_ == "VERB":
            mark = next((x for x in c.children if x.dep_ == "mark" and x.lower_ == "for" and x.i < c.i), None)
            if mark is not None and mark.i == verb.i + 1:
                return [i for i in ctx.subtree(c) if i != mark.i], [mark]
    return None


def _object_riders(ctx, verb, c, dep: str, idxs: list[int]) -> list[int]:
    """What rides on an object: "called it a disaster", "blamed the law on X", "mocked him for
    Y", "called Lee “the orange prince”" (two oprd)."""
    for o in verb.children:
        if o.i != c.i and dep == "oprd" and o.dep_ == "oprd" and o.i > c.i:
            idxs.extend(ctx.subtree(o))
        if o.i == c.i or dep != "dobj":
            continue
        if o.dep_ in ("oprd", "xcomp") or (
                o.dep_ == "prep" and o.i > c.i and o.lower_ in OBJECT_RIDER_PREPS
                and not any(x.ent_type_ in ("DATE", "TIME") for x in o.children)):
            idxs.extend(ctx.subtree(o))
    return idxs


def object_or_complement(ctx, verb, cue, cue_idx):
    """"She denied the report", "called on her rivals to quit" (the addressee is part of the
    content), "asked the mayor about his remarks" (the parser hangs "about" on the addressee):
    an infinitive complement, an object or a predicate, in that order."""
    for dep in ("xcomp", "dobj", "oprd"):
        for c in verb.children:
            if dep == "dobj" and c.lower_ == "that" and c.i < verb.i:
                continue  # "the observation that the sides agreed": a complementizer, not an object
            if dep == "dobj" and c.dep_ == "dobj" and asked_party(verb, c):
                about = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "about"), None)
                obj = object_of(about) if about is not None else None
                if obj is not None:
                    return ctx.subtree(obj), [about]
                continue
            if c.dep_ == dep and not (dep == "xcomp" and c.pos_ not in ("VERB", "AUX")):
                idxs = ctx.subtree(c)
                if dep == "xcomp":
                    on = next((o for o in verb.children if o.dep_ == "prep" and o.lower_ in ("on", "upon")
                               and verb.i < o.i < c.i and any(x.dep_ == "pobj" for x in o.children)), None)
                    if on is not None:
                        return [i for i in ctx.subtree(on) if i != on.i] + idxs, [on]
                return _object_riders(ctx, verb, c, dep, idxs), []
    return None


def prepositional_object(ctx, verb, cue, cue_idx):
    """"The union balked at the plan", "She apologized to Lee for the remark" (the topic, not
    the one spoken to), but not "spoke on Monday" (a date)."""
    preps = ADDRESSEE_PREP_VERBS.get(verb.lemma_, OBJECT_PREPS)
    if verb.lemma_ in AT_OBJECT_VERBS:
        preps = preps | {"at"}
    for c in sorted((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i),
                    key=lambda c: (c.lower_ in ("to", "with"), c.lower_ != "about", c.i)):
        obj = object_of(c)
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
            return ctx.subtree(obj), [c]
    return None


# for a cue whose object can be its content ("denied the report", "called for talks"), in order
OBJECT_STRATEGIES = (for_clause, object_or_complement, prepositional_object)


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


_CLOSING_MARKS = "\"”’'"


def quotation_ends_sentence(text: str, end: int) -> bool:
    """Does the quotation closing at ``end`` end a sentence or a quoted turn ('... for a week."
    The ...', '“... in this case,” Chief Lee said'), so that a capital after it starts the
    next clause?  Not this: 'had “killed 1,000” Taliban fighters': a quoted phrase ending in a
    word is inside the clause, and the name after it goes on with the clause."""
    i = end
    while i > 0 and (text[i - 1] in _CLOSING_MARKS or text[i - 1].isspace()):
        i -= 1
    return i == 0 or not text[i - 1].isalnum()


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
            if last < e and _SENTENCE_START.match(text, last) and quotation_ends_sentence(text, last):
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


def clause_frame(ctx, tok, idxs, *, rule: str, cue: list[Span], source: Span | None = None,
                 source_head: int | None = None, same_paragraph: bool = True) -> Frame | None:
    """The frame of a cue at ``tok`` whose content is the tokens ``idxs`` (kept to the cue's
    paragraph unless told otherwise); None when no content is left."""
    if same_paragraph:
        idxs = keep_to_paragraph(ctx, tok, sorted(idxs))
    content, kind = content_spans(ctx, idxs, (), tok.idx)
    if not content:
        return None
    return Frame(kind=kind, rule=rule, cue=cue, cue_token=tok.i, content=content, source=source,
                 source_head=source_head)
