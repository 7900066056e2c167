"""CUE_PARTS and "in a statement" on hand-built parses."""

from __future__ import annotations

from newsdyad.attribution.slots import cue

BACKED_DOWN = """
He PRP nsubj 3
has VBZ:AUX aux 3 have
not RB neg 3
backed VBN ROOT 3 back
down RP prt 3
. . punct 3
"""

STATEMENT = """
She PRP nsubj 1
said VBD ROOT 1 say
in IN prep 1
a DT det 4
statement NN pobj 2
that IN mark 7
talks NNS nsubj 7 talk
failed VBD ccomp 1 fail
. . punct 1
"""

NO_LONGER = """
They PRP nsubj 4
will MD:AUX aux 4
no RB neg 3
longer RBR:ADV advmod 4
recognize VB ROOT 4 recognize
the DT det 6
envoy NN dobj 4
. . punct 4
"""


def _texts(ctx, spans):
    return [ctx.text[s:e] for s, e in spans]


def test_cue_left_auxiliaries_and_particle(parse):
    ctx = parse("He has not backed down.", BACKED_DOWN)
    verb = ctx.doc[3]
    assert [t.text for t in cue.left_auxiliaries(ctx, verb, [verb])] == ["not", "has"]
    assert [t.text for t in cue.particle(ctx, verb, [verb])] == ["down"]
    assert _texts(ctx, cue.cue_spans_of(ctx, verb)) == ["has not backed down"]


def test_cue_in_statement(parse):
    ctx = parse("She said in a statement that talks failed.", STATEMENT)
    assert _texts(ctx, cue.cue_spans_of(ctx, ctx.doc[1])) == ["said in a statement"]


def test_cue_particle_not_repeated(parse):
    ctx = parse("He has not backed down.", BACKED_DOWN)
    verb = ctx.doc[3]
    assert cue.particle(ctx, verb, [verb, ctx.doc[4]]) == []


def test_cue_bare_verb(parse):
    ctx = parse("She said in a statement that talks failed.", STATEMENT)
    assert cue.left_auxiliaries(ctx, ctx.doc[7], [ctx.doc[7]]) == []  # "failed": nothing around it


def test_cue_adverb_with_its_modifier(parse):
    ctx = parse("They will no longer recognize the envoy.", NO_LONGER)
    verb = ctx.doc[4]
    assert _texts(ctx, cue.cue_spans_of(ctx, verb)) == ["will no longer recognize"]
    assert cue.left_auxiliaries(ctx, ctx.doc[6], [ctx.doc[6]]) == []  # "envoy": nothing hangs on it
