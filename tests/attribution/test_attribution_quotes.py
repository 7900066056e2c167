"""Quotation-mark pairing: straight, curly, '' marks, nesting, paragraphs, unclosed marks."""

from __future__ import annotations

import pytest

from newsdyad.attribution.quotes import scan_quotes


def _pieces(text):
    quotes, notes = scan_quotes(text)
    return [[text[s:e] for s, e in q.pieces] for q in quotes], notes


@pytest.mark.parametrize("text,expected", [
    ('He said "yes" and left.', [["yes"]]),
    ("“One,” she said, “two.”", [["One,"], ["two."]]),
    ("''Done,'' he said.", [["Done,"]]),
    ("“They want ‘change’ now,” he said.", [["They want ‘change’ now,"]]),
    ('A "first\n\n"second." end', [["first", "second."]]),
    ("It's Bob's car, not the voters' car.", []),
    ("No quotes at all.", []),
])
def test_attribution_quotes_pairs(text, expected):
    pieces, notes = _pieces(text)
    assert pieces == expected
    assert notes == []


def test_attribution_quotes_unclosed_at_paragraph_end():
    text = 'He said "this never closes\nNext paragraph "fine" here.'
    pieces, notes = _pieces(text)
    assert pieces == [["this never closes"], ["fine"]]
    assert notes == ["unclosed quotation mark at 8"]


def test_attribution_quotes_unclosed_at_text_end():
    pieces, notes = _pieces("“Nothing ends")
    assert pieces == [["Nothing ends"]]
    assert notes == ["unclosed quotation mark at 0"]


def test_attribution_quotes_stray_closing_mark_is_noted():
    pieces, notes = _pieces("Broken” text.")
    assert pieces == []
    assert notes == ["unmatched closing quotation mark at 6"]
