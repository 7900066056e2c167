"""Cue-anchored attributions from the dependency parse: SOURCE CUE (that) CONTENT,
trailing CONTENT, SOURCE CUE, inversion ("said the minister"), "according to SOURCE",
"SOURCE told ADDRESSEE ...", "X, quoted by Y, said", "Y quoted X as saying", and the
direct quotations those cues introduce ("...," he said / he said: "...")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Span
from .context import member
from .frame import Frame, Reporter
from .lexicon import (noun_cue_hashes, verb_cue_hashes, verb_surface_forms, verb_surface_hashes,
                      word_list)
from .spans import (claimed_quotes, has_word, is_quote_token, runs, tokens_span,
                    trim_tokens)

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
RELATIVE = {"who", "that", "which", "whom"}
STATEMENT_NOUNS = word_list("statement_nouns")
FIRST_SECOND_PERSON = {"i", "we", "you"}
# what someone issues, whose "-ing" clause is the issuer's words ("released a statement saying ...")
ISSUED_NOUNS = STATEMENT_NOUNS | word_list("issued_nouns")
# "forced Clinton to distance herself", "prompting them to focus on": the object does the infinitive
OBJECT_CONTROL = word_list("object_control")
# "helped to promote", "persuaded him to back": whose stance the infinitive is, is unclear
OTHERS_XCOMP = word_list("others_xcomp")
# verbs that in a "who ..." clause mostly describe the person rather than report a view
WEAK_IN_RELATIVE = word_list("weak_in_relative")
# "leaving many to wonder": quantifiers that can hold a view
QUANTIFIERS = word_list("quantifiers")
# one-word subjects that name no holder ("this shows", "that suggests", "what matters")
VAGUE_SOURCES = word_list("vague_sources")
EVIDENCE_VERBS = word_list("evidence_verbs")  # "polls showing ..."
NOT_SAYING = word_list("not_saying")
# "is focused on", "is aimed at": passives that name a state, not somebody's stance
STATE_PASSIVES = word_list("state_passives")
_GAP_OK = re.compile(r"[\s,:;—–-]*")


def _object_of(prep, deps=("pobj", "pcomp")):
    """The object of a preposition ("about [the plan]"), or None."""
    return next((x for x in prep.children if x.dep_ in deps), None)


def _span_without(ctx, root, drop: set[int]) -> tuple[Span | None, list[int]]:
    """The span of ``root``'s subtree minus ``drop``: the contiguous run around root."""
    doc = ctx.doc
    idxs = [i for i in ctx.subtree(root) if i not in drop]
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


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """One-word role and group nouns of the actor knowledge base ("official", "voter", "senator")."""
    from ..actors.kb import data_lines

    words = {cols[0] for cols in data_lines("agents.tsv") if cols and " " not in cols[0]}
    return frozenset(words | {"people", "person", "man", "woman", "voter", "supporter", "critic", "crowd",
                              "audience", "resident", "member", "group", "campaign", "team", "staff", "aide",
                              "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "expert",
                              "analyst", "official", "leader", "candidate", "delegate", "protester", "activist",
                              "organization", "company", "firm", "committee", "party", "administration", "agency",
                              "newspaper", "paper", "network", "outlet", "website", "site", "magazine"})


def _agentive_noun(tok) -> bool:
    """A noun that can hold a view: a named person or group, or a role noun ("officials")."""
    return (tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.lemma_.lower() in _agent_nouns()
            or tok.lemma_.lower() in ISSUED_NOUNS or tok.lower_ in ISSUED_NOUNS)


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


def _main_verb_as_participle(tok) -> bool:
    """"Beruff, a Scott ally, called Florida's standards “strong.”": the parser read the main
    verb as a participle on the subject; a participle with an object of its own (and no
    "by" agent) is the sentence's verb."""
    return (tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.i < tok.i
            and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
            and not any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in tok.sent if t.i != tok.i))


def _source(ctx, verb, cue_idx: set[int], quotes: bool = False):
    """(source span, head token, reporter) for a cue verb."""
    doc, text, qidx, lex = ctx.doc, ctx.text, ctx.qidx, ctx.lex
    quote_of = (lambda t: qidx.tok_quote[t.i]) if quotes else (lambda t: -1)
    head = _sibling_of(ctx, verb, cue_idx) or verb
    doer = _for_subject(ctx, verb)
    if doer is not None and not any(c.dep_ in SUBJECTS for c in verb.children):
        span, _ = _span_without(ctx, doer, set())
        return _strip_span(text, span), doer.i, None  # "it is common for news accounts to portray ..."
    for _ in range(4):
        # the subject nearest the verb ("12:15 p.m.:\n\nObama says": the parser gives two)
        # and outside quotations ('"Meh," wrote a supporter': the parser gives "Meh" too)
        subj = min((c for c in head.children if c.dep_ in SUBJECTS),
                   key=lambda c: (quote_of(c) >= 0 and quote_of(c) != quote_of(verb), abs(c.i - head.i)),
                   default=None)
        if subj is None:
            passive = next((c for c in head.children if c.dep_ in PASSIVE_SUBJECTS), None)
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            if agent is not None:
                subj = _object_of(agent, ("pobj",))
            elif passive is not None and head.i != verb.i and verb.tag_ == "VBG" and head.i < verb.i:
                subj = passive  # "she was suspended after slamming ...": she did the slamming
            elif passive is not None:
                return None, None, None
        if subj is not None:
            break
        if (head.dep_ == "acl" and head.tag_ == "VBG" and head.head.lemma_ in ISSUED_NOUNS
                and head.head.dep_ in ("dobj", "pobj") and head.head.i != head.head.head.i):
            head = head.head.head  # "The DNC released a statement apologizing ...": the issuer speaks
            continue
        if (head.dep_ == "acl" and head.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in head.children)
                and head.head.dep_ in ("dobj", "attr") and head.head.head.pos_ in ("VERB", "AUX")):
            head = head.head.head  # "held a briefing to brag ...", "had nothing to say about ...": the holder speaks
            continue
        if (head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN" and not _agentive_noun(head.head)
                and not (head.i == verb.i and head.lemma_ in EVIDENCE_VERBS)):
            # "a double-barreled attack labeling them ...", "at a rally blasting ...": the participle
            # is the doer's, the subject of the verb the noun hangs on
            noun = head.head
            gov = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
            if gov.pos_ in ("VERB", "AUX") and gov.i != noun.i and noun.dep_ in ("dobj", "pobj", "attr", "npadvmod"):
                head = gov
                continue
        if ((head.dep_ == "relcl" or (head.dep_ == "acl" and (head.tag_ == "VBG" or _main_verb_as_participle(head))))
                and head.head.pos_ in ("NOUN", "PROPN", "PRON")):
            subj = head.head
            break
        if head.dep_ == "xcomp" and head.head.lemma_ in OBJECT_CONTROL:
            obj = next((c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
            if obj is not None and (obj.pos_ in ("PRON", "PROPN", "NOUN", "NUM") or obj.lower_ in QUANTIFIERS):
                subj = obj  # "forced Clinton to distance herself", "leaving many to wonder"
                break
        if (head.dep_ == "xcomp" and lex.verbs.get(verb.lemma_) is not None and lex.verbs[verb.lemma_].cls != "speech"
                and (head.head.lemma_ in lex.verbs or head.head.lemma_ in NOT_SAYING
                     or head.head.lemma_ in OTHERS_XCOMP)):
            return None, None, None  # "wants to support X": the wanting is the attribution
        if head.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "acomp", "dep") and head.head.i != head.i:
            head = head.head
            continue
        return None, None, None
    if subj is None:
        return None, None, None
    if subj.lower_ == "it" and head.i != verb.i and head.lemma_ in ("be", "mean"):
        return None, None, None  # "it is worth remembering that", "It means acknowledging": nobody
    if subj.lower_ in RELATIVE and head.dep_ == "relcl":
        if subj.lower_ == "that" and head.head.pos_ in ("NOUN", "PROPN"):
            # "a report that suggested ...": the antecedent is the source
            span, _ = _span_without(ctx, head.head, set(ctx.subtree(head)))
            return _strip_span(text, span), head.head.i, None
        # "Smith, who said ...": PolNeAR marks the relative pronoun as the source; the antecedent names the actor
        return (subj.idx, subj.idx + len(subj.text)), head.head.i, None
    drop: set[int] = set()
    reporter = None
    qb = _quoted_by(subj)
    if qb is not None:
        quoted, by, pobj = qb
        drop |= set(ctx.subtree(quoted))
        rspan, _ = _span_without(ctx, pobj, set())
        reporter = Reporter(rspan, pobj.i, [(quoted.idx, by.idx + len(by.text))], "quoted_by")
    for t in subj.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != subj.i and any(x.i in cue_idx or x.i == verb.i for x in t.subtree):
            drop |= {x.i for x in t.subtree}
            name = next((a for a in t.subtree if a.dep_ == "appos" and a.pos_ == "PROPN"
                         and a.ent_type_ in ("PERSON", "") and a.i > t.i
                         and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ","
                         and verb.i not in set(ctx.subtree(a))), None)
            if name is not None and verb.i > max(ctx.subtree(name)):
                # "One pastor supporting Cruz, Dan Whit of Marion, said": the parser hung the
                # speaker's name on the participle's object
                span, _ = _span_without(ctx, name, set())
                return _strip_span(text, span), name.i, None
    if verb.i in set(ctx.subtree(subj)):
        drop |= {i for i in ctx.subtree(verb) if i != subj.i}
    span, _ = _span_without(ctx, subj, drop)
    cut = text.rfind("\n", span[0], subj.idx)
    if cut >= 0:  # a dateline or a previous paragraph is not part of the source
        span = (cut + 1 + len(text[cut + 1:subj.idx]) - len(text[cut + 1:subj.idx].lstrip()), span[1])
    span = _strip_span(text, span)
    return span, subj.i, reporter


_AFTER_QUOTE = re.compile(r"[\s,]*")


def _name_after_quote(ctx, verb) -> tuple[Span | None, int | None]:
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


NP_INSIDE_DEPS = {"det", "compound", "amod", "poss", "nummod", "case"}


def _inverted_speaker(ctx, verb) -> list[int]:
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


FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _phrase_before(ctx, verb) -> list[int]:
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

    def phrase(a: int, b: int) -> list:
        toks = [t for t in doc[a:b + 1] if not t.is_space]
        if (not 1 <= len(toks) <= 8 or toks[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON")
                or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ("(", ")", ",") for t in toks)):
            return []
        return toks

    last = phrase(commas[-1] + 1, end)
    if not last:
        return []
    if len(commas) >= 2 and last[0].pos_ != "PROPN":
        name = phrase(commas[-2] + 1, commas[-1] - 1)
        if name and name[0].pos_ == "PROPN" and all(t.pos_ in ("PROPN", "PUNCT") for t in name):
            return [t.i for t in name] + [commas[-1]] + [t.i for t in last]
    if not any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP") or _agentive_noun(t)
               for t in last):
        return []
    return [t.i for t in last]


def _subject_in_content(ctx, verb, idxs: list[int]) -> list[int]:
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
        if doc[i].lower_ in ("but", "and", ";", "so", "yet") and doc[i].dep_ in ("cc", "punct"):
            start = n + 1
    pre = trim_tokens(doc, pre[start:])
    if not pre or len(pre) > 40 or doc[pre[0]].pos_ not in ("PROPN", "NOUN", "DET", "PRON", "ADJ", "NUM"):
        return []
    return pre


def _strip_span(text: str, span: Span) -> Span:
    s, e = span
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\"“”"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-"):
        e -= 1
    return (s, e) if e > s else span


def _addressee_then_infinitive(verb, obj) -> bool:
    """"asked the network to donate", "urged voters to stay home": the object is whom the
    request is addressed to, the infinitive after it what is asked."""
    return verb.lemma_ in REQUEST_VERBS and any(
        x.dep_ in ("xcomp", "ccomp") and x.i > obj.i and x.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children) for x in verb.children)


def _asked_party(verb, obj) -> bool:
    """"asked Republican politicians: “...”", "urged them “...”": the object of a request
    verb is whom it is addressed to (but "asked a question" is what was asked)."""
    return verb.lemma_ in ASK_VERBS and obj.lemma_ not in ("question", "favor", "favour")


def _addressee(ctx, verb, cue):
    for c in verb.children:
        if c.dep_ == "dobj" and not cue.addressee and (_addressee_then_infinitive(verb, c) or _asked_party(verb, c)):
            span, _ = _span_without(ctx, c, set())
            return span, c.i
    if cue.addressee:
        for c in verb.children:
            if c.dep_ in ("dobj", "dative") and not is_quote_token(c):
                span, _ = _span_without(ctx, c, set())
                return span, c.i
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            p = _object_of(c, ("pobj",))
            if p is not None:
                span, _ = _span_without(ctx, p, set())
                return span, p.i
    return None, None


# verbs of asking: "asked X to Y", "urged X to Y" (X the addressee, "to Y" the content)
REQUEST_VERBS = word_list("request_verbs")
ASK_VERBS = word_list("ask_verbs")
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


def _content_tokens(ctx, verb, cue, cue_idx=frozenset()) -> tuple[list[int], list]:
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
                who = _conj_phrase_before(ctx, c)
                if who:
                    parallel |= set(range(who[0] - 1, who[-1] + 1))
                continue
            sib = (_sibling_cues(ctx, c, cue_idx) | _contrast_clauses(ctx, c, cue_idx) | _participle_cues(ctx, c, cue_idx)
                   | _parallel_cues(ctx, c, cue_idx) if c.dep_ == "ccomp" else set())
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
                    and not _addressee_then_infinitive(verb, c) and not _asked_party(verb, c):
                idxs.extend(ctx.subtree(c))
                break
    if not idxs and cue.cls in ("speech", "report"):
        # "He said legalizing it could ...": the parser gives the clause as xcomp;
        # "told him to leave", "urged voters to stay home": an addressee, then the infinitive
        told = any(c.dep_ in ("dobj", "dative") and c.i > verb.i and (cue.addressee or _addressee_then_infinitive(verb, c))
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
        obj = _object_of(to) if to is not None else None
        if obj is not None:
            return ctx.subtree(obj), [to]
    if not idxs and not cue.obj and cue.cls in ("speech", "thought"):
        # "joked about moving to New Zealand", "has said about Latinos": "about" names the topic
        about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > verb.i), None)
        obj = _object_of(about) if about is not None else None
        if obj is not None:
            return ctx.subtree(obj), [about]
    if not idxs and verb.lemma_ in IN_OBJECT_VERBS:  # "believes in small government"
        in_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1), None)
        obj = _object_of(in_) if in_ is not None else None
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
            if dep == "dobj" and c.dep_ == "dobj" and _asked_party(verb, c):
                about = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "about"), None)
                obj = _object_of(about) if about is not None else None
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
        obj = _object_of(c)
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


def _sibling_cues(ctx, clause, cue_idx) -> set[int]:
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


def _conj_phrase_before(ctx, verb) -> list[int]:
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


def _parallel_cues(ctx, clause, cue_idx) -> set[int]:
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


def _participle_cues(ctx, clause, cue_idx) -> set[int]:
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


def _contrast_clauses(ctx, clause, cue_idx) -> set[int]:
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


def _sibling_of(ctx, verb, cue_idx):
    """The outer cue verb whose subject a sibling cue (see :func:`_sibling_cues`) shares."""
    h = verb.head
    if (verb.dep_ == "conj" and h.dep_ == "ccomp" and h.head.i in cue_idx and h.head.i != h.i
            and verb.i in _sibling_cues(ctx, h, cue_idx)):
        return h.head
    if (verb.dep_ == "advcl" and h.dep_ == "ccomp" and h.head.i in cue_idx and h.head.i != h.i
            and verb.i in _participle_cues(ctx, h, cue_idx)):
        return h.head
    return None


TRAILING_DEPS = {"punct", "prep", "npadvmod", "advmod", "aux", "neg", "nsubj", "agent", "prt"}


def _trailing_clause(ctx, verb, subj_i) -> list[int]:
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


def _block_after_colon(ctx, last) -> Span | None:
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


def _opens_clause(tok) -> bool:
    """Whether a participle opens its clause, after "when"/"while"/"if" at most: "Asked if
    ...", "..., when asked about ..."."""
    i = tok.i
    while i > 0 and tok.doc[i - 1].head.i == tok.i and tok.doc[i - 1].dep_ in ("advmod", "mark"):
        i -= 1
    return i == 0 or tok.doc[i - 1].is_punct or tok.doc[i - 1].is_space or tok.doc[i].is_sent_start


def _same_paragraph(ctx, tok, idxs: list[int]) -> list[int]:
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


def _adjacent_quote(ctx, left: int, right: int) -> list[int]:
    """A quotation right after ``right`` (he said: "...") or right before ``left`` ("...," he said)."""
    text, qidx = ctx.text, ctx.qidx
    found = []
    qi = qidx.quote_starting_after(right)
    if qi is not None:
        q = qidx.quotes[qi]
        gap = text[right:q.start]
        if (_GAP_OK.fullmatch(gap) and (gap.count("\n") == 0 or gap.rstrip(" \n").endswith(":"))):
            found.append(qi)
    if found:
        lead = _interrupted_lead(ctx, found[0], left)
        if lead is not None:
            found.insert(0, lead)
    if not found:
        for qi in qidx.quotes_overlapping(max(0, left - 3), left):
            q = qidx.quotes[qi]
            if q.end <= left and _GAP_OK.fullmatch(text[q.end:left]) and "\n" not in text[q.end:left]:
                found.append(qi)
    return found


def _interrupted_lead(ctx, after_qi: int, left: int) -> int | None:
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
            and _GAP_OK.fullmatch(text[q.end:left]) and "\n" not in text[q.end:left]):
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


CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}


def _cue_spans(ctx, verb, more=()) -> list[Span]:
    doc = ctx.doc
    toks = [verb, *(t for t in more if t.i != verb.i)]
    i = verb.i - 1  # "has also said", "will not support", "to criticize": PolNeAR's cue span
    while i >= 0 and doc[i].head.i == verb.i and doc[i].dep_ in CUE_LEFT and not doc[i].is_punct:
        toks.append(doc[i])
        i -= 1
    for c in verb.children:
        if c.dep_ == "prt" and all(t.i != c.i for t in toks):
            toks.append(c)
    spans = []
    for t in sorted(toks, key=lambda t: t.i):
        if spans and doc[t.i - 1].idx + len(doc[t.i - 1].text) == spans[-1][1] and t.i - 1 in {x.i for x in toks}:
            spans[-1] = (spans[-1][0], t.idx + len(t.text))
        else:
            spans.append((t.idx, t.idx + len(t.text)))
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1:
            p = _object_of(c, ("pobj",))
            if p is not None and p.lemma_ in STATEMENT_NOUNS and p.i <= c.i + 3:
                spans[-1] = (spans[-1][0], p.idx + len(p.text))
    return spans


def find_frames(ctx) -> list[Frame]:
    doc, text, qidx, lex = ctx.doc, ctx.text, ctx.qidx, ctx.lex
    import numpy

    verbs = lex.verbs
    frames: list[Frame] = []
    arr = ctx.lemma_lower
    hit = member(arr[:, 0], verb_cue_hashes()) | member(arr[:, 1], verb_surface_hashes())
    candidates = [doc[int(i)] for i in numpy.nonzero(hit)[0]]
    surface = verb_surface_forms()
    cue_idx = {t.i for t in candidates if t.pos_ in ("VERB", "AUX")}
    for tok in candidates:
        lemma = tok.lemma_
        if lemma not in verbs and lemma != "accord":
            lemma = surface.get(tok.lower_, lemma)
        if lemma == "accord" and tok.lower_ == "according":
            f = _according(ctx, tok)
            if f is not None:
                frames.append(f)
            continue
        cue = verbs.get(lemma)
        if cue is None or tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        if (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "nmod") and lemma not in ("quote",)
                and not _main_verb_as_participle(tok)):
            continue  # "pledged delegates", "the statement issued"
        if tok.dep_ == "xcomp" and tok.head.lemma_ in NOT_SAYING:
            continue
        if (lemma in PASSIVE_VIEW_VERBS and any(c.dep_ == "auxpass" for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children)):
            continue  # "The dam is considered unsafe": a passive view (find_passive_view_frames)
        if tok.dep_ == "relcl" and lemma in WEAK_IN_RELATIVE and any(
                c.dep_ in SUBJECTS and c.lower_ in ("who", "that") for c in tok.children):
            continue  # "delegates who pledged to ...", "a man who spoke at ...": who someone is, not what they hold
        if lemma in ISSUING_VERBS and any(c.dep_ == "dobj" and c.lemma_ in lex.nouns for c in tok.children):
            continue  # "offered his thoughts on ...": the cue noun's frame, with the verb in its cue
        if lemma == "vote" and any(c.dep_ == "aux" and c.lower_ in ("can", "must", "may", "might", "cannot")
                                   for c in tok.children):
            continue  # "voters can vote for the candidate of their choice": a rule, not a preference
        if lemma == "point" and not any((c.dep_ == "prt" and c.lower_ == "out")
                                        or (c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1)
                                        for c in tok.children):
            continue
        idxs, more_cue = _content_tokens(ctx, tok, cue, cue_idx)
        idxs = _same_paragraph(ctx, tok, idxs)
        while idxs and doc[idxs[-1]].dep_ == "cc" and qidx.tok_quote[idxs[-1]] < 0:
            idxs = idxs[:-1]  # "... about them and": the "and" joins the next clause
        if idxs and idxs[0] < tok.i and qidx.tok_quote[tok.i] < 0:
            # "Most voters say they follow the race; 26 percent say they do not": a semicolon
            # between the content and the cue ends the content's clause
            semi = [i for i in range(idxs[0], tok.i) if doc[i].text == ";" and qidx.tok_quote[i] < 0]
            if semi:
                idxs = [i for i in idxs if i > semi[-1]]
        if (tok.tag_ == "VBN" and (any(c.lower_ in ("when", "if", "after", "while", "once") and c.i < tok.i
                                       for c in tok.children)
                                   or (tok.dep_ in ("advcl", "ROOT") and _opens_clause(tok)))
                and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "aux" for c in tok.children)):
            source, source_head, reporter = None, None, None  # "Asked if ...", "When asked about ...": nobody named
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            asker = _object_of(agent, ("pobj",)) if agent is not None else None
            if asker is not None and asker.pos_ in ("PROPN", "NOUN", "PRON"):  # "Asked by Thrush if ...": Thrush asked
                source, _ = _span_without(ctx, asker, set())
                source_head = asker.i
                idxs = [i for i in idxs if i not in set(ctx.subtree(agent))]
        else:
            source, source_head, reporter = _source(ctx, tok, cue_idx, quotes=True)
            if (source_head is not None and qidx.tok_quote[source_head] >= 0 and qidx.tok_quote[tok.i] < 0
                    and doc[source_head].head.i != tok.i):
                # '“We were wrong,” Ramos, 58, told AFP': the parser joined the cue to the quoted
                # clause, whose subject is no speaker; the name after the quotation is
                alt, alt_head = _name_after_quote(ctx, tok)
                said = next((c for c in tok.children if c.dep_ == "parataxis" and c.lemma_ in lex.verbs
                             and qidx.tok_quote[c.i] < 0 and c.i < tok.i), None)
                subj = next((c for c in said.children if c.dep_ in SUBJECTS), None) if said is not None else None
                if alt is not None:
                    source, source_head, reporter = alt, alt_head, None
                    idxs = [i for i in idxs if qidx.tok_quote[i] >= 0]  # the quotation is what was said
                elif subj is not None:  # "''...,'' he said, not even suggesting X": he suggests X
                    source, source_head, reporter = _span_without(ctx, subj, set())[0], subj.i, None
                    idxs = [i for i in idxs if i > tok.i]
                elif tok.tag_ == "VBG" and qidx.tok_quote[tok.head.i] >= 0:
                    before = _subject_of_clause_before(ctx, tok)
                    if before is not None:  # 'Clinton seemed ready to riff on it, telling the crowd, “...”'
                        source, source_head, reporter = _span_without(ctx, before, set())[0], before.i, None
        if source_head is not None and qidx.tok_quote[source_head] < 0 and any(
                qidx.tok_quote[i] >= 0 for i in ctx.subtree(doc[source_head])):
            # "“...,” Smith, 52, told ...": the parser hung the quotation on the subject
            own = set(ctx.subtree(tok)) if _main_verb_as_participle(tok) else set()
            source, _ = _span_without(ctx, doc[source_head],
                                      {t.i for t in doc[source_head].subtree if qidx.tok_quote[t.i] >= 0} | own)
            source = _strip_span(text, source)
        if source is None and qidx.tok_quote[tok.i] < 0:
            source, source_head = _name_after_quote(ctx, tok)
            if source is not None:  # the parser may have hung the name inside the quotation's clause
                idxs = [i for i in idxs if not source[0] <= doc[i].idx < source[1]]
        if source is None and qidx.tok_quote[tok.i] < 0 and (not cue.addressee or (
                lemma == "ask" and "?" in text[max(0, tok.idx - 6):tok.idx])):  # '“...?” asked the boy'
            who = _inverted_speaker(ctx, tok)
            if who:
                source = tokens_span(doc, who)
                source_head = next((i for i in who if doc[i].head.i not in set(who)), who[-1])
                idxs = []  # the quotation next to the cue is the content, not the words after the name
        if source is None and qidx.tok_quote[tok.i] < 0:
            left = _phrase_before(ctx, tok)
            if left:
                drop = set(left)
                idxs = [i for i in idxs if i not in drop]
            else:
                left = _conj_phrase_before(ctx, tok) if tok.dep_ == "ccomp" and tok.head.lemma_ == tok.lemma_ else []
                left = left or _subject_in_content(ctx, tok, idxs)
                if left:
                    idxs = [i for i in idxs if i > tok.i]  # what came before is the subject (or another clause)
            if left:
                source, source_head = tokens_span(doc, left), left[-1]
        if source_head is not None and idxs and source_head in set(idxs):
            if source_head < tok.i and any(i > tok.i for i in idxs) and qidx.tok_quote[source_head] < 0:
                # "Salkin, a rabbi helping to organize it, said he ...": the parser put the subject in the clause
                idxs = [i for i in idxs if i > tok.i]
            else:
                source, source_head, reporter = None, None, None  # "As expected, the senator won"
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
                source, _ = _span_without(ctx, obj, set())
                source_head = obj.i
            if subj is not None:
                rspan, _ = _span_without(ctx, subj, set())
                reporter = Reporter(rspan, subj.i, [(quoted.idx, quoted.idx + len(quoted.text))], "quoted_as_saying")
            rule = "quoted_as_saying"
        if idxs and source is not None and min(idxs) > tok.i and qidx.tok_quote[tok.i] < 0 \
                and tok.dep_ == "parataxis" and tok.head.tag_ == "VBG" and tok.head.i > tok.i \
                and doc[source_head].head.i == tok.i and doc[source_head].dep_ in SUBJECTS \
                and _closes_quotation_before(ctx, source[0]):
            # "''We will win,'' he said, not even suggesting ...": the quotation is what he said;
            # the parser hung the cue on the participle clause after it
            idxs = []
        addressee, addressee_head = _addressee(ctx, tok, cue)
        extra: list[int] = []
        if not idxs:
            clause = [tok.i]
            if source_head is not None:
                clause += ctx.subtree(doc[source_head])
            if addressee_head is not None:
                clause += ctx.subtree(doc[addressee_head])
            # a quotation the parser hung on the subject ("“...,” Smith, 52, told ...") is not the clause
            if qidx.tok_quote[tok.i] < 0:
                clause = [i for i in clause if qidx.tok_quote[i] < 0 or i == tok.i] or [tok.i]
            left, right = doc[min(clause)], doc[max(clause)]
            extra = _adjacent_quote(ctx, left.idx, right.idx + len(right.text))
            if not extra:
                idxs = _trailing_clause(ctx, tok, source_head) \
                    if cue.cls != "stance" and lemma not in AS_VERBS else []
                if not idxs and cue.cls in ("speech", "report") and source is not None:
                    block = _block_after_colon(ctx, right)
                    if block is not None:
                        frames.append(Frame(kind="indirect", rule=f"cue_verb:{lemma}:block", cue=_cue_spans(ctx, tok, more_cue),
                                            cue_token=tok.i, content=[block], source=source, source_head=source_head,
                                            addressee=addressee, addressee_head=addressee_head, reporter=reporter))
                if not idxs:
                    continue
            else:
                rule = "quote_" + ("before" if qidx.quotes[extra[0]].start < tok.idx else "after") + "_cue"
        content, kind = content_spans(ctx, idxs, extra, tok.idx)
        if not content or any('="' in text[a:b] for a, b in content):
            continue  # nothing, or the markup of an embedded tweet ('author="..."')
        if kind == "direct" and content[0][0] > tok.idx:
            after = qidx.quotes_overlapping(content[0][0], content[0][0] + 1)
            lead = _interrupted_lead(ctx, after[0], min(tok.idx, source[0] if source else tok.idx)) \
                if after else None
            if lead is not None:
                content = list(qidx.quotes[lead].pieces) + content
        if rule == "cue_verb":
            rule = f"cue_verb:{lemma}" + (":trailing" if content[0][0] < tok.idx else "")
        if source_head is not None and source[1] - source[0] <= 5 and (
                doc[source_head].lower_ in VAGUE_SOURCES or (doc[source_head].lower_ == "half" and tok.tag_ == "VBG")):
            source, source_head, reporter = None, None, None  # "this shows ...", "what matters ...", "half joking"
        if cue.cls == "stance":
            if source is None and (lemma in STATE_PASSIVES
                                   or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)):
                continue  # a stance with nobody holding it is not an attribution (but "is accused of" is)
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
            if source is None and subj is not None and subj.lower_ not in RELATIVE:
                extra_content, _ = content_spans(ctx, ctx.subtree(subj))
                content = sorted(set(content) | set(extra_content))  # "Roof is accused of X": Roof is in it
            rule = rule.replace("cue_verb", "stance_verb")
        frames.append(Frame(kind=kind, rule=rule, cue=_cue_spans(ctx, tok, more_cue), cue_token=tok.i,
                            content=content, source=source, source_head=source_head,
                            addressee=addressee, addressee_head=addressee_head, reporter=reporter))
    return frames


# verbs whose object relative is mostly a description ("the man she supports", "the city he spoke in")
NOT_OBJECT_RELATIVE = word_list("not_object_relative")


MAKING_VERBS = word_list("making_verbs")


def find_object_relative_frames(ctx, frames: list[Frame]) -> list[Frame]:
    """The content is the noun the cue verb's clause modifies: "the contest she never
    envisioned", "everything he said", "a threat that Smith repeated" (source = the
    clause's subject), and "a claim rejected by the court", "the bill, opposed by
    Republicans" (source = the "by" phrase)."""
    doc, qidx, lex = ctx.doc, ctx.qidx, ctx.lex
    import numpy

    taken = {c for f in frames for s, e in f.cue for c in range(s, e)}
    arr = ctx.lemma_lower
    hit = member(arr[:, 0], verb_cue_hashes())
    out: list[Frame] = []
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
            source, _ = _span_without(ctx, subj, set())
            source_head = subj.i
        elif tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            p = _object_of(agent, ("pobj",)) if agent is not None else None
            if p is None:
                continue
            as_ = next((c for c in [*tok.children, *p.children] if c.dep_ == "prep" and c.lower_ == "as"
                        and c.i > tok.i), None)
            if as_ is not None:  # "an option seen by organizers as a lifeboat": the view is content too
                as_phrase = [i for i in ctx.subtree(as_) if i != as_.i]
            source, _ = _span_without(ctx, p, set(ctx.subtree(as_)) if as_ is not None else set())
            source_head = p.i
        else:
            continue
        drop = set(ctx.subtree(tok))
        idxs = [i for i in ctx.subtree(noun) if i not in drop and i < tok.i]
        idxs = [k for k in idxs if doc[k].lower_ not in RELATIVE or doc[k].head.i != tok.i]
        idxs = trim_tokens(doc, idxs)
        if not idxs or noun.i not in idxs:
            continue
        frame = _clause_frame(ctx, tok, idxs + as_phrase, rule=f"object_relative:{tok.lemma_}",
                              cue=_cue_spans(ctx, tok), source=source, source_head=source_head)
        if frame is not None:
            out.append(frame)
    return out


def _according(ctx, tok) -> Frame | None:
    doc = ctx.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    pobj = _object_of(to, ("pobj",))
    if pobj is None:
        return None
    source, _ = _span_without(ctx, pobj, set())
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.i == tok.i:
        return None
    phrase = set(ctx.subtree(tok)) | set(ctx.subtree(to)) | {tok.i}
    idxs = [i for i in ctx.subtree(head) if i not in phrase]
    # the clause is the content, but not the part of it that a colon introduces
    content, kind = content_spans(ctx, idxs, (), tok.idx)
    if not content:
        return None
    return Frame(kind="according_to", rule="according_to", cue=[(tok.idx, to.idx + len(to.text))],
                 cue_token=tok.i, content=content, source=source, source_head=pobj.i)


# "Name: what they said" -- a headline or transcript line whose speaker stands before a colon.
# A transcript pasted inside one long quotation opens each paragraph with a quote mark ('"PENCE: Well, ...').
_COLON_LINE = re.compile(r"^[ \t]*[\"“]?(?P<src>[A-Z][^\n:\"“”]{0,48}?)[ \t]*:(?P<rest>[ \t]*[^\n]*)$", re.M)
_NOT_SPEAKERS = word_list("not_speakers")


# a headline's lead-in, not its speaker ("Breaking: ...", "Wow: ...")
_TEASERS = word_list("teasers")
_TITLE_TAG = re.compile(r"(?:EXCLUSIVE|BREAKING|UPDATE|WATCH|VIDEO|REPORT)\s*[–—-]\s*")
_TITLE_ADDRESSEE = re.compile(r"\s+(?:on|to)\s+", re.I)

# a headline "Poll: ...", "Newspaper: ...": a source noun standing for its publisher
COLON_SOURCE_NOUNS = word_list("colon_source_nouns")


def find_colon_frames(ctx) -> list[Frame]:
    """Headline "Graham: Trump's rhetoric is hurting the party." and transcript "SMITH:\\n...":
    source = the name before the colon, cue = the colon, content = the rest of the line
    (or the next paragraph when the colon ends the line and the name is in capitals)."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    frames: list[Frame] = []
    title_end = text.find("\n")
    for m in _COLON_LINE.finditer(text):
        src, rest = m.group("src").strip(), m.group("rest")
        s0 = m.start("src")
        in_title = title_end < 0 or m.start() < title_end
        if in_title:
            # "EXCLUSIVE – Roger Stone: ...", "Clinton to Planned Parenthood: ...", "CNN Chief On Trump: ..."
            tag = _TITLE_TAG.match(src)
            if tag is not None:
                s0 += tag.end()
                src = src[tag.end():]
            cut = _TITLE_ADDRESSEE.search(src)
            if cut is not None and cut.start() > 0:
                src = src[:cut.start()]
        words = src.split()
        if not 1 <= len(words) <= 5 or src.lower() in _NOT_SPEAKERS or any(ch.isdigit() for ch in src):
            continue
        if src.lower() in _TEASERS:
            continue
        if not all(w[0].isupper() or w.lower() in ("camp", "of", "the", "campaign", "spokesman", "aide", "aides")
                   for w in words):
            continue
        s1 = s0 + len(src)
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "NNP" for t in span):
            continue
        if (not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span) and not src.isupper()
                and not _is_mention(ctx.mentions, s0, s1)
                and not ((in_title or len(words) <= 2) and _named_elsewhere(text, words[-1], m.start(), m.end()))
                and not (len(words) <= 3 and words[-1].lower() in COLON_SOURCE_NOUNS)):
            continue  # "A World at War: ...", "Timeline: ..." are topics, not speakers
        colon = text.index(":", s1)
        cs = m.start("rest")
        ce = m.end("rest")
        if not rest.strip():
            if not (src.isupper() and len(src) > 1):
                continue
            nxt = re.compile(r"\s*").match(text, ce).end()
            cs, ce = nxt, text.find("\n", nxt)
            ce = len(text) if ce < 0 else ce
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] == "."):
            ce -= 1
        if ce - cs < 8 or len(text[cs:ce].split()) < 2:
            continue
        root = span.root
        kind = "direct" if all(qidx.tok_quote[t.i] >= 0 for t in doc.char_span(cs, ce, alignment_mode="expand") or []) else "indirect"
        frames.append(Frame(kind=kind, rule="colon_speaker", cue=[(colon, colon + 1)], cue_token=doc.char_span(colon, colon + 1, alignment_mode="expand").start,
                            content=[(cs, ce)], source=(s0, s1), source_head=root.i))
    taken = {f.cue[0] for f in frames}
    return frames + [f for f in _dash_colon_frames(ctx) if f.cue[0] not in taken]


# "... POLLS TOO EARLY - Mark Lee: “...”", "More from Lee: “...”", "From the report: “...”" (digest layouts)
_DASH_COLON = re.compile(r"(?:[ \t][-–—][ \t]+|\bMore from[ \t]+|^From[ \t]+)(?P<src>(?:the )?[A-Z][^:\n“\"]{0,40}?):[ \t]*(?=[“\"])",
                         re.M)


_COLON_QUOTE = re.compile(r":[ \t]*[“\"]")


def _dash_colon_frames(ctx) -> list[Frame]:
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    out: list[Frame] = []
    if _COLON_QUOTE.search(text) is None:
        return out
    for m in _DASH_COLON.finditer(text):
        src = m.group("src").strip()
        words = src.split()
        if not 1 <= len(words) <= 6 or any(w[:1].islower() and w not in ("the", "of", "and") for w in words):
            continue
        qi = qidx.quote_starting_after(m.end() - 1)
        if qi is None or qidx.quotes[qi].start != m.end():
            continue
        q = qidx.quotes[qi]
        colon = text.index(":", m.start("src") + len(m.group("src")) - 1)
        s0 = m.start("src")
        span = doc.char_span(s0, s0 + len(src), alignment_mode="expand")
        cue_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None or cue_tok is None:
            continue
        out.append(Frame(kind="direct", rule="colon_speaker", cue=[(colon, colon + 1)], cue_token=cue_tok.start,
                         content=list(q.pieces), source=(s0, s0 + len(src)), source_head=span.root.i))
    return out


def _named_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """Is a colon line's speaker ("Lynch: ...") named elsewhere in the article ("Loretta Lynch")?"""
    word = re.sub(r"[’']s?$", "", word)
    if len(word) < 3:
        return False
    pattern = re.compile(r"\b" + re.escape(word) + r"\b")
    return pattern.search(text, 0, start) is not None or pattern.search(text, end) is not None


def _is_mention(mentions, s0: int, s1: int) -> bool:
    """Does an actor mention cover the whole name ``text[s0:s1]`` (a name the parser missed)?"""
    return any(a <= s0 and s1 <= b for a, b in mentions)


# cue nouns that are an attribution even when nobody is named ("criticism of the plan", "calls for
# a recount"); for the rest ("a plan for", "the case for", "threats against") the holder must be named
UNOWNED_NOUN_CUES = word_list("unowned_noun_cues")
# verbs whose subject receives or meets the view the cue noun names ("won the endorsement of",
# "faced criticism", "rejected the claim that"), so the subject does not hold it
NOT_HOLDING_VERBS = word_list("not_holding_verbs")


def _holder_of_noun(tok):
    """"Trump opened with a call for ...", "He avoided direct criticism of ...": the subject of
    the verb whose object (or "with"/"in" phrase) the cue noun is, when that verb does not
    make the subject a receiver of the view."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "in") and head.head.pos_ == "VERB":
        verb = head.head
    elif tok.dep_ == "dobj" and head.pos_ == "VERB":
        verb = head
    else:
        return None
    if verb.lemma_ in NOT_HOLDING_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("it", "this", "that", "there", "which", "what"):
        return None
    if subj.pos_ == "PRON" or subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN":
        return subj
    return None


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
    p = _object_of(prep, ("pobj",)) if prep is not None else None
    if p is None or not (p.pos_ in ("PROPN", "NUM") or _agentive_noun(p) or p.lower_ in QUANTIFIERS):
        return None
    for_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i), None)
    backed = _object_of(for_, ("pobj",)) if for_ is not None else None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if backed is not None:
        return p, prep, ctx.subtree(backed)
    if poss is not None and poss.lower_ not in ("its", "their"):
        return p, prep, [poss.i]
    if subj is not None:
        return p, prep, ctx.subtree(subj)
    return None


NOUN_CONTENT_PREPS = {"of", "on", "about", "for", "against", "to", "that", "over"}
ISSUING_VERBS = word_list("issuing_verbs")


def find_noun_frames(ctx) -> list[Frame]:
    """Cue nouns: "the claim that X", "his statement that X", "Graham's endorsement of Cruz",
    "a call for talks" (source from a possessive, a "by/from" phrase or the subject of
    "made/issued ..."), and "Her view is that X" (content = the complement of "be")."""
    doc, lex = ctx.doc, ctx.lex
    import numpy

    arr = ctx.lemma_lower
    hashes = noun_cue_hashes()
    hit = member(arr[:, 0], hashes) | member(arr[:, 1], hashes)
    frames: list[Frame] = []
    for i in numpy.nonzero(hit)[0]:
        tok = doc[int(i)]
        cue = lex.nouns.get(tok.lemma_) or lex.nouns.get(tok.lower_)
        if cue is None or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX") \
                and tok.head.head.lemma_ in lex.verbs:
            continue  # "said in a statement": part of the verb's cue
        idxs: list[int] = []
        more: list = []
        relative = False
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp", "appos") and c.pos_ in ("VERB", "AUX", "ADJ") and \
                    any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children):
                idxs = ctx.subtree(c)
                break
            if (c.dep_ == "relcl" and c.pos_ == "VERB" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that"
                    and doc[tok.i + 1].head.i == c.i and doc[tok.i + 1].dep_ in ("dobj", "mark")
                    and any(x.dep_ in SUBJECTS for x in c.children) and cue.cls != "stance"):
                # "his observation that the sides agreed", parsed as a relative clause
                idxs = ctx.subtree(c)
                relative = True
                break
        source = source_head = None
        for c in tok.children:
            if c.dep_ == "poss":
                source, _ = _span_without(ctx, c, set())
                source_head = c.i
            elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i:
                p = _object_of(c, ("pobj",))
                if p is not None and p.pos_ in ("PROPN", "NOUN", "PRON"):
                    source, _ = _span_without(ctx, p, set())
                    source_head = p.i
        if source is None and not idxs:
            backer = _backer(ctx, tok)
            if backer is not None:  # "Cruz won the endorsement of Gov. Walker": Walker endorses Cruz
                p, prep, idxs = backer
                source, _ = _span_without(ctx, p, set())
                source_head = p.i
                more = [prep] if prep.head.i == tok.i else []
        if (source is None or (source_head is not None and doc[source_head].pos_ == "PRON")) \
                and tok.dep_ == "dobj" and tok.head.lemma_ in ISSUING_VERBS:  # "Smith offered his thoughts"
            subj = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
            if subj is not None:
                source, _ = _span_without(ctx, subj, set())
                source_head = subj.i
                more = [tok.head]
        if source is None and not relative:
            holder = _holder_of_noun(tok)
            if holder is not None:
                source, _ = _span_without(ctx, holder, set())
                source_head = holder.i
        if not idxs and tok.dep_ in ("nsubj",) and tok.head.lemma_ == "be":
            comp = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i), None)
            if comp is not None:
                idxs = ctx.subtree(comp)
                more = [tok.head]
        if not idxs and cue.obj and source is not None and tok.dep_ == "dobj" and tok.head.lemma_ in ISSUING_VERBS:
            # "offered his thoughts on the budget": the parser hangs the phrase on the verb
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS and c.i == max(ctx.subtree(tok)) + 1:
                    p = _object_of(c)
                    if p is not None and p.ent_type_ not in ("DATE", "TIME"):
                        idxs = ctx.subtree(p)
                        more = [x for x in more if x.i != tok.head.i] + [tok.head, c]
                        break
        if not idxs and cue.obj and (source is not None or cue.lemma in UNOWNED_NOUN_CUES):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS and c.i > tok.i:
                    p = _object_of(c)
                    if p is not None:
                        idxs = ctx.subtree(p)
                        more = more + [c]  # "made the case for": the issuing verb stays in the cue
                        break
                if c.dep_ == "acl" and c.i > tok.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                    idxs = ctx.subtree(c)  # "Trump's proposal to ban ..."
                    break
        if not idxs or (relative and source is None):  # "the report that we read"
            continue
        idxs = _same_paragraph(ctx, tok, idxs)
        content, kind = content_spans(ctx, idxs, (), tok.idx)
        if not content:
            continue
        cue_toks = sorted([tok, *more], key=lambda t: t.i)
        cue_spans = [(t.idx, t.idx + len(t.text)) for t in cue_toks]
        frames.append(Frame(kind=kind, rule=f"cue_noun:{cue.lemma}", cue=cue_spans, cue_token=tok.i,
                            content=content, source=source, source_head=source_head))
    return frames


_TRAILING_MARK = re.compile(r"[,?!…—–-]\s*$")


def _clause_root_before(ctx, i: int, limit: int):
    """The highest head above token i that still stands before ``limit``: the root of the
    clause that ends there (the parser may hang it on what follows)."""
    doc = ctx.doc
    root = doc[i]
    while root.head.i != root.i and root.head.i < limit:
        root = root.head
    return root


def _subject_of_clause_before(ctx, verb):
    """'X did Y, telling the crowd, “...”' when the parser hung the participle on the quoted
    clause: the subject of the clause that ends right before the participle's comma."""
    doc, qidx = ctx.doc, ctx.qidx
    k = verb.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k < 0 or qidx.tok_quote[k] >= 0 or doc[k].sent.start != verb.sent.start:
        return None
    root = _clause_root_before(ctx, k, verb.i)
    subj = next((c for c in root.children if c.dep_ in SUBJECTS and qidx.tok_quote[c.i] < 0), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("it", "this", "that", "there"):
        return None
    return subj


def _closes_quotation_before(ctx, pos: int) -> bool:
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
    return bool(_TRAILING_MARK.search(piece))


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
    source, source_head, _ = _source(ctx, verb, set())
    if source is None or source_head > verb.i:
        source, source_head = None, None
        as_ = next((c for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < verb.i), None)
        obj = _object_of(as_, ("pobj",)) if as_ is not None else None
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            source, _ = _span_without(ctx, obj, set())
            source_head = obj.i
    return source, source_head


def find_speech_act_frames(ctx, frames: list[Frame]) -> list[Frame]:
    """A quotation no cue word claims, introduced by a verb the lexicon does not list:
    '“...,” she confessed.' (the quotation ends in a comma, ? or !, and a short clause
    SUBJECT VERB ends the sentence) or 'He boomed: “...”' (SUBJECT VERB, then a colon
    and the quotation).  The punctuation is the evidence that the verb reports speech."""
    doc, text, qidx, lex = ctx.doc, ctx.text, ctx.qidx, ctx.lex
    used = claimed_quotes(frames, qidx)
    from bisect import bisect_left

    from spacy.attrs import IDX

    out: list[Frame] = []
    starts = None
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < 2:
            continue
        verb = None
        piece = text[q.pieces[-1][0]:q.pieces[-1][1]]
        # trailing: “...,” SUBJECT VERB.
        if _TRAILING_MARK.search(piece):
            if starts is None:
                starts = doc.to_array([IDX]).reshape(-1).tolist()
            j = bisect_left(starts, q.end)
            j = j if j < len(doc) else None
            if j is not None and "\n" not in text[q.end:doc[j].idx]:
                cand = doc[j].head
                while cand.head.i != cand.i and cand.i >= j and cand.head.i >= j:
                    cand = cand.head
                mistagged = _mistagged_trailing_cue(ctx, j)
                if mistagged is not None:
                    cue_tok, src_toks = mistagged
                    out.append(Frame(kind="direct", rule=f"quote_before_cue:{cue_tok.lemma_.lower()}",
                                     cue=[(cue_tok.idx, cue_tok.idx + len(cue_tok.text))], cue_token=cue_tok.i,
                                     content=list(q.pieces), source=tokens_span(doc, src_toks),
                                     source_head=src_toks[-1]))
                    continue
                if cand.pos_ == "VERB" and cand.i >= j:
                    end = max(ctx.subtree(cand))
                    subj = next((c for c in cand.children if c.dep_ in SUBJECTS), None)
                    if (subj is not None and subj.i >= j and end - j <= 14 and not any(
                            c.dep_ in ("dobj", "ccomp", "xcomp") and qidx.tok_quote[c.i] < 0 for c in cand.children)):
                        verb = cand
        if verb is None:
            # colon: SUBJECT VERB: “...”
            k = next((t.i for t in reversed(doc[:max(0, _tok_at(ctx, q.start))]) if not t.is_space), None)
            if k is not None and doc[k].text == ":" and k > 0 and doc[k - 1].pos_ == "VERB":
                cand = doc[k - 1]
                if "\n" not in text[doc[k].idx:q.start]:
                    verb = cand
            elif (k is not None and doc[k].text == ":" and k > 0 and qidx.tok_quote[k] < 0
                  and _GAP_OK.fullmatch(text[doc[k].idx + 1:q.start])):
                # "He then listed the qualities he looks for:\n\n“...”": the colon is the cue
                root = _clause_root_before(ctx, k - 1, k)  # the parser may join the quotation to it
                if (root is not None and root.pos_ == "VERB" and root.lemma_ != "be"
                        and qidx.tok_quote[root.i] < 0):
                    source, source_head = _as_source(ctx, root)
                    if source is not None and source_head < root.i and source[1] <= doc[k].idx \
                            and doc[source_head].pos_ in ("PROPN", "NOUN", "PRON") \
                            and doc[source_head].lower_ not in ("it", "this", "that", "there", "here"):
                        # the clause's verb is the cue ("As Ridge put it:", "Cruz called them on it:")
                        out.append(Frame(kind="direct", rule="quote_after_colon", cue=_cue_spans(ctx, root),
                                         cue_token=root.i, content=list(q.pieces), source=source,
                                         source_head=source_head))
                        continue
        if verb is None and k is not None and doc[k].text == "," and k > 0 and qidx.tok_quote[k] < 0 \
                and "\n" not in text[doc[k].idx:q.start] and text[q.start:q.end].lstrip("\"“'‘ ")[:1].isupper() \
                and re.match(r"\s*(?:$|[.!?\n]|[A-Z])", text[q.end:q.end + 3]):  # the quotation ends the sentence
            # comma: SUBJECT VERB (its words), “...”: "Hillary shot back, “...”",
            # "Trump issued a statement, “...”", "As Vulture put it, “...”"
            root = _clause_root_before(ctx, k - 1, k)
            if (root.pos_ == "VERB" and root.lemma_ not in ("be", "have") and qidx.tok_quote[root.i] < 0
                    and k - root.i <= 6 and not any(
                        (c.dep_ in ("ccomp", "xcomp", "advcl", "conj") and c.i < k)
                        or (c.dep_ == "dobj" and c.lower_ != "it" and c.lemma_ not in STATEMENT_NOUNS)
                        for c in root.children)):
                subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
                source, source_head = _as_source(ctx, root)
                if subj is None and source_head is not None and doc[source_head].head.lower_ == "as":
                    subj = doc[source_head]
                if subj is not None and subj.i < root.i and subj.pos_ in ("PROPN", "NOUN", "PRON") \
                        and subj.lower_ not in ("it", "this", "that", "there", "here", "what"):
                    if source is not None:
                        out.append(Frame(kind="direct", rule="quote_after_comma", cue=_cue_spans(ctx, root),
                                         cue_token=root.i, content=list(q.pieces), source=source,
                                         source_head=source_head))
                        continue
        if verb is None or verb.lemma_ in lex.verbs:
            continue
        source, source_head, _ = _source(ctx, verb, set())
        if source is None:
            continue
        out.append(Frame(kind="direct", rule=f"quote_speech_act:{verb.lemma_}", cue=_cue_spans(ctx, verb),
                         cue_token=verb.i, content=list(q.pieces), source=source, source_head=source_head))
    return out


def _clause_frame(ctx, tok, idxs, *, rule: str, cue: list[Span], source: Span | None = None, source_head: int | None = None, same_paragraph: bool = True) -> Frame | None:
    """The frame of a cue at ``tok`` whose content is the tokens ``idxs`` (kept to the cue's
    paragraph unless told otherwise); None when no content is left."""
    if same_paragraph:
        idxs = _same_paragraph(ctx, tok, sorted(idxs))
    content, kind = content_spans(ctx, idxs, (), tok.idx)
    if not content:
        return None
    return Frame(kind=kind, rule=rule, cue=cue, cue_token=tok.i, content=content, source=source,
                 source_head=source_head)


COPULAS = word_list("copulas")
ADJECTIVE_PREPS = {"of", "about", "on", "over", "with", "toward", "towards", "to", "regarding", "in", "at", "for",
                   "that", "between"}


def find_adjective_frames(ctx) -> list[Frame]:
    """"Republicans are critical of the deal", "His aides are confident that he will win",
    "Voters were divided on the question": a stance adjective after a copula.  Source =
    the subject, cue = copula + adjective (+ preposition), content = what the stance is about."""
    lex = ctx.lex
    adjectives = lex.adjectives
    out: list[Frame] = []
    for tok in ctx.tokens_with_lemma(adjectives):
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.lemma_.lower() not in adjectives:
            continue
        cop = tok.head
        if cop.lemma_ not in COPULAS:
            continue
        subj = next((c for c in cop.children if c.dep_ in SUBJECTS), None)
        if subj is None or subj.lower_ in ("it", "there", "this", "that"):
            continue  # "It is clear that ...": nobody holds the view
        more = [tok]
        idxs: list[int] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS and c.i > tok.i:
                p = _object_of(c)
                if p is not None:
                    idxs = ctx.subtree(p)
                    more.append(c)
                    break
            if c.dep_ in ("ccomp", "xcomp") and c.i > tok.i:
                idxs = ctx.subtree(c)
                break
        if not idxs:
            comp = next((c for c in cop.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            if comp is None:
                continue
            idxs = ctx.subtree(comp)
        source, source_head, _ = _source(ctx, cop, set())
        if source is None:
            continue
        frame = _clause_frame(ctx, tok, idxs, rule=f"stance_adjective:{tok.lemma_.lower()}",
                              cue=_cue_spans(ctx, cop, more), source=source, source_head=source_head)
        if frame is not None:
            out.append(frame)
    return out


# "X is considered Y", "X is seen as Y", "X is said to be Y", "a move described as reckless":
# a view attributed to nobody in particular (PolNeAR's attribution without a source)
# (plain naming -- "is called" -- is left out: a name is nobody's claim; "known as" and "dubbed" report a label)
PASSIVE_VIEW_VERBS = word_list("passive_view_verbs")
# perception verbs count only with "as" ("seen as a threat"; "could be seen surrounding the hotel" is sight)
AS_ONLY_VIEWS = word_list("as_only_views")
PASSIVE_VIEW_PREPS = {"see": ("as",), "view": ("as",), "regard": ("as",), "describe": ("as",), "portray": ("as",),
                      "perceive": ("as",), "hail": ("as",), "tout": ("as",), "brand": ("as",), "label": ("as",),
                      "consider": ("as",), "know": ("as",)}
HEARSAY_ADVERBS = word_list("hearsay_adverbs")


def find_passive_view_frames(ctx) -> list[Frame]:
    """Passive cues with no agent ("Crows are considered clever", "The DNC, which is seen as
    aligned with Clinton", "a move described as reckless") and hearsay adverbs ("he
    reportedly met them"): content = what the view is about and the view itself."""
    doc = ctx.doc
    out: list[Frame] = []
    for tok in ctx.tokens_with_lemma(PASSIVE_VIEW_VERBS):
        if tok.tag_ != "VBN":
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        holder = _object_of(agent, ("pobj",)) if agent is not None else None
        if agent is not None and (holder is None or holder.pos_ not in ("PROPN", "NOUN", "PRON")):
            continue
        comp = next((c for c in tok.children if c.i > tok.i and (
            (tok.lemma_ not in AS_ONLY_VIEWS and (
                c.dep_ in ("oprd", "attr") or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN"))))
            or (c.dep_ == "prep" and c.lower_ in PASSIVE_VIEW_PREPS.get(tok.lemma_, ())))), None)
        as_word = None
        if comp is None and "as" in PASSIVE_VIEW_PREPS.get(tok.lemma_, ()):
            # "is seen by party leaders as uniquely credible": the parser makes "as" a modifier
            comp = next((c for c in tok.children if c.i > tok.i and c.dep_ in ("advcl", "acomp", "xcomp", "oprd")
                         and doc[c.left_edge.i].lower_ == "as" and c.left_edge.i != c.i), None)
            as_word = doc[comp.left_edge.i] if comp is not None else None
        if comp is None:
            continue
        passive = [c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS]
        if passive and any(c.dep_ == "auxpass" for c in tok.children):
            subj = passive[0]
            subj_idxs = [subj.i] if subj.lower_ in RELATIVE else ctx.subtree(subj)
        elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i and tok.lemma_ != "know":
            # (but "The commander, also known as Abu Musa": an alias)
            own = set(ctx.subtree(tok))
            subj_idxs = [i for i in ctx.subtree(tok.head) if i not in own]
        else:
            continue
        more = []
        if comp.dep_ == "prep":  # "seen as a threat", "seen as close to the mayor" (the parser: amod)
            comp_idxs = [i for i in ctx.subtree(comp) if i != comp.i]
            if not comp_idxs:
                continue
            more = [comp]
        else:
            comp_idxs = ctx.subtree(comp)
        if as_word is not None:
            comp_idxs = [i for i in comp_idxs if i != as_word.i]
            more = [as_word]
        source = source_head = None
        if holder is not None:  # "She is seen by party leaders as credible": the leaders see her so
            source, _ = _span_without(ctx, holder, set())
            source_head = holder.i
            more = [*more, agent]
        frame = _clause_frame(ctx, tok, set(subj_idxs) | set(comp_idxs), rule=f"passive_view:{tok.lemma_}",
                              cue=_cue_spans(ctx, tok, more), source=source, source_head=source_head)
        if frame is not None:
            out.append(frame)
    for tok in ctx.tokens_with_lemma(HEARSAY_ADVERBS):
        if tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        own = {tok.i}
        idxs = [i for i in ctx.subtree(tok.head) if i not in own]
        if not any(doc[i].dep_ in SUBJECTS or doc[i].dep_ in PASSIVE_SUBJECTS for i in idxs):
            continue
        frame = _clause_frame(ctx, tok, idxs, rule=f"hearsay_adverb:{tok.lower_}",
                              cue=[(tok.idx, tok.idx + len(tok.text))])
        if frame is not None:
            out.append(frame)
    return out


# "Graham, a staunch critic of the deal", "Dayton is a longtime Clinton supporter": the person is the source
STANCE_HOLDER_NOUNS = word_list("stance_holder_nouns")


def find_holder_noun_frames(ctx) -> list[Frame]:
    """A stance-holder noun in apposition to a name or predicated of a subject: "Adelson,
    a fierce supporter of Israel" (source Adelson, cue "supporter of", content "Israel"),
    "Dayton is a longtime Clinton supporter" (content: the modifier "Clinton")."""
    text = ctx.text
    out: list[Frame] = []
    for tok in ctx.tokens_with_lemma(STANCE_HOLDER_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        holder = None
        if tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN") and tok.head.i < tok.i:
            holder = tok.head
        elif tok.dep_ == "attr" and tok.head.lemma_ in COPULAS:
            holder = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
        if holder is None or holder.lower_ in ("it", "this", "that", "there", "who", "which"):
            continue
        more = []
        idxs: list[int] = []
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > tok.i), None)
        pobj = _object_of(prep, ("pobj",)) if prep is not None else None
        if pobj is not None:
            idxs = ctx.subtree(pobj)
            more = [prep]
        else:
            mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" and c.i < tok.i]
            if not mods:
                continue
            idxs = sorted(t.i for m in mods for t in m.subtree)
        drop = set(ctx.subtree(tok)) | {t.i for t in holder.subtree if t.dep_ in ("relcl", "acl")}
        source, _ = _span_without(ctx, holder, drop)
        source = _strip_span(text, source)
        cue_toks = sorted([tok, *more], key=lambda t: t.i)
        frame = _clause_frame(ctx, tok, idxs, rule=f"holder_noun:{tok.lemma_}",
                              cue=[(t.idx, t.idx + len(t.text)) for t in cue_toks], source=source,
                              source_head=holder.i, same_paragraph=False)
        if frame is not None:
            out.append(frame)
    return out


# "In a CBS poll released Monday, Smith led by ten points": the poll is the source, "in" the cue
IN_SOURCE_NOUNS = word_list("in_source_nouns")


def find_in_source_frames(ctx) -> list[Frame]:
    """"In a CBS poll, Smith leads by ten points", "Smith leads in the polls": a poll or
    survey named by an "in" phrase is the source of its clause, unless the clause has a
    cue verb of its own ("said in the survey")."""
    doc, qidx, lex = ctx.doc, ctx.qidx, ctx.lex
    out: list[Frame] = []
    for tok in ctx.tokens_with_lemma({"in"}):
        if tok.dep_ != "prep" or tok.lower_ != "in":
            continue
        pobj = _object_of(tok, ("pobj",))
        if pobj is None or pobj.lemma_.lower() not in IN_SOURCE_NOUNS or pobj.pos_ != "NOUN":
            continue
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ not in ("ROOT",):
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_ in lex.verbs or qidx.tok_quote[tok.i] >= 0:
            continue
        if any(t.i != head.i and t.lemma_ in lex.verbs and t.pos_ == "VERB" and t.dep_ in ("xcomp", "aux")
               for t in head.children):
            continue
        phrase = set(ctx.subtree(tok))
        idxs = [i for i in ctx.subtree(head) if i not in phrase]
        if not any(doc[i].dep_ in SUBJECTS for i in idxs):
            continue
        source, _ = _span_without(ctx, pobj, set())
        frame = _clause_frame(ctx, tok, idxs, rule=f"in_source:{pobj.lemma_.lower()}",
                              cue=[(tok.idx, tok.idx + len(tok.text))], source=source, source_head=pobj.i)
        if frame is not None:
            out.append(frame)
    return out


# "drew criticism from X", "faced ridicule from X": the critic is in the from-phrase and the subject is criticised
PHRASE_PART_DEPS = {"dobj", "prt", "advmod", "acomp", "oprd", "ccomp", "prep", "npadvmod"}
RECEIVING_VERBS = word_list("receiving_verbs")
# what is drawn or faced from others ("drew criticism from X"); "drew a contrast with X" is the subject's own
RECEIVED_NOUNS = word_list("received_nouns")
PHRASE_PREPS = ("at", "on", "with", "about", "over", "against", "of", "for", "to", "behind", "after", "into",
                "between")
PARTICLE_PREPS = ("at", "on", "with", "about", "over", "against", "for", "behind")  # "came out against", not "came out of"


def find_phrase_frames(ctx) -> list[Frame]:
    """Light-verb cues from the lexicon's PHRASE rows: "took aim at X", "weighed in on X",
    "made it clear that X", "cast doubt on X", "drew criticism from X" (X criticises the subject)."""
    lex = ctx.lex
    firsts: dict[str, list[tuple[list[str], object]]] = {}
    for phrase, cue in lex.phrases.items():
        words = phrase.split()
        if len(words) >= 2 and cue.pos == "PHRASE" and cue.cls in ("stance", "speech", "thought", "claim"):
            firsts.setdefault(words[0], []).append((words[1:], cue))
    out: list[Frame] = []
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
                pobj = _object_of(frm, ("pobj",)) if frm is not None else None
                subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
                if pobj is None or subj is None:
                    continue
                source, _ = _span_without(ctx, pobj, set())
                source_head = pobj.i
                idxs = ctx.subtree(subj)
                more.append(frm)
            else:
                preps = PARTICLE_PREPS if part.dep_ in ("prt", "advmod") else PHRASE_PREPS
                if part.dep_ == "prep":  # "went after the donors"
                    p = _object_of(part)
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
                            p = _object_of(c)
                            if p is not None and p.ent_type_ not in ("DATE", "TIME"):
                                idxs = ctx.subtree(p)
                                more.append(c)
                                break
                if not idxs and part.dep_ == "prt":  # "spelled out her plan", "brushed off the charge"
                    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    idxs = ctx.subtree(obj) if obj is not None else []
                if not idxs:
                    continue
                source, source_head, _ = _source(ctx, tok, set())
                if source is None:
                    continue
            frame = _clause_frame(ctx, tok, idxs, rule=f"phrase_cue:{tok.lemma_} {' '.join(rest)}",
                                  cue=_cue_spans(ctx, tok, more), source=source, source_head=source_head)
            if frame is not None:
                out.append(frame)
                break
    return out


HEADLINE_ADVERBS_OK = re.compile(r"^[A-Z][a-z]+ly$")


_TITLE_SMALL_WORDS = word_list("title_small_words")


def _is_title_case(words: list[str]) -> bool:
    """Most words capitalised, short function words aside ("Beck Blasts Drudge for Mocking ...")."""
    lettered = [w for w in words if any(ch.isalpha() for ch in w) and w.lower() not in _TITLE_SMALL_WORDS]
    return len(lettered) >= 3 and sum(w.lstrip("‘“'\"(")[:1].isupper() for w in lettered) >= 0.8 * len(lettered)


def find_headline_frames(ctx, frames: list[Frame]) -> list[Frame]:
    """A title-case headline, "Senator Lee Slams Trade Deal", "Guns Are A Crisis, Dean Tells
    Delegates": the parser reads the capitalised verb as a name, so the headline is read
    from its words: NAME CUE-VERB CONTENT, or CONTENT, NAME CUE-VERB.  Only the first line."""
    doc, text, qidx, lex = ctx.doc, ctx.text, ctx.qidx, ctx.lex
    end = text.find("\n")
    end = len(text) if end < 0 else end
    line = text[:end]
    if not line.strip():
        return []
    # a title-case headline, or a sentence-case one ("Super PAC blasts Trump for skipping debate"),
    # whose -s verb the parser often reads as a plural noun
    title_case = _is_title_case(line.split())
    if not title_case and (end == len(text) or len(line.split()) > 16):
        return []  # a sentence-case first line is a headline only when an article follows it
    taken = {c for f in frames for s, e in f.cue for c in range(s, e) if s < end}
    toks = []
    for t in doc:
        if t.idx >= end:
            break
        if not t.is_space:
            toks.append(t)
    if not toks:
        return []
    surface = verb_surface_forms()

    def cue_lemma(x):
        lemma = surface.get(x.lower_) or (x.lower_ if x.lower_ in lex.verbs else None)
        if lemma is None or lemma not in lex.verbs or lemma in AS_VERBS:
            return None
        if not (x.text[0].isupper() or not title_case):
            return None
        # the headline's present tense: "Says", "Slams", "blasts"; after a plural, "Experts rebuke"
        if x.lower_.endswith("s") or (x.lower_ == lemma and x.i > 0 and x.nbor(-1).tag_ in ("NNS", "NNPS")):
            return lemma
        return None

    out: list[Frame] = []
    start = 0
    last_source = None
    for k, t in enumerate(toks):
        if t.text == ":":
            start = k + 1  # "FIX IS IN: Panel Ignores ...": the headline proper starts after the colon
            last_source = None
            continue
        lemma = cue_lemma(t)
        if lemma is None or t.idx in taken or k == start or (not title_case and qidx.tok_quote[t.i] >= 0):
            continue
        cue_toks = [t]
        j = k - 1
        while j > start and ((HEADLINE_ADVERBS_OK.match(toks[j].text) and toks[j].text not in lex.first_names)
                             or toks[j].lower_ in ("also", "again", "now", "just", "still")):
            cue_toks.insert(0, toks[j])  # "Finally Endorses", "Also Slams"
            j -= 1
        comma = max((i for i in range(start, j + 1) if toks[i].text == ","), default=None)
        src_from = comma + 1 if comma is not None else start
        while src_from <= j and toks[src_from].is_punct:
            src_from += 1
        src = toks[src_from:j + 1]
        if last_source is not None and j >= start and toks[j].lower_ in ("and", "&"):
            source, source_head = last_source  # "Le Pen Backs Trump And Denounces Clinton"
        else:
            if src and src[0].pos_ == "DET" and len(src) > 1:
                src = src[1:] if src[0].lower_ in ("this", "that", "these", "those") else src  # "This Panel", "Another Figure"
            if not 1 <= len(src) <= 7 or not all(
                    x.text[:1].isupper() or x.text in ("’s", "'s", "of", "&", ".") or x.text[:1].isdigit()
                    or (not title_case and x.i != src[0].i and x.pos_ in ("NOUN", "ADJ", "PROPN", "PUNCT"))
                    for x in src):
                continue
            if not title_case and not src[0].text[:1].isupper():
                continue
            if any(cue_lemma(x) or x.lower_ in ("is", "are", "was", "were")
                   or (x.is_stop and x.i != src[0].i and x.lower_ not in ("and", "of", "the", "&", "’s", "'s"))
                   for x in src):
                continue  # "U.S. Flexes Muscles As Asia Worries ...": not a name before the verb
            source, source_head = (src[0].idx, src[-1].idx + len(src[-1].text)), src[-1].i
        if comma is not None:  # "Guns Are A Crisis, Dean Tells Delegates": the content comes first
            content = (toks[start].idx, toks[comma].idx)
        else:
            stop = len(toks)
            for i in range(k + 1, len(toks)):
                x = toks[i]
                if x.text in (":", "—", "–") or (x.lower_ in ("and", "&") and i + 1 < len(toks) and cue_lemma(toks[i + 1])):
                    stop = i
                    break
            rest = toks[k + 1:stop]
            while rest and rest[-1].is_punct and rest[-1].text not in ("’", "”", "'", '"'):
                rest.pop()
            if not any(not x.is_punct for x in rest):
                continue
            content = (rest[0].idx, rest[-1].idx + len(rest[-1].text))
        content = _strip_span(text, content)
        if content[1] - content[0] < 4:
            continue
        cue_spans = [(cue_toks[0].idx, cue_toks[-1].idx + len(cue_toks[-1].text))]
        out.append(Frame(kind="indirect", rule=f"headline_verb:{lemma}", cue=cue_spans, cue_token=t.i,
                         content=[content], source=source, source_head=source_head))
        last_source = (source, source_head)
        taken.update(range(t.idx, t.idx + len(t.text)))
    return out


APPEARANCE_VERBS = word_list("appearance_verbs")
APPEARANCE_COMPLEMENTS = {"xcomp", "acomp", "ccomp", "attr", "oprd"}


def find_appearance_frames(ctx) -> list[Frame]:
    """"The plan seems doomed", "Melania appears to have left the trail": an assessment
    whose holder is not named (PolNeAR's attribution without a source), unless a
    "to" phrase names it ("seems to me").  Content = the subject and the complement."""
    out: list[Frame] = []
    for tok in ctx.tokens_with_lemma(APPEARANCE_VERBS):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        comp = next((c for c in tok.children if c.dep_ in APPEARANCE_COMPLEMENTS and c.i > tok.i), None)
        if comp is None:
            continue
        idxs = ctx.subtree(comp)
        subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.lower_ not in ("it", "there"):
            if subj.lower_ in RELATIVE and tok.dep_ == "relcl":
                subj_idxs = [subj.i]  # "the issue that seemed to baffle him": the relative pronoun
            else:
                subj_idxs = ctx.subtree(subj)
            idxs = subj_idxs + idxs
        source = source_head = None
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ == "to":
                p = _object_of(c, ("pobj",))
                if p is not None and p.pos_ in ("PRON", "PROPN", "NOUN"):
                    source, _ = _span_without(ctx, p, set())
                    source_head = p.i
                    idxs = [i for i in idxs if i not in set(ctx.subtree(c))]
        frame = _clause_frame(ctx, tok, idxs, rule=f"appearance_verb:{tok.lemma_}", cue=_cue_spans(ctx, tok),
                              source=source, source_head=source_head)
        if frame is not None:
            out.append(frame)
    return out


# '“...” ― Maria Lopez' (an epigraph or a reader's comment): the dash after the quotation names its author
_SIGNATURE = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–]|--)[ \t\u00a0]*"
                        r"(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|de|del|la|van|von|bin|al)){0,5})"
                        r"[ \t\u00a0]*[.,]?[ \t\u00a0]*(?:\n|$)")


def find_signature_frames(ctx, frames: list[Frame]) -> list[Frame]:
    """A quotation followed, at the end of its line, by a dash and a name: the name is the
    source, the dash the cue (only for quotations no other cue has claimed)."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    used = claimed_quotes(frames, qidx)
    out: list[Frame] = []
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < 2:
            continue
        m = _SIGNATURE.match(text, q.end)
        if m is None:
            continue
        s0, s1 = m.span("name")
        if text[s1 - 1] == "." and len(text[s0:s1].split()[-1]) > 2:
            s1 -= 1  # the full stop, not an initial
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in span):
            continue
        d0, d1 = m.span("dash")
        out.append(Frame(kind="direct", rule="quote_signature", cue=[(d0, d1)], cue_token=_tok_at(ctx, d0),
                         content=list(q.pieces), source=(s0, s1), source_head=span.root.i))
    return out


def _tok_at(ctx, char: int) -> int:
    doc = ctx.doc
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else len(doc)
