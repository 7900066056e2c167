"""The one helper the actor tests share: which actor a phrase of a sentence belongs to."""

from __future__ import annotations


def covering_actor(actors, text: str, phrase: str, nth: int = 1):
    """The actor with the smallest mention covering the nth occurrence of phrase (None if none)."""
    at = -1
    for _ in range(nth):
        at = text.index(phrase, at + 1)
    best = None
    for a in actors:
        for s, e in a.mentions:
            if s <= at and at + len(phrase) <= e and (best is None or e - s < best[1]):
                best = (a, e - s)
    return best[0] if best else None
