"""A quotation followed, at the end of its line, by a dash and a name: the name is the source,
the dash the cue (only quotations no other cue has claimed).

    “Water is life.” ― Ana Ruiz                               quote_signature

Not this: '“Water is life.” ― and then the rain came' (no name after the dash).
"""

from __future__ import annotations

from collections.abc import Iterator

import re

from ..frame import Frame
from ..spans import claimed_quotes
from ..syntax import token_at

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('quote_signature',)


# '“...” ― Maria Lopez' (an epigraph or a reader's comment): the dash after the quotation names its author
_SIGNATURE = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–]|--)[ \t\u00a0]*"
                        r"(?P<name>[A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|de|del|la|van|von|bin|al)){0,5})"
                        r"[ \t\u00a0]*[.,]?[ \t\u00a0]*(?:\n|$)")


def find(ctx, earlier=()) -> Iterator[Frame]:
    """A quotation followed, at the end of its line, by a dash and a name: the name is the
    source, the dash the cue (only for quotations no other cue has claimed)."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    used = claimed_quotes(earlier, qidx)
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < 2:
            continue
        m = _SIGNATURE.match(text, q.end)
        if m is None:
            continue
        s0, s1 = m.span("name")
        if text[s1 - 1] == "." and len(text[s0:s1].split()[-1]) > 2:
            s1 -= 1  # the full stop, not an initial
        span = doc.char_span(s0, s1, alignment_mode="expand")
        if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in span):
            continue
        d0, d1 = m.span("dash")
        yield Frame(kind="direct", rule="quote_signature", cue=[(d0, d1)], cue_token=token_at(ctx, d0),
                    content=list(q.pieces), source=(s0, s1), source_head=span.root.i)
