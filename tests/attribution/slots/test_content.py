"""CONTENT_STRATEGIES and OBJECT_STRATEGIES on hand-built parses: each repair with its
example, the tokens it finds and the extra cue words it adds."""

from __future__ import annotations

import pytest
from newsdyad.attribution.slots import content as C

# (strategy, text, rows, cue verb index, lemma, content text, extra cue words)
CASES = [
    (C.reported_clause, "The minister said that the border would reopen.", """
The DT det 1
minister NN nsubj 2
said VBD ROOT 2 say
that IN mark 7
the DT det 5
border NN nsubj 7
would MD aux 7
reopen VB ccomp 2
. . punct 2
""", 2, "say", "that the border would reopen", []),
    (C.clause_on_noun, "She said in a statement that talks failed.", """
She PRP nsubj 1
said VBD ROOT 1 say
in IN prep 1
a DT det 4
statement NN pobj 2
that IN mark 7
talks NNS nsubj 7 talk
failed VBD acl 4 fail
. . punct 1
""", 1, "say", "that talks failed", []),
    (C.main_clause_of_as, "As the paper noted, the mayor raised taxes.", """
As IN mark 3
the DT det 2
paper NN nsubj 3
noted VBD advcl 7 note
, , punct 7
the DT det 6
mayor NN nsubj 7
raised VBD ROOT 7 raise
taxes NNS dobj 7 tax
. . punct 7
""", 3, "note", ", the mayor raised taxes.", []),
    (C.whether_clause, "She wondered whether the bridge would hold.", """
She PRP nsubj 1
wondered VBD ROOT 1 wonder
whether IN mark 6
the DT det 4
bridge NN nsubj 6
would MD aux 6
hold VB ccomp 1
. . punct 1
""", 1, "wonder", "whether the bridge would hold", []),
    (C.speech_object, "She tweeted her support.", """
She PRP nsubj 1
tweeted VBD ROOT 1 tweet
her PRP$ poss 3
support NN dobj 1
. . punct 1
""", 1, "tweet", "her support", []),
    (C.infinitive_clause, "He vowed to fight the tax.", """
He PRP nsubj 1
vowed VBD ROOT 1 vow
to TO aux 3
fight VB xcomp 1
the DT det 5
tax NN dobj 3
. . punct 1
""", 1, "vow", "to fight the tax", []),
    (C.so_pro_form, "Half of them said so.", """
Half NN nsubj 3
of IN prep 0
them PRP pobj 1
said VBD ROOT 3 say
so RB advmod 3
. . punct 3
""", 3, "say", "so", []),
    (C.wh_pro_form, "She would not say when.", """
She PRP nsubj 3
would MD aux 3
not RB neg 3
say VB ROOT 3
when WRB advmod 3
. . punct 3
""", 3, "say", "when", []),
    (C.host_clause, "The bridge, she says, will reopen.", """
The DT det 1
bridge NN nsubj 7
, , punct 7
she PRP nsubj 4
says VBZ parataxis 7 say
, , punct 7
will MD aux 7
reopen VB ROOT 7
. . punct 7
""", 4, "say", "The bridge, she says, will reopen.", []),
    (C.passive_subject, "The meeting was reported by the paper.", """
The DT det 1
meeting NN nsubjpass 3
was VBD:AUX auxpass 3 be
reported VBN ROOT 3 report
by IN agent 3
the DT det 6
paper NN pobj 4
. . punct 3
""", 3, "report", "The meeting", ["by"]),
    (C.pointed_to, "The mayor pointed to her record.", """
The DT det 1
mayor NN nsubj 2
pointed VBD ROOT 2 point
to IN prep 2
her PRP$ poss 5
record NN pobj 3
. . punct 2
""", 2, "point", "her record", ["to"]),
    (C.about_topic, "She joked about the rain.", """
She PRP nsubj 1
joked VBD ROOT 1 joke
about IN prep 1
the DT det 4
rain NN pobj 2
. . punct 1
""", 1, "joke", "the rain", ["about"]),
    (C.believes_in, "He believes in small government.", """
He PRP nsubj 1
believes VBZ ROOT 1 believe
in IN prep 1
small JJ amod 4
government NN pobj 2
. . punct 1
""", 1, "believe", "small government", ["in"]),
    (C.for_clause, "She called for the council to act.", """
She PRP nsubj 1
called VBD ROOT 1 call
for IN mark 6
the DT det 4
council NN nsubj 6
to TO aux 6
act VB advcl 1
. . punct 1
""", 1, "call", "the council to act", ["for"]),
    (C.object_or_complement, "She denied the report.", """
She PRP nsubj 1
denied VBD ROOT 1 deny
the DT det 3
report NN dobj 1
. . punct 1
""", 1, "deny", "the report", []),
    (C.prepositional_object, "The union complained about the rules.", """
The DT det 1
union NN nsubj 2
complained VBD ROOT 2 complain
about IN prep 2
the DT det 5
rules NNS pobj 3 rule
. . punct 2
""", 2, "complain", "the rules", ["about"]),
]


@pytest.mark.parametrize("strategy,text,rows,verb,lemma,expected,more", CASES,
                         ids=[c[0].__name__ for c in CASES])
def test_content_strategy_finds(parse, token_text, strategy, text, rows, verb, lemma, expected, more):
    ctx = parse(text, rows)
    found = strategy(ctx, ctx.doc[verb], ctx.lex.verbs[lemma], frozenset({verb}))
    assert found is not None
    idxs, extra = found
    assert token_text(ctx, idxs) == expected
    assert [t.text for t in extra] == more


@pytest.mark.parametrize("strategy,text,rows,verb,lemma,expected,more", CASES,
                         ids=[c[0].__name__ for c in CASES])
def test_content_strategy_is_registered_in_order(strategy, text, rows, verb, lemma, expected, more):
    assert strategy in C.CONTENT_STRATEGIES + C.OBJECT_STRATEGIES


def test_content_strategies_find_nothing_without_a_clause(parse):
    ctx = parse("The mayor smiled.", """
The DT det 1
mayor NN nsubj 2
smiled VBD ROOT 2 smile
. . punct 2
""")
    for strategy in C.CONTENT_STRATEGIES + C.OBJECT_STRATEGIES:
        found = strategy(ctx, ctx.doc[2], ctx.lex.verbs["say"], frozenset({2}))
        assert found is None or found[0] == [], strategy.__name__


def test_content_speech_object_is_not_a_greeting(parse):
    ctx = parse("She tweeted her thanks.", """
She PRP nsubj 1
tweeted VBD ROOT 1 tweet
her PRP$ poss 3
thanks NNS dobj 1 thanks
. . punct 1
""")
    assert C.speech_object(ctx, ctx.doc[1], ctx.lex.verbs["tweet"], frozenset({1})) is None


def test_content_object_cue_reads_its_object_not_the_clause_before(parse, token_text):
    # "Morale has suffered, staff complain of the rules": the parser hung the clause before on the verb
    ctx = parse("Morale suffered, staff complain of the rules.", """
Morale NN nsubj 1
suffered VBD ccomp 4 suffer
, , punct 4
staff NN nsubj 4
complain VBP ROOT 4
of IN prep 4
the DT det 7
rules NNS pobj 5 rule
. . punct 4
""")
    verb, cue = ctx.doc[4], ctx.lex.verbs["complain"]
    assert C.reported_clause(ctx, verb, cue, frozenset({4})) is None
    idxs, more = C.content_tokens(ctx, verb, cue, frozenset({4}))
    assert token_text(ctx, idxs) == "the rules" and [t.text for t in more] == ["of"]


@pytest.mark.parametrize("text,ends", [
    ("The chief said his men had “seized 40 boats” Navy officials counted.", False),
    ("The chief said the port “is closed.” Navy officials agreed.", True),
    ("“The port is closed,” Chief Lee said.", True),
])
def test_content_quotation_ends_sentence(text, ends):
    """A quoted phrase ending in a word goes on with its clause; one ending in a stop or a
    comma closes it, and a capital after it starts the next one."""
    from newsdyad.attribution.slots.content import quotation_ends_sentence

    end = text.index("”") + 1
    assert quotation_ends_sentence(text, end) is ends


def test_content_runs_on_after_a_quoted_phrase(parse):
    """'had “seized 40 boats” Navy ...': the content is not cut at the closing mark."""
    from newsdyad.attribution.slots.content import content_spans

    text = "Lee said they “seized 40 boats” Navy crews owned."
    ctx = parse(text, """
Lee NNP nsubj 1
said VBD ROOT 1 say
they PRP nsubj 4
“ `` punct 4
seized VBD ccomp 1 seize
40 CD nummod 6
boats NNS dobj 4 boat
” '' punct 6
Navy NNP compound 9
crews NNS nsubj 10 crew
owned VBD relcl 6 own
. . punct 1
""")
    spans, kind = content_spans(ctx, list(range(2, 11)))
    assert kind == "mixed" and [text[s:e] for s, e in spans] == ["they “seized 40 boats” Navy crews owned"]
