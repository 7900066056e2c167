"""The construction tables' helper: what the attribution stage finds in one sentence."""

from __future__ import annotations

import pytest

from newsdyad.attribution import find_attributions


@pytest.fixture(scope="session")
def found(nlp):
    """``found(text, rules=None)`` -> [(rule, source, cue, content pieces)] for every
    attribution found (the cue's pieces joined by a space; the source None when nobody is
    named); with ``rules``, only those whose rule, without its ``:LEMMA`` part, is listed."""

    def run(text: str, rules=None) -> list[tuple]:
        res = find_attributions(nlp(text), [])
        g = lambda s: None if s is None else text[s[0]:s[1]]  # noqa: E731
        rows = [(a.rule, g(a.source.span), " ".join(g(c) for c in a.cue), [g(c) for c in a.content])
                for a in res.attributions]
        return rows if rules is None else [r for r in rows if r[0].split(":")[0] in rules]

    return run
