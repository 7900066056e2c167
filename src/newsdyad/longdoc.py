"""Long documents: split at paragraph boundaries, code the parts, join the results.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters, error E088),
and its working memory grows with the words parsed at once (about 20 MB per 1,000 words
with en_core_web_sm).  A document longer than ``PART_CHARS`` is therefore cut into
consecutive parts of at most ``PART_CHARS`` characters, each ending at a paragraph break
(a blank line) when there is one, else at a line break, else after a sentence's last
mark, else at a space -- and only as a last resort inside a word.  Every part is coded on
its own; :func:`join_parts` puts the results back together on the whole text, with every
offset shifted by the part's start and every id renumbered, so the output looks like one
coded document.

Actors of different parts with the same name and code are one actor (their mentions are
joined); nothing else crosses a part boundary (no quotation or event spans two parts).

>>> split_points("aaa\\n\\nbbb\\n\\nccc", 7)
[0, 5, 10, 13]
>>> split_points("short", 7)
[0, 5]
"""

from __future__ import annotations

import re
from typing import Iterable

from .model import Actor, Attribution, Document, Event, Location, Participant, Party

# Parts are far under spaCy's 1,000,000 limit: bounded memory; and small enough that the
# stages that grow faster than the text (some do) cost about what they cost on articles.
PART_CHARS = 30_000

_BREAKS = (
    re.compile(r"\n[ \t\r\u00a0]*\n\s*"),  # a blank line: a paragraph break
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"(?<=[.!?])[\"'”’)]*\s+"),  # after a sentence's last mark
    re.compile(r"\s+"),  # any space
)


def _cut(text: str, start: int, limit: int) -> int:
    """Where the part starting at `start` ends: the last break no later than start+limit."""
    end = start + limit
    if end >= len(text):
        return len(text)
    floor = start + limit // 4  # a break too near the start would make a tiny part
    window = text[floor:end]
    for pattern in _BREAKS:
        last = None
        for m in pattern.finditer(window):
            last = m
        if last is not None and last.end() > 0:
            return floor + last.end()
    return end


def split_points(text: str, limit: int = PART_CHARS) -> list[int]:
    """Offsets [0, e1, e2, ..., len(text)] of consecutive parts of at most `limit` characters."""
    if limit < 4:
        raise ValueError("limit must be at least 4 characters")
    points = [0]
    while points[-1] < len(text):
        points.append(_cut(text, points[-1], limit))
    if len(points) == 1:
        points.append(0)
    return points


def _shift(span, by: int):
    return None if span is None else (span[0] + by, span[1] + by)


def join_parts(whole: Document, parts: Iterable[tuple[int, Document]]) -> Document:
    """One Document over `whole.text` from coded parts, each given with its start offset.

    `whole` carries the metadata (id, date, publisher, title, url); its lists are filled.
    """
    actor_key: dict[tuple[str, str | None], Actor] = {}
    n_att = n_ev = 0
    for offset, part in parts:
        whole.sentences.extend(_shift(s, offset) for s in part.sentences)
        actor_ids: dict[str, str] = {}
        for a in part.actors:
            key = (a.name, a.code)
            merged = actor_key.get(key)
            if merged is None:
                merged = Actor(id=f"A{len(whole.actors) + 1}", name=a.name, code=a.code,
                               country=a.country, sector=a.sector, kind=a.kind, rule=a.rule)
                actor_key[key] = merged
                whole.actors.append(merged)
            merged.mentions.extend(_shift(m, offset) for m in a.mentions)
            actor_ids[a.id] = merged.id
        att_ids: dict[str, str] = {}
        for att in part.attributions:
            n_att += 1
            att_ids[att.id] = f"Q{n_att}"

        def party(p: Party | None) -> Party | None:
            if p is None:
                return None
            return Party(span=_shift(p.span, offset), actor=actor_ids.get(p.actor) if p.actor else None)

        for att in part.attributions:
            whole.attributions.append(Attribution(
                id=att_ids[att.id], kind=att.kind, source=party(att.source) or Party(),
                cue=[_shift(s, offset) for s in att.cue],
                content=[_shift(s, offset) for s in att.content],
                addressee=party(att.addressee),
                parent=att_ids.get(att.parent) if att.parent else None, rule=att.rule))

        def participant(p: Participant) -> Participant:
            return Participant(actor=actor_ids.get(p.actor) if p.actor else None, code=p.code,
                               span=_shift(p.span, offset))

        for ev in part.events:
            n_ev += 1
            loc = ev.location
            whole.events.append(Event(
                id=f"E{n_ev}", sentence=_shift(ev.sentence, offset), trigger=_shift(ev.trigger, offset),
                source=participant(ev.source), target=participant(ev.target), code=ev.code,
                root_code=ev.root_code, quad_class=ev.quad_class, goldstein=ev.goldstein,
                plover=ev.plover, modality=ev.modality,
                attribution=att_ids.get(ev.attribution) if ev.attribution else None,
                date=ev.date, date_precision=ev.date_precision,
                location=None if loc is None else Location(
                    name=loc.name, country=loc.country, lat=loc.lat, lon=loc.lon,
                    span=_shift(loc.span, offset)),
                rule=ev.rule, name=ev.name))
        whole.notes.extend(n for n in part.notes if n not in whole.notes)
    for a in whole.actors:
        a.mentions.sort()
    return whole
