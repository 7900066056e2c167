"""The article view's marks: nested, split where they cross, everything escaped."""

from __future__ import annotations

import re

import pytest

from newsdyad.api.view import article_html, chain_label
from newsdyad.model import Actor, Attribution, Document, Event, Participant, Party

# Our own sentence: "Ann said Bob told Cy <that> it rains."
TEXT = "Ann said Bob told Cy <that> it rains."


def doc(**kw) -> Document:
    outer = Attribution(id="Q1", kind="indirect", source=Party((0, 3), "A1"), cue=[(4, 8)],
                        content=[(9, 36)])
    inner = Attribution(id="Q2", kind="indirect", source=Party((9, 12), "A2"), cue=[(13, 17)],
                        content=[(21, 36)], parent="Q1")
    base = dict(doc_id="v", text=TEXT, attributions=[outer, inner],
                actors=[Actor(id="A1", name="Ann Smith", mentions=[(0, 3)]),
                        Actor(id="A2", name="Bob", mentions=[(9, 12)])])
    base.update(kw)
    return Document(**base)


def tags(html: str) -> list[str]:
    return re.findall(r"</?(?:mark|span)\b[^>]*>", html)


def test_view_nesting_is_balanced():
    html = str(article_html(doc()))
    depth = 0
    for t in tags(html):
        depth += -1 if t.startswith("</") else 1
        assert depth >= 0
    assert depth == 0
    # the inner attribution's content sits inside the outer one's content
    outer = html.index('data-role="content" data-attribution="Q1"')
    inner = html.index('data-role="content" data-attribution="Q2"')
    assert outer < inner
    assert "&lt;that&gt;" in html and "<that>" not in html


@pytest.mark.parametrize("attribution, expected", [
    ("Q1", "Ann (Ann Smith)"),
    ("Q2", "Bob ← Ann (Ann Smith)"),
    ("nothing", ""),
])
def test_view_chain_labels(attribution, expected):
    assert chain_label(doc(), attribution) == expected


def test_view_crossing_spans_are_split_and_keep_their_ids():
    ev = Event(id="E1", sentence=(0, 37), trigger=(15, 23), source=Participant("A2"),
               target=Participant(None), code="010", root_code="01")
    html = str(article_html(doc(events=[ev])))
    # the trigger crosses the end of the cue "told" and the start of the content: split pieces
    assert html.count('data-event="E1"') >= 2
    text_only = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert text_only == TEXT


def test_view_out_of_range_spans_are_ignored():
    bad = Attribution(id="Q9", kind="direct", source=Party((30, 99)), content=[(5, 2)])
    html = str(article_html(doc(attributions=[bad])))
    assert 'data-attribution="Q9"' not in html
