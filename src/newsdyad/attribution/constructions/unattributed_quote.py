"""A quotation of five words or more that no cue claims but that holds cues of its own: the
source is unknown (None), the cue is the opening mark, and the cues inside nest under it
instead of passing for the writer's own claims.

    The rally ended. “The engineers told the council the dam was safe.”   unattributed_quote

Not this: a quotation with no cue inside ('The rally ended. “We will be back next year.”').
"""

from __future__ import annotations

from collections.abc import Iterator

from ..frame import Frame
from ..spans import claimed_quotes

# the rule names this construction writes (each has a row in docs/attribution.md)
RULES = ('unattributed_quote',)

UNCLAIMED_QUOTE_MIN_WORDS = 5


def find(ctx, earlier=()) -> Iterator[Frame]:
    """A quotation of a clause or more that no cue claims: its speaker is unknown, but its
    words are still someone's.  It becomes an attribution with no source (cue = the opening
    mark) so that the cues inside it nest under it instead of passing for the writer's own."""
    doc, text, qidx = ctx.doc, ctx.text, ctx.qidx
    used = claimed_quotes(earlier, qidx)  # a cue outside the quotation reports it
    for qi, q in enumerate(qidx.quotes):
        if qi in used or q.words(text) < UNCLAIMED_QUOTE_MIN_WORDS:
            continue
        if not any(q.start <= f.cue[0][0] < q.end for f in earlier if f.cue):
            continue  # nothing inside needs a parent
        span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if span is None:
            continue
        yield Frame(kind="direct", rule="unattributed_quote", cue=[(q.start, q.start + 1)],
                    cue_token=span.start, content=list(q.pieces))
