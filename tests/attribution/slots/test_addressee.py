"""ADDRESSEE_STRATEGIES on hand-built parses: each repair with its example."""

from __future__ import annotations

from newsdyad.attribution.slots import addressee

TOLD = """
The DT det 1
governor NN nsubj 2
told VBD ROOT 2 tell
reporters NNS dobj 2 reporter
that IN mark 6
talks NNS nsubj 6 talk
failed VBD ccomp 2 fail
. . punct 2
"""

URGED = """
She PRP nsubj 1
urged VBD ROOT 1 urge
voters NNS dobj 1 voter
to TO aux 4
stay VB xcomp 1
home RB advmod 4
. . punct 1
"""

SPOKE = """
The DT det 1
mayor NN nsubj 2
spoke VBD ROOT 2 speak
to IN prep 2
the DT det 5
council NN pobj 3
. . punct 2
"""


def test_addressee_told_party(parse, span_text):
    ctx = parse("The governor told reporters that talks failed.", TOLD)
    verb = ctx.doc[2]
    span, head = addressee.told_party(ctx, verb, ctx.lex.verbs["tell"])
    assert span_text(ctx, span) == "reporters" and head == 3
    assert addressee.addressee_of(ctx, verb, ctx.lex.verbs["tell"])[1] == 3


def test_addressee_requested_party(parse, span_text):
    ctx = parse("She urged voters to stay home.", URGED)
    verb = ctx.doc[1]
    span, head = addressee.requested_party(ctx, verb, ctx.lex.verbs["urge"])
    assert span_text(ctx, span) == "voters"
    assert addressee.told_party(ctx, verb, ctx.lex.verbs["urge"]) is None  # "urge" takes no addressee object


def test_addressee_to_phrase(parse, span_text):
    ctx = parse("The mayor spoke to the council.", SPOKE)
    verb = ctx.doc[2]
    span, head = addressee.to_phrase(ctx, verb, ctx.lex.verbs["speak"])
    assert span_text(ctx, span) == "the council" and head == 5


def test_addressee_none(parse):
    ctx = parse("She urged voters to stay home.", URGED)
    assert addressee.to_phrase(ctx, ctx.doc[1], ctx.lex.verbs["urge"]) is None
