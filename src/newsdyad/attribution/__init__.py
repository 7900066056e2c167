"""Attribution stage.  PLACEHOLDER; the attribution issue replaces it.

    find_attributions(doc, actors) -> AttributionResult
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor, Attribution


@dataclass
class AttributionResult:
    attributions: list[Attribution]
    actors: list[Actor]  # the actors, with the mentions speaker resolution added
    notes: list[str] = field(default_factory=list)


def find_attributions(doc, actors: list[Actor]) -> AttributionResult:
    return AttributionResult(attributions=[], actors=actors)
