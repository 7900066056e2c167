"""Coordinated event nouns under one wrapper: each conjunct is its own wrapped event.

    nominal_conjuncts(ex, t, entry, how, governor, noun, wsrc, addressee, code) -> list[Cand]

A demand, call or plan whose complement is a list of event nouns asks for each of them, with the
same source, modality and addressee; a coder writes one event per conjunct:

- "Protesters demanded reforms and the ouster of the president."  -> requested 083 and requested 1041
- "The opposition called for the release of prisoners and an end to the curfew." -> 0253 and the second
- "The ministry plans talks with Kenya and a visit to Ethiopia."   -> intended 040 and intended 042

Not:
- a conjunct with no lexicon event ("demanded the release of prisoners and compensation"): nothing;
- a conjunct whose wrapped code is one already coded ("demanded the release of X and the freeing of Y"):
  one event;
- coordinated nouns under a plain verb ("condemned the arrests and the killings"): the verb is the
  event, its objects are not wrapped.
"""

from __future__ import annotations

from .base import Cand


def _conjuncts(noun) -> list:
    """The nouns coordinated with noun ("reforms and the ouster": [ouster]), chained conjuncts too."""
    out, stack = [], [noun]
    while stack:
        x = stack.pop()
        for c in x.children:
            if c.dep_ == "conj" and c.pos_ == "NOUN":
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda c: c.i)


def nominal_conjuncts(ex, t, entry, how, governor, noun, wsrc, addressee, code: str = "") -> list[Cand]:
    """The extra wrapped events of the event nouns coordinated with a wrapper's nominal complement
    (how: the wrapper's kind, whether it switched, whether the expression is the event)."""
    kind, switched, expressed = how
    out: list[Cand] = []
    codes = {code} if code else set()
    for c in _conjuncts(noun):
        if c.i in ex.consumed:
            continue
        m = ex.match(c, "N")
        if m is None or m[0].code is None or m[0].frame == "transparent":
            continue
        res = ex.evaluate(c)
        if res is None or res.code is None:
            continue
        targets = ex._wrapper_targets(kind, addressee, res.agent, None, c, res)
        got = ex._wrapper_code(t, entry, kind, governor, None, c, res, switched, expressed)
        if got is None or got[0] in codes:
            continue
        codes.add(got[0])
        ex.consumed.update(x.i for x in res.tokens)
        out.append(Cand(code=got[0], sources=wsrc, targets=targets, trigger=[c] + res.tokens[1:2],
                        anchor=t if governor is None else governor, modality=got[1],
                        rule=f"{entry.label}>{res.entry.label}:{kind}+coordinated-noun"))
    return out
