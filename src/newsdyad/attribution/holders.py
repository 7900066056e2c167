"""Holders and propositions: checks that drop frames which attribute nothing.

    drop_unfit(ctx, frames) -> frames

An attribution needs someone (or something that speaks for someone) who holds or utters a
view, and a view that is reported.  The finders anchor on a cue word and fill the slots from
the parse; on real news several kinds of frames come out that report nothing:

1. **The source cannot hold a view** (``can_hold_view``).  The source's head is an event, act
   or measure, a circumstance, a thing, or someone's words taken as evidence, not a person,
   group, organisation, country, or a document or publication that speaks for its authors.
   The nouns are the ``nonholder_nouns`` list of ``wordlists.tsv``; a relative pronoun
   ("which", "that") is judged by the noun it refers to.

   - dropped: "The minister's remarks suggest that talks have stalled" (remarks),
     "The move shows the government is worried" (move),
     "The new entry form challenged travellers' patience" (form),
     "The decision, which shows the state is broke, ..." ("which" is the decision).
   - not this: "Critics say the plan will fail", "The report found that wages fell",
     "A poll shows most voters back the deal", "The ministry, which said the talks failed,"
     (documents, polls and organisations speak for someone; names and pronouns always can).

2. **A verb of conduct reports no proposition** (``reports_proposition``).  Verbs of doing,
   giving, seeking, planning and issuing (the ``bare_object_verbs`` list) report a view only
   with a clause, a quotation, a "that" or "to" complement, a gerund ("seeks raising the
   wage"), a speech product ("issued a warning") or an "as" predicate ("offered the deal as a
   first step").  With a bare noun-phrase object they describe what someone does or seeks,
   and the frame is dropped.

   Verbs of taking a side ("supports the contract", "opposes the quotas") are left out of the
   list: PolNeAR's scheme counts them as stances, and dropping them costs its recall.

   - dropped: "The ministry issued 300 fishing permits", "The water board plans a new dam",
     "The senator challenged the new election rules", "The governor shared a photo", "The
     ministry did not respond to a request for comment" (a reaction: "respond" and "reply"
     are in the list, and report only with a clause or a quotation).
   - not this: "The ministry issued a warning that rivers would rise", "The union seeks to
     raise the wage", "The group opposes the plan, its leader said" (a speech verb is never
     checked), "She criticized the plan" (criticize is a speech act, not in the list), "The
     mayor responded that the bridge would stay open".

3. **A participle of showing borrows an actor, not a speaker** (``shows_by_doing``).  A
   sentence-opening participle of showing ("Underscoring the danger, ...", the
   ``evidence_verbs`` and ``showing_verbs`` lists) whose main verb anchors no frame says what
   the act shows, not what its subject says, and the frame is dropped.

   - dropped: "Underscoring the danger, gunmen burned a convoy near the border."
   - not this: "Highlighting the risks, the minister said rates would rise" (the main verb is
     a cue), "The minister highlighted the risks of a long strike."

4. **A naming verb names nothing** (``names_without_predicate``).  "call" and the other
   ``naming_verbs`` evaluate only with what they name the thing as, a particle ("called
   for", "called on") or a quotation.

   - dropped: "The envoy called a meeting of the council on Friday."
   - not this: "The senator called the new tariff a costly mistake", "The envoy called for
     talks between the two parties."

5. **The source names nobody** (``names_nobody``).  "No one", "nobody", "none" and a noun
   with the determiner "no" say that nobody holds the view, so nothing is attributed.

   - dropped: "No one in the cabinet has said that the vote was rigged",
     "Nobody believes the dam will hold".
   - not this: "No, the minister said, the dam will hold" (the "no" is not the source's),
     "Some voters say the dam will hold".

6. **The content is a lone pronoun** (``content_is_pronoun``).  An indirect frame whose whole
   content is "it", "that", "this" or "what" ("what the ministry proposes", "he said it")
   reports no proposition of its own: the words it points to are elsewhere, and on PolNeAR
   train such frames match an annotated attribution one time in four.  A relative "which"
   is kept (its clause is the content PolNeAR marks).

   - dropped: "The farmers will accept what the ministry proposes.", "She said it twice."
   - not this: "She said it would rain.", "The ministry proposed a tax, which the union
     opposes."

7. **A question asks, it does not report** (``asked_not_reported``).  A cue verb in a yes/no
   question ("Does the minister believe the dam is safe?": an auxiliary before the subject,
   the sentence ending in a question mark) attributes no view to its subject.

   - dropped: "Does the mayor see the strike as a threat?"
   - not this: "The mayor asked whether the strike was legal.", "Why, she asked, is the dam
     still shut?"

8. **A fact shows, not a holder** (``evidence_from_a_thing``).  A verb of showing (the
   ``evidence_verbs`` and ``showing_verbs`` lists) as a clause's participle (", indicating that
   ...") or with a relative or bare demonstrative source ("..., which shows", "that suggests")
   states what a fact shows, in the writer's voice, unless the source is a person, group,
   organisation, place, or a document, poll or study (``evidence_holder_nouns``).  A bare
   demonstrative subject ("that has raised questions") cannot hold a view for any cue.

   - dropped: "The tanker sat low in the water, indicating that it had taken on fuel",
     "The president appoints every judge, which shows there is no separation of powers".
   - not this: "The minister left early, indicating that she opposed the deal", "The ministry
     released a survey, which shows most farmers back the plan", "Polls showing a tie ...".

9. **A passive with no holder** (``passive_without_holder``).  A verb of conduct or naming
   (``bare_object_verbs``, ``naming_verbs``) in the passive, with no source, no "by" agent
   and no infinitive of purpose, says what is planned or what a thing is called, by nobody.

   - dropped: "No further talks are planned for the rest of the year", "a port town that is
     called the gateway to the north".
   - not this: "The plan has been called reckless by the opposition leader", "The tax is
     intended to curb the use of coal", "Troops are called for".

10. **A cue inside another attribution's source** (``in_a_source``).  "Former governor Jan
    Brewer, a supporter of the senator, said ...": the supporter noun describes the source;
    "Sudani, posting on X, called ...": a participle set off by commas on another source,
    with no source of its own, is how that source spoke.

    - dropped: the "supporter" and "posting" frames above.
    - not this: "The mayor, tweeting her thanks, said ..." when the participle has its own
      source; "Lee, who is backing the senator, said ..." (a relative clause).

11. **Going on doing is not going on saying** (``goes_on_doing``).  "continue" is a speech cue
    after a quotation or with a clause; with a gerund or an infinitive it says what someone
    goes on doing.

    - dropped: "The senator continued campaigning in the north", "The council will continue
      to fund the clinic".
    - not this: '"The levee will hold," the engineer continued.'

12. **An infinitive that names an act, with nobody doing it** (``infinitive_with_no_holder``).
    A sourceless cue infinitive after "it is ADJ" or on a noun evaluates or names the act.

    - dropped: "It is hard to predict how the farmers will vote", "Voters who have the
      desire to comment on the ruling".
    - not this: "The minister was quick to deny that the port would close" (a holder).

All checks look only at the frame's own evidence (source head token, content spans, rule)
and the parse; speech and thought verbs ("say", "believe", "report") are never dropped by (2).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..nlp import doc_text
from ..wordlists import word_list

#: Frame families whose verb can take a bare object (``RULE:LEMMA...``)
VERB_FAMILIES = ("stance_verb", "cue_verb", "object_relative")
RELATIVE_PRONOUNS = frozenset({"which", "that"})
HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
COMPLEMENTIZERS = word_list("proposition_openers")
QUOTE_CHARS = "\"“”"
NONHOLDER_NOUNS = word_list("nonholder_nouns")
BARE_OBJECT_VERBS = word_list("bare_object_verbs")
#: What is said or issued ("a warning", "a statement"): its object is a speech act.
SPEECH_PRODUCTS = word_list("issued_nouns") | word_list("statement_nouns")
SHOWING_VERBS = word_list("evidence_verbs") | word_list("showing_verbs")
NAMING_VERBS = word_list("naming_verbs")
PRONOUN_CONTENTS = word_list("pronoun_contents")
PRONOUN_CHARS = max(map(len, PRONOUN_CONTENTS)) + 2  # (room for a comma or a quotation mark)
#: Common nouns that name people, groups, or a document, poll or study that speaks for them.
HOLDER_NOUNS = (word_list("holder_role_nouns") | word_list("person_roles") | word_list("stance_holder_nouns")
                | word_list("colon_source_nouns") | word_list("statement_nouns") | word_list("evidence_holder_nouns"))
EVIDENCE_HOLDERS = word_list("evidence_holder_nouns") | word_list("statement_nouns")
#: Pronouns that never name a person or group as a subject ("this shows", "that suggests").
THING_PRONOUNS = frozenset({"this", "that", "these", "those", "which", "what"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PASSIVE_CUE_DEPS = frozenset({"auxpass", "nsubjpass"})


class Covered:
    """Character spans (actors' mentions) asked "does one cover this offset?" by bisection:
    the spans sorted by start, with the furthest end reached so far."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def covers(self, offset: int) -> bool:
        """Does a span cover ``offset``?"""
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and self.reach[i] > offset


def _in_spans(tok, spans) -> bool:
    if isinstance(spans, Covered):
        return spans.covers(tok.idx)
    return any(s <= tok.idx < e for s, e in spans)


def _antecedent(tok):
    """The noun a relative pronoun stands for ("the plan, which shows" -> plan), or None."""
    verb = tok.head
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        return verb.head
    return None


def _bare_demonstrative(tok) -> bool:
    """Is ``tok`` a demonstrative standing alone as a main clause's subject ("that has raised
    questions", "this shows"), not a relative pronoun nor a determiner ("those who", "this group")?"""
    return (tok.lower_ in DEMONSTRATIVES and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ not in ("relcl", "acl")
            and not any(True for _ in tok.children))


def can_hold_view(tok, actor_spans=()) -> bool:
    """Can the source whose head is ``tok`` hold a view or say something?

    False only for a common noun of the ``nonholder_nouns`` list (an event, act, measure,
    circumstance, artefact, or words as evidence), or a relative pronoun referring to one.
    Names, named entities, actors' mentions and personal pronouns can always hold a view."""
    if tok is None:
        return True
    if _bare_demonstrative(tok):
        return False  # "that has raised questions": a bare demonstrative points to a fact
    if tok.lower_ in RELATIVE_PRONOUNS and tok.pos_ in ("PRON", "DET", "SCONJ"):
        ante = _antecedent(tok)
        return True if ante is None or ante.i == tok.i else can_hold_view(ante, actor_spans)
    if tok.pos_ != "NOUN" or tok.ent_type_ in HOLDER_ENTITIES or _in_spans(tok, actor_spans):
        return True
    return tok.lemma_.lower() not in NONHOLDER_NOUNS and tok.lower_ not in NONHOLDER_NOUNS


def _content_tokens(doc, spans) -> list:
    toks = []
    for s, e in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            toks.extend(span)
    return toks


def _quoted(text: str, content: list) -> bool:
    return any(c in text[s:e] for s, e in content for c in QUOTE_CHARS)


def reports_proposition(doc, lemma: str, content: list, kind: str = "indirect", text: str | None = None) -> bool:
    """Does a frame on the verb ``lemma`` report a proposition in ``content``?

    Always True for verbs outside ``bare_object_verbs`` and for quotations.  For the verbs of
    the list: True for a clause, a gerund or infinitive, a complement opened by "that", "to",
    "whether" or a wh-word, a noun with a "that" clause, a speech product ("issued a warning",
    the ``issued_nouns`` and ``statement_nouns`` lists) or an "as" predicate; False for a bare
    noun phrase."""
    if lemma not in BARE_OBJECT_VERBS or kind in ("direct", "mixed"):
        return True
    toks = _content_tokens(doc, content)
    if not toks:
        return True
    if _quoted(doc_text(doc) if text is None else text, content):
        return True
    inside = {t.i for t in toks}
    if toks[0].lower_ in COMPLEMENTIZERS:
        return True
    if any(t.dep_ in ("ccomp", "acl") and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in t.children)
           for t in toks):
        return True  # "shares the concern that the river will flood": a noun with its clause
    for t in toks:
        if t.head.i in inside and t.head.i != t.i:
            continue  # only the content's own roots say what it is
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADP" and t.lower_ == "as"):
            return True
        if t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_PRODUCTS:
            return True  # "issued a warning", "shared a statement": a speech act
        if any(c.dep_ in ("prep",) and c.lower_ == "as" for c in t.head.children if c.i not in inside
               and c.i > t.i):
            return True  # "backed the plan as a first step": the "as" predicate hangs on the verb
    return False


ASPECT_VERBS = frozenset({"continue"})


def goes_on_doing(doc, cue_i: int | None, lemma: str, content: list, kind: str) -> bool:
    """Is a cue of going on ("continue") followed by what someone goes on doing, a gerund or an
    infinitive, rather than by words ("continued putting pressure on the council", "will
    continue to fund the ads")?  Not this: '"...," she continued', "He continued that the plan
    was sound" (a clause or quotation: the speaker goes on talking)."""
    if lemma not in ASPECT_VERBS or kind != "indirect" or cue_i is None or cue_i < 0:
        return False
    if _quoted(doc_text(doc), content):
        return False
    cue = doc[cue_i]
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and (c.tag_ == "VBG" or any(
        g.tag_ == "TO" for g in c.children)) and any(s <= c.idx < e for s, e in content) for c in cue.children)


def infinitive_with_no_holder(doc, cue_i: int | None, source) -> bool:
    """Is the cue an infinitive with no source that only names an act: after "it is ADJ (for
    X)" ("it is hard to predict how the vote will go") or on a noun ("the desire to comment on
    the ruling")?  Nobody is reported as predicting or commenting.  Not this: "She was quick
    to deny the report" (the infinitive has a holder), "the mayor's decision to say ...",
    "It is hard, she said, to ..." (the source slot is filled)."""
    if source is not None or cue_i is None or cue_i < 0:
        return False
    cue = doc[cue_i]
    if cue.tag_ != "VB" or not any(c.tag_ == "TO" and c.dep_ == "aux" for c in cue.children):
        return False
    head = cue.head
    if cue.dep_ == "acl" and head.pos_ == "NOUN":
        return True
    return (cue.dep_ in ("xcomp", "advcl", "ccomp") and head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
            and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children))


def shows_by_doing(doc, cue_i: int, source_head: int | None, anchors: set[int]) -> bool:
    """Is the cue a sentence-opening participle of showing ("Underscoring the danger, gunmen
    attacked ...") on a main verb that anchors no frame (``anchors``: the frames' cue tokens)?"""
    if source_head is None or cue_i < 0:
        return False
    tok = doc[cue_i]
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.lemma_.lower() in SHOWING_VERBS
            and tok.i < source_head and doc[source_head].head.i == tok.head.i
            and tok.head.i not in anchors)


NAMING_SLOTS = frozenset({"oprd", "xcomp", "ccomp", "prt", "dative", "advcl"})


def names_without_predicate(doc, cue_i: int, lemma: str, content: list, text: str | None = None) -> bool:
    """Is a naming verb ("call") used without what it names the thing as?  "The envoy called a
    meeting" and "they called the ministry" name nothing; "called it a mistake", "called the
    ruling arbitrary", "called for talks" and "called the plan “reckless”" do."""
    if lemma not in NAMING_VERBS or cue_i < 0:
        return False
    if _quoted(doc_text(doc) if text is None else text, content):
        return False
    verb = doc[cue_i]
    return not any(c.dep_ in NAMING_SLOTS or (c.dep_ == "prep" and (c.lower_ == "for" or (
        c.lower_ in ("on", "upon") and c.i == verb.i + 1))) for c in verb.children)


NEGATIVE_SOURCES = frozenset({"nobody", "none", "noone"})


def names_nobody(tok) -> bool:
    """Does the source whose head is ``tok`` name nobody ("no one", "nobody", "no voter")?"""
    if tok is None:
        return False
    return tok.lower_ in NEGATIVE_SOURCES or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def content_is_pronoun(doc, content: list, kind: str) -> bool:
    """Is an indirect frame's whole content one pronoun ("it", "that", "this", "what")?"""
    if kind != "indirect" or len(content) != 1 or content[0][1] - content[0][0] > PRONOUN_CHARS:
        return False  # (the length first: most contents are clauses, and a span costs a lookup)
    toks = [t for t in _content_tokens(doc, content) if not t.is_punct]
    return len(toks) == 1 and toks[0].lower_ in PRONOUN_CONTENTS


def asked_not_reported(doc, cue_i: int, source_head: int | None) -> bool:
    """Is the cue verb the main verb of a yes/no question, an auxiliary opening its clause
    before the subject ("Does the mayor see the strike as a threat?")?"""
    if cue_i is None or cue_i < 0 or source_head is None:
        return False
    verb, subj = doc[cue_i], doc[source_head]
    if subj.head.i != verb.i or verb.i <= subj.i or not any(c.dep_ == "aux" and c.i < subj.i for c in verb.children):
        return False
    sent = verb.sent  # (the sentence is looked up last: it costs more than the checks above)
    return sent[-1].text == "?" or (sent[-1].is_space and len(sent) > 1 and sent[-2].text == "?")


def animate(tok, actor_spans=())  -> bool:
    """Does ``tok`` (a source's head, a relative pronoun read as its antecedent) name a person,
    group, organisation or place, or a document, poll or study that speaks for its authors?"""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.pos_ in ("PRON", "DET", "SCONJ"):
        ante = _antecedent(tok)  # "the ministry, which showed": a name or a document, not "members, which"
        return ante is not None and ante.i != tok.i and (
            ante.ent_type_ in HOLDER_ENTITIES or ante.pos_ == "PROPN" or ante.lemma_.lower() in EVIDENCE_HOLDERS)
    if tok.ent_type_ in HOLDER_ENTITIES or _in_spans(tok, actor_spans):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in THING_PRONOUNS or any(c.dep_ == "relcl" for c in tok.children)
    if tok.pos_ == "PROPN":
        return True
    return tok.lemma_.lower() in HOLDER_NOUNS or tok.lower_ in HOLDER_NOUNS


def evidence_from_a_thing(doc, cue_i: int, lemma: str, source_head: int | None, source=None, actor_spans=()) -> bool:
    """Is the cue a verb of showing ("..., indicating that", "which shows") whose source is a
    fact, thing or event rather than a holder?  Only a clause's participle or a relative or
    demonstrative source (``source``, its span, may be the pronoun the head was read through)
    is checked: there the verb states what a fact shows, in the writer's voice."""
    if lemma not in SHOWING_VERBS or cue_i is None or cue_i < 0 or source_head is None:
        return False
    cue, src = doc[cue_i], doc[source_head]
    if source is not None and source[1] - source[0] <= 5:
        word = doc.char_span(source[0], source[1], alignment_mode="expand")
        if word is not None and len(word) == 1 and word[0].lower_ in THING_PRONOUNS:
            src = word[0]  # "parliament, which shows": judged as "which", by its antecedent
    if not (cue.tag_ == "VBG" and cue.dep_ == "advcl") and src.lower_ not in THING_PRONOUNS:
        return False
    return not animate(src, actor_spans)


def passive_without_holder(doc, cue_i: int, lemma: str, source) -> bool:
    """Is a verb of conduct or naming used in the passive with no holder named ("no further
    talks are planned", "a country that is called the gateway to Africa")?"""
    if source is not None or cue_i is None or cue_i < 0 or (lemma not in BARE_OBJECT_VERBS and lemma not in NAMING_VERBS):
        return False
    cue = doc[cue_i]
    if cue.tag_ != "VBN" or not any(c.dep_ in PASSIVE_CUE_DEPS for c in cue.children):
        return False
    if lemma in NAMING_VERBS and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "for":
        return False  # "is called for": a demand, not a naming
    # "was called X by a professor" names its holder; "is intended to ..." reports a purpose
    return not any((t.lower_ == "by" and t.dep_ in ("agent", "prep")) or (t.lower_ == "to" and t.tag_ == "TO")
                   for t in cue.subtree)


def _lemma_of(rule: str) -> tuple[str, str]:
    family, _, rest = rule.partition(":")
    return family, rest.split(":", 1)[0]


def frame_is_fit(doc, frame, actor_spans=(), anchors: frozenset[int] = frozenset(), text: str | None = None) -> bool:
    """A frame whose source can hold a view and whose verb reports a proposition."""
    if frame.source is not None and frame.source_head is not None:
        if not can_hold_view(doc[frame.source_head], actor_spans) or names_nobody(doc[frame.source_head]):
            return False
        if asked_not_reported(doc, frame.cue_token, frame.source_head):
            return False
        if shows_by_doing(doc, frame.cue_token, frame.source_head, anchors):
            return False
    family, lemma = _lemma_of(frame.rule)
    if evidence_from_a_thing(doc, frame.cue_token, lemma, frame.source_head, frame.source, actor_spans):
        return False
    if family in VERB_FAMILIES and passive_without_holder(doc, frame.cue_token, lemma, frame.source):
        return False
    if content_is_pronoun(doc, frame.content, frame.kind):
        return False
    if family in VERB_FAMILIES and infinitive_with_no_holder(doc, frame.cue_token, frame.source):
        return False
    if family in VERB_FAMILIES and goes_on_doing(doc, frame.cue_token, lemma, frame.content, frame.kind):
        return False
    if family in VERB_FAMILIES and lemma:
        text = doc_text(doc) if text is None else text
        if frame.kind == "indirect" and names_without_predicate(doc, frame.cue_token, lemma, frame.content, text):
            return False
        return reports_proposition(doc, lemma, frame.content, frame.kind, text)
    return True


def drop_unfit(ctx, frames: list) -> list:
    """A pass: the frames that pass the checks, in their order (see the module docstring)."""
    if not frames:
        return frames
    anchors = frozenset(f.cue_token for f in frames if f.cue_token is not None)
    sources = [(f.source, f.source_head) for f in frames if f.source is not None]
    in_sources = Covered(span for span, _ in sources)
    covered = Covered(ctx.mentions)
    return [f for f in frames if frame_is_fit(ctx.doc, f, covered, anchors, ctx.text)
            and not in_a_source(ctx.doc, f, sources, in_sources)]


def in_a_source(doc, frame, sources, in_sources: Covered | None = None) -> bool:
    """Is the frame's cue inside another frame's source span, or a participle set off by
    commas on another frame's source ("Sudani, posting on X, called ...": the posting is how
    Sudani spoke, not an attribution of its own)?"""
    if not frame.cue:
        return False
    at = frame.cue[0][0]
    cue = doc[frame.cue_token] if frame.cue_token is not None and frame.cue_token >= 0 else None
    aside = frame.source is None and cue is not None and cue.tag_ == "VBG"
    if not aside and in_sources is not None and not in_sources.covers(at):
        return False  # (no source covers the cue: the common case, decided by bisection)
    for span, head in sources:
        if not aside and not span[0] <= at < span[1]:
            continue
        if span == frame.source:
            continue
        if span[0] <= at < span[1]:
            return True
        if (frame.source is None and cue is not None and head is not None and cue.tag_ == "VBG"
                and cue.dep_ in ("acl", "prep", "advcl") and cue.i > head and cue.left_edge.i > 0
                and doc[cue.left_edge.i - 1].text == ","
                and (cue.head.i == head or (cue.head.is_punct and cue.head.head.i == head))):
            return True
    return False
