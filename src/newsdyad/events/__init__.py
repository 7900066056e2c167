"""Events stage.  PLACEHOLDER; the events issue replaces it.

    find_events(doc, *, actors, attributions, date=None) -> list[Event]
"""

from __future__ import annotations

from ..model import Actor, Attribution, Event


def find_events(doc, *, actors: list[Actor], attributions: list[Attribution], date: str | None = None) -> list[Event]:
    return []
