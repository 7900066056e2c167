"""Property-based: any text goes through code_text without an exception, and every offset in
the output points into the text (issue 15).

The texts mix English news words with every kind of quote mark, empty lines, control
characters, right-to-left script, emoji and arbitrary Unicode, and reach 200,000 characters
(long enough to be coded in parts, see newsdyad.longdoc).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsdyad.model import Document
from newsdyad.pipeline import code_text

WORDS = ["Kenya", "said", "the", "army", "accused", "rebels", "of", "shelling", "Sudan", "talks",
         "President", "Obama", "told", "reporters", "would", "not", "meet", "China", "Russia",
         "condemned", "according", "to", "officials", "on", "Tuesday", "last", "week", "he", "she"]
QUOTES = list("\"'“”‘’«»‹›„‚「」『』〝〞＂＇`´")
CONTROLS = [chr(c) for c in range(0, 32)] + ["\x7f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u200b",
                                             "\u200e", "\u200f", "\u202e", "\r\n", "\r", "\t"]
RTL = ["مرحبا", "قال الرئيس", "שלום", "אמר", "\u202bمتن\u202c", "گفت"]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(CONTROLS),
    st.sampled_from(RTL),
    st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n", ". ", ", ", "! ", "? ", ": ", "; ", " — ", "..."]),
    st.text(max_size=12),  # any Unicode, surrogates excluded by hypothesis
    st.sampled_from(["🇺🇸", "👍🏽", "e\u0301", "ﬁ", "İ", "ß", "\U0001d400"]),
)


@st.composite
def texts(draw):
    pieces = draw(st.lists(PIECES, max_size=80))
    text = "".join(p if p in QUOTES or p in CONTROLS or not p.strip() else p + " " for p in pieces)
    if draw(st.integers(0, 9)) == 0:  # now and then a long one, up to 200,000 characters
        target = draw(st.integers(1_000, 200_000))
        unit = text or "Kenya said “the talks failed”.\n\n"
        text = (unit * (target // len(unit) + 1))[:target]
    return text


def check_offsets(doc: Document, text: str) -> None:
    n = len(text)
    assert doc.text == text

    def inside(span, what, nonempty=True):
        assert span is not None, what
        s, e = span
        assert isinstance(s, int) and isinstance(e, int), what
        assert 0 <= s <= e <= n, (what, span, n)
        if nonempty:
            assert s < e and text[s:e].strip(), (what, span, repr(text[s:e]))

    for s in doc.sentences:
        inside(s, "sentence")
    for a in doc.actors:
        for m in a.mentions:
            inside(m, f"mention of {a.name}")
    for att in doc.attributions:
        for span in att.cue + att.content:
            inside(span, f"attribution {att.id}")
        for party in (att.source, att.addressee):
            if party is not None and party.span is not None:
                inside(party.span, f"party of {att.id}")
            if party is not None and party.actor is not None:
                assert doc.actor(party.actor) is not None
    for ev in doc.events:
        inside(ev.sentence, f"sentence of {ev.id}")
        inside(ev.trigger, f"trigger of {ev.id}")
        assert ev.sentence[0] <= ev.trigger[0] and ev.trigger[1] <= ev.sentence[1]
        for p in (ev.source, ev.target):
            if p.span is not None:
                inside(p.span, f"participant of {ev.id}")
        if ev.location is not None and ev.location.span is not None:
            inside(ev.location.span, f"location of {ev.id}")
        assert ev.attribution is None or doc.attribution(ev.attribution) is not None
    # the JSON form says the same
    again = Document.from_json(doc.to_json())
    assert again.to_dict() == json.loads(doc.to_json())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts())
@example("")
@example("\x00\x01\x02")
@example("“He said ‘no’ “ and left. «Non» „ja“ 「はい」\n\n\n\r\n\u202eقال الرئيس\u202c")
@example('"' * 1000)
@example("Kenya said: “" + "the talks failed. " * 5000)  # an unclosed quote over 90,000 characters
def test_properties_code_text_never_raises_and_offsets_are_inside(text):
    doc = code_text(text, date="2013-07-01")
    check_offsets(doc, text)
