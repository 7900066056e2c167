"""The ``cue_noun`` construction (newsdyad.attribution.constructions.cue_noun): our own sentences."""

from __future__ import annotations

import pytest

from newsdyad.attribution.constructions import cue_noun

# (text, rule, source, cue, content pieces)
FINDS = [
    ('Her warning that prices would rise went unheeded.', 'cue_noun:warning', 'Her', 'warning', ['prices would rise']),
    ("The senator's call for talks was ignored.", 'cue_noun:call', "The senator's", 'call for', ['talks']),
    ('Cruz won the endorsement of Governor Lee.', 'cue_noun:endorsement', 'Governor Lee', 'endorsement of', ['Cruz']),
    ('Analysts are raising concerns that the new law will hurt farmers.', 'cue_noun:concern', 'Analysts', 'concerns',
     ['the new law will hurt farmers']),
    # must keep no holder: a ruling that raises concerns does not hold them
    ('The ruling raised concerns that the law will hurt farmers.', 'cue_noun:concern', None, 'concerns',
     ['the law will hurt farmers']),
]

NOTHING = [
    'The report that we read was long.',
]


@pytest.mark.parametrize("text,rule,source,cue,content", FINDS, ids=[r[0][:40] for r in FINDS])
def test_cue_noun_finds(found, text, rule, source, cue, content):
    assert (rule, source, cue, content) in found(text)


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_cue_noun_finds_nothing(found, text):
    assert found(text, cue_noun.RULES) == []
