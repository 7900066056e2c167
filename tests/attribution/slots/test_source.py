"""SOURCE_STRATEGIES and CLIMB_STRATEGIES on hand-built parses: each repair with its example."""

from __future__ import annotations

import pytest
from newsdyad.attribution.slots import source as S

# a name in commas, then a role of nine words, before a cue the parser left without a subject
LONG_ROLE = """
The DT det 1
dam NN nsubj 3
will MD aux 3
hold VB ccomp 18
, , punct 18
Ana NNP compound 6
Ruiz NNP npadvmod 18
, , punct 6
coordinator NN appos 6
for IN prep 8
the DT det 11
league NN pobj 9
in IN prep 11
the DT det 14
north NN pobj 12
of IN prep 14
Ohio NNP pobj 15
, , punct 18
says VBZ ROOT 18 say
. . punct 18
"""

# (strategy, text, rows, cue verb index, lemma, source before the strategy, source after it)
REPAIRS = [
    (S.asked_participle, "Asked by Lee if he would run, the mayor smiled.", """
Asked VBN advcl 10 ask
by IN agent 0
Lee NNP pobj 1
if IN mark 6
he PRP nsubj 6
would MD aux 6
run VB advcl 0
, , punct 10
the DT det 9
mayor NN nsubj 10
smiled VBD ROOT 10 smile
. . punct 10
""", 0, "ask", None, "Lee"),
    (S.subject, "The minister said the border would reopen.", """
The DT det 1
minister NN nsubj 2
said VBD ROOT 2 say
the DT det 4
border NN nsubj 6
would MD aux 6
reopen VB ccomp 2
. . punct 2
""", 2, "say", None, "The minister"),
    (S.subject, "Ruiz — leader of the league — said the dam would hold.", """
Ruiz NNP nsubj 7
— : punct 2
leader NN nsubj 7
of IN prep 2
the DT det 5
league NN pobj 3
— : punct 2
said VBD ROOT 7 say
the DT det 9
dam NN nsubj 11
would MD aux 11
hold VB ccomp 7
. . punct 7
""", 7, "say", None, "Ruiz"),
    (S.subject, "Ruiz, in an interview with the show, said the dam would hold.", """
Ruiz UH:INTJ dep 9
, , punct 0
in IN prep 0
an DT det 4
interview NN pobj 2
with IN prep 4
the DT det 7
show NN nsubj 9
, , punct 7
said VBD ROOT 9 say
the DT det 11
dam NN nsubj 13
would MD aux 13
hold VB ccomp 9
. . punct 9
""", 9, "say", None, "Ruiz"),
    (S.subject, "On Monday, the mayor said the dam would hold.", """
On IN prep 5
Monday NNP pobj 0
, , punct 5
the DT det 4
mayor NN nsubj 5
said VBD ROOT 5 say
the DT det 7
dam NN nsubj 9
would MD aux 9
hold VB ccomp 5
. . punct 5
""", 5, "say", None, "the mayor"),
    (S.speaker_outside_quotation, "“We were wrong,” Ramos told the paper.", """
“ `` punct 2
We PRP nsubj 2
were VBD ROOT 2 be
wrong JJ acomp 2
, , punct 2
” '' punct 2
Ramos NNP npadvmod 7
told VBD conj 2 tell
the DT det 9
paper NN dobj 7
. . punct 2
""", 7, "tell", "We", "Ramos"),
    (S.quotation_off_the_subject, "“We stay,” Ortiz, 52, told the paper.", """
“ `` punct 5
We PRP nsubj 2
stay VBP acl 5
, , punct 5
” '' punct 5
Ortiz NNP nsubj 9
, , punct 5
52 CD appos 5
, , punct 5
told VBD ROOT 9 tell
the DT det 11
paper NN dobj 9
. . punct 9
""", 9, "tell", "We stay,” Ortiz, 52", "Ortiz, 52"),
    (S.quotation_off_the_subject, "Ortiz, who called the plan “a disgrace,” told the paper.", """
Ortiz NNP nsubj 11
, , punct 0
who WP nsubj 3
called VBD relcl 0 call
the DT det 5
plan NN dobj 3
“ `` punct 8
a DT det 8
disgrace NN oprd 3
, , punct 8
” '' punct 8
told VBD ROOT 11 tell
the DT det 13
paper NN dobj 11
. . punct 11
""", 11, "tell", "Ortiz, who called the plan “a disgrace,”", "Ortiz, who called the plan “a disgrace,”"),
    (S.name_after_quotation, "“Yes,” Jane Roe tells the paper.", """
“ `` punct 6
Yes UH:INTJ intj 6 yes
, , punct 6
” '' punct 6
Jane NNP compound 5
Roe NNP npadvmod 1
tells VBZ ROOT 6 tell
the DT det 8
paper NN dobj 6
. . punct 6
""", 6, "tell", None, "Jane Roe"),
    (S.speaker_after_cue, "“We will stay,” added another farmer.", """
“ `` punct 6
We PRP nsubj 3
will MD aux 3
stay VB ccomp 6
, , punct 6
” '' punct 6
added VBD ROOT 6 add
another DT det 8
farmer NN dobj 6
. . punct 6
""", 6, "add", None, "another farmer"),
    (S.phrase_before_cue, "Four voters say the plan fails.", """
Four CD nummod 1
voters NNS dep 2 voter
say VBP ROOT 2
the DT det 4
plan NN nsubj 5
fails VBZ ccomp 2 fail
. . punct 2
""", 2, "say", None, "Four voters"),
    (S.phrase_before_cue, "The dam will hold, Ana Ruiz, coordinator for the league in the north of Ohio, says.",
     LONG_ROLE, 18, "say", None, "Ana Ruiz, coordinator for the league in the north of Ohio"),
]


def _draft(parse, text, rows, verb, lemma):
    from newsdyad.attribution.slots.content import content_tokens

    ctx = parse(text, rows)
    tok, cue = ctx.doc[verb], ctx.lex.verbs[lemma]
    idxs, _ = content_tokens(ctx, tok, cue, frozenset({verb}))
    return ctx, S.Draft(tok, cue, lemma, frozenset({verb}), idxs)


@pytest.mark.parametrize("strategy,text,rows,verb,lemma,before,after", REPAIRS, ids=[r[0].__name__ for r in REPAIRS])
def test_source_strategy_repairs(parse, span_text, strategy, text, rows, verb, lemma, before, after):
    ctx, d = _draft(parse, text, rows, verb, lemma)
    at = S.SOURCE_STRATEGIES.index(strategy)
    for earlier in S.SOURCE_STRATEGIES[:at]:
        earlier(ctx, d)
    assert span_text(ctx, d.source) == before
    strategy(ctx, d)
    assert span_text(ctx, d.source) == after
    for later in S.SOURCE_STRATEGIES[at + 1:]:  # and the later strategies keep it
        later(ctx, d)
    assert span_text(ctx, d.source) == after


def test_source_subject_out_of_content(parse, span_text):
    ctx, d = _draft(parse, "Lee said he would come.", """
Lee NNP nsubj 1
said VBD ROOT 1 say
he PRP nsubj 4
would MD aux 4
come VB ccomp 1
. . punct 1
""", 1, "say")
    d.set_source((0, 3), 0)
    d.idxs = [0, 2, 3, 4]  # the parser put the subject in the clause
    S.subject_out_of_content(ctx, d)
    assert d.idxs == [2, 3, 4] and span_text(ctx, d.source) == "Lee"


def test_source_long_role_needs_a_name_before_it(parse, span_text):
    """Not this: a role too long for one noun phrase, with no name in commas before it."""
    ctx, d = _draft(parse, "The dam will hold, a coordinator for the league in the north of Ohio says.", """
The DT det 1
dam NN nsubj 3
will MD aux 3
hold VB ccomp 15
, , punct 15
a DT det 6
coordinator NN npadvmod 15
for IN prep 6
the DT det 9
league NN pobj 7
in IN prep 9
the DT det 12
north NN pobj 10
of IN prep 12
Ohio NNP pobj 13
says VBZ ROOT 15 say
. . punct 15
""", 15, "say")
    S.find_source(ctx, d)
    assert span_text(ctx, d.source) is None


def test_source_nobody_named_by_a_passive(parse):
    ctx, d = _draft(parse, "The plan was reported.", """
The DT det 1
plan NN nsubjpass 3
was VBD:AUX auxpass 3 be
reported VBN ROOT 3 report
. . punct 3
""", 3, "report")
    S.find_source(ctx, d)
    assert d.source is None and d.source_head is None


# (strategy, text, rows, cue verb index, head index, expected (what, token text))
CLIMBS = [
    (S.issuer_of_statement, "The party released a statement apologizing.", """
The DT det 1
party NN nsubj 2
released VBD ROOT 2 release
a DT det 4
statement NN dobj 2
apologizing VBG acl 4 apologize
. . punct 2
""", 5, ("climb", "released")),
    (S.holder_of_infinitive, "She held a briefing to boast.", """
She PRP nsubj 1
held VBD ROOT 1 hold
a DT det 3
briefing NN dobj 1
to TO aux 5
boast VB acl 3
. . punct 1
""", 5, ("climb", "held")),
    (S.doer_of_participle, "He launched an attack labeling them liars.", """
He PRP nsubj 1
launched VBD ROOT 1 launch
an DT det 3
attack NN dobj 1
labeling VBG acl 3 label
them PRP dobj 4
liars NNS oprd 4 liar
. . punct 1
""", 4, ("climb", "launched")),
    (S.relative_antecedent, "Officials saying the dam held left.", """
Officials NNS nsubj 5 official
saying VBG acl 0 say
the DT det 3
dam NN nsubj 4
held VBD ccomp 1 hold
left VBD ROOT 5 leave
. . punct 5
""", 1, ("subject", "Officials")),
    (S.controlling_object, "The vote forced Ortiz to resign.", """
The DT det 1
vote NN nsubj 2
forced VBD ROOT 2 force
Ortiz NNP dobj 2
to TO aux 5
resign VB xcomp 2
. . punct 2
""", 5, ("subject", "Ortiz")),
    (S.wanting_not_saying, "She wants to support the plan.", """
She PRP nsubj 1
wants VBZ ROOT 1 want
to TO aux 3
support VB xcomp 1
the DT det 5
plan NN dobj 3
. . punct 1
""", 3, ("nobody", None)),
    (S.enclosing_clause, "The mayor paused, then revealed the plan.", """
The DT det 1
mayor NN nsubj 2
paused VBD ROOT 2 pause
, , punct 2
then RB advmod 5
revealed VBD conj 2 reveal
the DT det 7
plan NN dobj 5
. . punct 2
""", 5, ("climb", "paused")),
]


@pytest.mark.parametrize("strategy,text,rows,verb,expected", CLIMBS, ids=[c[0].__name__ for c in CLIMBS])
def test_source_climb_strategy(parse, strategy, text, rows, verb, expected):
    ctx = parse(text, rows)
    tok = ctx.doc[verb]
    what, found = strategy(ctx, tok, tok)
    assert (what, found.text if found is not None else None) == expected
    assert strategy in S.CLIMB_STRATEGIES


def test_source_climb_strategies_leave_a_main_clause(parse):
    ctx = parse("The mayor smiled.", """
The DT det 1
mayor NN nsubj 2
smiled VBD ROOT 2 smile
. . punct 2
""")
    tok = ctx.doc[2]
    assert all(strategy(ctx, tok, tok) is None for strategy in S.CLIMB_STRATEGIES)


def test_source_of_climbs_to_the_enclosing_subject(parse, span_text):
    ctx = parse("The mayor paused, then revealed the plan.", CLIMBS[-1][2])
    span, head, reporter = S.source_of(ctx, ctx.doc[5], {5})
    assert span_text(ctx, span) == "The mayor" and head == 1 and reporter is None
