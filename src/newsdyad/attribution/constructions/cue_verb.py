"""Cue verbs (lexicon VERB rows): SOURCE CUE (that) CONTENT, inversion, trailing attribution,
stance verbs, "told ADDRESSEE", and the direct quotations a cue verb claims.

    The minister said that the border would reopen.          cue_verb:say
    The border will reopen, the minister said.                cue_verb:say:trailing
    The farmers' union criticized the new tax.                stance_verb:criticize
    "We will win," she said.                                  quote_before_cue
    She said: "We will win the vote."                         quote_after_cue
    The paper quoted the general as saying the war was over.  quoted_as_saying (+ reported_by)
    The columnist writes:  (then a paragraph of her words)    cue_verb:write:block

Not this: "The delegates who pledged to vote met in Ohio" (a relative clause saying who
someone is), "Voters can vote for anyone" (a rule, not a preference), "The dam is considered
unsafe" (a passive view: ``passive_view``).
"""

from __future__ import annotations

from ...wordlists import word_list
from ..frame import Frame, Reporter
from ..slots.addressee import addressee_of
from ..slots.clauses import conj_phrase_before
from ..slots.content import AS_VERBS, adjacent_quote, block_after_colon, closes_quotation_before, content_spans, content_tokens, interrupted_lead, keep_to_paragraph, trailing_clause
from ..slots.cue import cue_lemma, cue_spans_of, verb_cue_candidates
from ..slots.source import NOT_SAYING, inverted_speaker, name_after_quote, phrase_before, source_of, subject_in_content, subject_of_clause_before
from ..spans import tokens_span
from ..syntax import FIRST_SECOND_PERSON, ISSUING_VERBS, PASSIVE_SUBJECTS, PASSIVE_VIEW_VERBS, RELATIVE, SUBJECTS, VAGUE_SOURCES, main_verb_as_participle, object_of, opens_clause, span_without, strip_span

RULES = ('cue_verb', 'stance_verb', 'quote_before_cue', 'quote_after_cue', 'quoted_as_saying')  # the rule names it writes (docs/attribution.md)


# verbs that in a "who ..." clause mostly describe the person rather than report a view
WEAK_IN_RELATIVE = word_list("weak_in_relative")


# "is focused on", "is aimed at": passives that name a state, not somebody's stance
STATE_PASSIVES = word_list("state_passives")


def find(ctx, earlier=()) -> list[Frame]:
    doc, text, qidx, lex = ctx.doc, ctx.text, ctx.qidx, ctx.lex
    verbs = lex.verbs
    frames: list[Frame] = []
    candidates = verb_cue_candidates(ctx)
    cue_idx = {t.i for t in candidates if t.pos_ in ("VERB", "AUX")}
    for tok in candidates:
        lemma = cue_lemma(ctx, tok)
        if lemma == "accord" and tok.lower_ == "according":
            continue  # the according_to construction
        cue = verbs.get(lemma)
        if cue is None or tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        if (tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "nmod") and lemma not in ("quote",)
                and not main_verb_as_participle(tok)):
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
        idxs, more_cue = content_tokens(ctx, tok, cue, cue_idx)
        idxs = keep_to_paragraph(ctx, tok, idxs)
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
                                   or (tok.dep_ in ("advcl", "ROOT") and opens_clause(tok)))
                and not any(c.dep_ in SUBJECTS or c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "aux" for c in tok.children)):
            source, source_head, reporter = None, None, None  # "Asked if ...", "When asked about ...": nobody named
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            asker = object_of(agent, ("pobj",)) if agent is not None else None
            if asker is not None and asker.pos_ in ("PROPN", "NOUN", "PRON"):  # "Asked by Thrush if ...": Thrush asked
                source, _ = span_without(ctx, asker, set())
                source_head = asker.i
                idxs = [i for i in idxs if i not in set(ctx.subtree(agent))]
        else:
            source, source_head, reporter = source_of(ctx, tok, cue_idx, quotes=True)
            if (source_head is not None and qidx.tok_quote[source_head] >= 0 and qidx.tok_quote[tok.i] < 0
                    and doc[source_head].head.i != tok.i):
                # '“We were wrong,” Ramos, 58, told AFP': the parser joined the cue to the quoted
                # clause, whose subject is no speaker; the name after the quotation is
                alt, alt_head = name_after_quote(ctx, tok)
                said = next((c for c in tok.children if c.dep_ == "parataxis" and c.lemma_ in lex.verbs
                             and qidx.tok_quote[c.i] < 0 and c.i < tok.i), None)
                subj = next((c for c in said.children if c.dep_ in SUBJECTS), None) if said is not None else None
                if alt is not None:
                    source, source_head, reporter = alt, alt_head, None
                    idxs = [i for i in idxs if qidx.tok_quote[i] >= 0]  # the quotation is what was said
                elif subj is not None:  # "''...,'' he said, not even suggesting X": he suggests X
                    source, source_head, reporter = span_without(ctx, subj, set())[0], subj.i, None
                    idxs = [i for i in idxs if i > tok.i]
                elif tok.tag_ == "VBG" and qidx.tok_quote[tok.head.i] >= 0:
                    before = subject_of_clause_before(ctx, tok)
                    if before is not None:  # 'Clinton seemed ready to riff on it, telling the crowd, “...”'
                        source, source_head, reporter = span_without(ctx, before, set())[0], before.i, None
        if source_head is not None and qidx.tok_quote[source_head] < 0 and any(
                qidx.tok_quote[i] >= 0 for i in ctx.subtree(doc[source_head])):
            # "“...,” Smith, 52, told ...": the parser hung the quotation on the subject
            own = set(ctx.subtree(tok)) if main_verb_as_participle(tok) else set()
            source, _ = span_without(ctx, doc[source_head],
                                      {t.i for t in doc[source_head].subtree if qidx.tok_quote[t.i] >= 0} | own)
            source = strip_span(text, source)
        if source is None and qidx.tok_quote[tok.i] < 0:
            source, source_head = name_after_quote(ctx, tok)
            if source is not None:  # the parser may have hung the name inside the quotation's clause
                idxs = [i for i in idxs if not source[0] <= doc[i].idx < source[1]]
        if source is None and qidx.tok_quote[tok.i] < 0 and (not cue.addressee or (
                lemma == "ask" and "?" in text[max(0, tok.idx - 6):tok.idx])):  # '“...?” asked the boy'
            who = inverted_speaker(ctx, tok)
            if who:
                source = tokens_span(doc, who)
                source_head = next((i for i in who if doc[i].head.i not in set(who)), who[-1])
                idxs = []  # the quotation next to the cue is the content, not the words after the name
        if source is None and qidx.tok_quote[tok.i] < 0:
            left = phrase_before(ctx, tok)
            if left:
                drop = set(left)
                idxs = [i for i in idxs if i not in drop]
            else:
                left = conj_phrase_before(ctx, tok) if tok.dep_ == "ccomp" and tok.head.lemma_ == tok.lemma_ else []
                left = left or subject_in_content(ctx, tok, idxs)
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
                source, _ = span_without(ctx, obj, set())
                source_head = obj.i
            if subj is not None:
                rspan, _ = span_without(ctx, subj, set())
                reporter = Reporter(rspan, subj.i, [(quoted.idx, quoted.idx + len(quoted.text))], "quoted_as_saying")
            rule = "quoted_as_saying"
        if idxs and source is not None and min(idxs) > tok.i and qidx.tok_quote[tok.i] < 0 \
                and tok.dep_ == "parataxis" and tok.head.tag_ == "VBG" and tok.head.i > tok.i \
                and doc[source_head].head.i == tok.i and doc[source_head].dep_ in SUBJECTS \
                and closes_quotation_before(ctx, source[0]):
            # "''We will win,'' he said, not even suggesting ...": the quotation is what he said;
            # the parser hung the cue on the participle clause after it
            idxs = []
        addressee, addressee_head = addressee_of(ctx, tok, cue)
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
            extra = adjacent_quote(ctx, left.idx, right.idx + len(right.text))
            if not extra:
                idxs = trailing_clause(ctx, tok, source_head) \
                    if cue.cls != "stance" and lemma not in AS_VERBS else []
                if not idxs and cue.cls in ("speech", "report") and source is not None:
                    block = block_after_colon(ctx, right)
                    if block is not None:
                        frames.append(Frame(kind="indirect", rule=f"cue_verb:{lemma}:block", cue=cue_spans_of(ctx, tok, more_cue),
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
            lead = interrupted_lead(ctx, after[0], min(tok.idx, source[0] if source else tok.idx)) \
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
        frames.append(Frame(kind=kind, rule=rule, cue=cue_spans_of(ctx, tok, more_cue), cue_token=tok.i,
                            content=content, source=source, source_head=source_head,
                            addressee=addressee, addressee_head=addressee_head, reporter=reporter))
    return frames
