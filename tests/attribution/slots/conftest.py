"""Hand-built parses for the slot repairs: each test states the parse it repairs, so the
parser's mood cannot break it."""

from __future__ import annotations

import pytest

POS = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBD": "VERB", "VBZ": "VERB",
       "VBP": "VERB", "VBG": "VERB", "VBN": "VERB", "MD": "AUX", "DT": "DET", "IN": "ADP", "PRP": "PRON",
       "PRP$": "PRON", "JJ": "ADJ", "RB": "ADV", "TO": "PART", "CC": "CCONJ", ".": "PUNCT", ",": "PUNCT",
       ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "CD": "NUM", "WP": "PRON", "WDT": "PRON", "RP": "ADP",
       "WRB": "ADV"}


@pytest.fixture(scope="session")
def parse():
    """``parse(text, rows)`` -> a Context over a hand-built Doc.  One row per token:
    "word TAG dep head [lemma]" (head: the token's index, its own for the root; TAG may be
    TAG:POS to override the part of speech)."""
    import spacy
    from spacy.tokens import Doc

    from newsdyad.attribution.context import Context

    vocab = spacy.blank("en").vocab

    def build(text: str, rows: str) -> Context:
        toks = [r.split() for r in rows.strip().splitlines()]
        words = [t[0] for t in toks]
        spaces, at = [], 0
        for w in words:
            at = text.index(w, at) + len(w)
            spaces.append(text[at:at + 1] == " ")
        tags = [t[1].split(":")[0] for t in toks]
        pos = [t[1].split(":")[1] if ":" in t[1] else POS[t[1].split(":")[0]] for t in toks]
        doc = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, deps=[t[2] for t in toks],
                  heads=[int(t[3]) for t in toks], lemmas=[t[4] if len(t) > 4 else t[0].lower() for t in toks])
        assert doc.text == text
        return Context.build(doc)

    return build


@pytest.fixture(scope="session")
def span_text():
    """``span_text(ctx, span)``: the text of a character span (None for None)."""
    return lambda ctx, span: None if span is None else ctx.text[span[0]:span[1]]


@pytest.fixture(scope="session")
def token_text():
    """``token_text(ctx, idxs)``: the text from the first to the last of the token indices."""
    return lambda ctx, idxs: ctx.doc[min(idxs):max(idxs) + 1].text if idxs else ""
