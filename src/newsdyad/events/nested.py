"""A nested event noun with its own performer is an event of its own, besides the one governing it.

    own_nested(ex, t, governing_sources) -> set of token indices left free

A refusal wrapper (reject, refuse, dismiss, ...) normally swallows the event noun it governs:
"Kenya rejected the request" is one event (Kenya rejects).  Careful coders code one event per
(source, action, target), so when the governed noun names a performer other than the wrapper's
own source, that performer's act is coded too:

- "The court rejected Kenya's request to delay the hearing."  court rejects; Kenya requests (020)
- "Iran rejected U.S. threats against its nuclear program."    Iran rejects; the US threatens (130)
- "Somalia dismissed a Kenyan offer of talks."                 Somalia rejects; Kenya offers

and nothing more for:

- "Kenya rejected the request."          no performer named: one event
- "Kenya renewed its call for talks."    the performer is the wrapper's own source: one event
- "Kenya rejected the Nairobi talks."    a city names where, not who (nominal.py)
- "Karzai seeks military action by the US", "Canada requested WTO consultations with the US":
  what is wished or requested has not happened (only refusals free their noun)

The freed noun is visited later as any other candidate, and is asserted (it was made) whatever
the mood of the governing verb (extract.py: own_events).
"""

from __future__ import annotations

from .base import OBJ
from .lexicon import WRAPPER_FRAMES
from .modifier import modifier_performer


def own_nested(ex, t, governing_sources) -> set[int]:
    """Indices of the event nouns in t's object that name their own performer, other than governing_sources."""
    mine = {p.code for p in (ex.resolve(x) for x in governing_sources) if p is not None and p.code}
    free = set()
    for n in (c for c in t.children if c.dep_ in OBJ):
        m = ex.match(n, "N")
        if m is None or (m[0].code is None and m[0].frame not in WRAPPER_FRAMES):
            continue  # a wrapper noun with no code of its own ("Japan's proposal to ...") takes its complement's
        own, _targets = ex.noun_roles(n)
        if not own:
            own = modifier_performer(ex, n, wrapper=True)
        theirs = [ex.resolve(x) for x in own]
        if any(p is not None and p.code and p.code not in mine for p in theirs):
            free.add(n.i)
    return free
