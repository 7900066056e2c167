"""The ``cue_verb`` construction (newsdyad.attribution.constructions.cue_verb): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import cue_verb

# (text, rule, source, cue, content pieces)
FINDS = [
    ('The minister said that the border would reopen.', 'cue_verb:say', 'The minister', 'said', ['the border would reopen']),
    ('The border will reopen, the minister said.', 'cue_verb:say:trailing', 'the minister', 'said', ['The border will reopen']),
    ("The farmers' union criticized the new tax.", 'stance_verb:criticize', "The farmers' union", 'criticized', ['the new tax']),
    ('“Enough,” she said.', 'quote_before_cue', 'she', 'said', ['Enough,']),
    ('He added: “Enough.”', 'quote_after_cue', 'He', 'added', ['Enough.']),
    ('The paper quoted the general as saying the war was over.', 'quoted_as_saying', 'the general', 'saying', ['the war was over']),
    ('The paper cited two officials as saying the ship had left.', 'quoted_as_saying', 'two officials', 'saying',
     ['the ship had left']),
    # must keep: "cite" with a plain object is the subject's own stance
    ('The minister cited rising costs as the reason for the delay.', 'stance_verb:cite', 'The minister', 'cited',
     ['rising costs as the reason for the delay']),
    ('The columnist writes:\n\nThe levee protects the farms from the river every spring.', 'cue_verb:write:block', 'The columnist', 'writes', ['The levee protects the farms from the river every spring.']),
    ('The governor said she will veto the bill, while Lee says she will not.', 'cue_verb:say', 'Lee', 'says', ['she will not']),
]

NOTHING = [
    'The delegates who pledged to vote met in Ohio.',
    'The tax pleased the farmers.',
    'The dam is considered unsafe.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_cue_verb_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_cue_verb_finds_nothing(found, text):
    assert found(text, cue_verb.RULES) == []


def test_cue_verb_cited_as_saying_is_no_stance(found):
    """"cited X as saying ...": the subject is the reporter, not a stance holder."""
    rules = [row[0] for row in found('The paper cited two officials as saying the ship had left.')]
    assert "stance_verb:cite" not in rules and "quoted_as_saying" in rules
