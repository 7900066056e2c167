"""The article view: a coded Document as nested, escaped HTML marks and side lists.

The text is cut at every boundary of a highlighted span (attribution source, cue and
content; event triggers; actor mentions), and the spans are opened outermost first, so a
nested attribution's marks sit inside its parent's content mark.  Spans that cross are
closed and reopened, each piece keeping its attributes.  Every piece of text and every
attribute value is escaped here (markupsafe), so the templates insert the result as is.

    >>> from newsdyad.model import Attribution, Document, Party
    >>> d = Document(doc_id="x", text="Ann said <b>hi</b>.", attributions=[Attribution(
    ...     id="Q1", kind="indirect", source=Party(span=(0, 3)), cue=[(4, 8)], content=[(9, 18)])])
    >>> str(article_html(d))  # doctest: +NORMALIZE_WHITESPACE
    '<mark class="att source" data-role="source" data-attribution="Q1" tabindex="0"
    data-chain="Ann">Ann</mark> <mark class="att cue" data-role="cue"
    data-attribution="Q1">said</mark> <mark class="att content" data-role="content"
    data-attribution="Q1">&lt;b&gt;hi&lt;/b&gt;</mark>.'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..model import Document

CHAIN_ARROW = " ← "


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    rank: int  # among marks with the same span: lower opens first (outside)
    tag: str
    attrs: tuple[tuple[str, str], ...]

    def open(self) -> str:
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in self.attrs)
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def link_label(doc: Document, party) -> str:
    """How a source is named in a chain: its words in the text, and its actor's name when
    that says more ("he (Hamid Karzai)")."""
    said = doc.span_text(party.span).strip() if party is not None else ""
    actor = doc.actor(party.actor) if party is not None else None
    if actor is not None and said and actor.name.casefold() != said.casefold():
        return f"{said} ({actor.name})"
    return said or (actor.name if actor else "(unknown)")


def chain_texts(doc: Document, attribution_id: str | None) -> list[str]:
    """The words naming each source of an attribution's chain, innermost first."""
    return [doc.span_text(a.source.span).strip() or doc.source_name(a.source)
            for a in doc.chain(attribution_id)]


def chain_label(doc: Document, attribution_id: str | None) -> str:
    """"officials close to Karzai ← US newspaper The New York Times (The New York Times)"."""
    return CHAIN_ARROW.join(link_label(doc, a.source) for a in doc.chain(attribution_id))


def _marks(doc: Document) -> list[Mark]:
    marks: list[Mark] = []
    n = len(doc.text)

    def ok(span) -> bool:
        return span is not None and 0 <= span[0] < span[1] <= n

    depth = {a.id: len(doc.chain(a.id)) for a in doc.attributions}
    for att in doc.attributions:
        base = (("data-attribution", att.id),)
        d = depth[att.id] * 10
        for start, end in att.content:
            if ok((start, end)):
                marks.append(Mark(start, end, d + 1, "mark", (("class", "att content"),
                                                               ("data-role", "content")) + base))
        for start, end in att.cue:
            if ok((start, end)):
                marks.append(Mark(start, end, d + 2, "mark", (("class", "att cue"),
                                                               ("data-role", "cue")) + base))
        if ok(att.source.span):
            marks.append(Mark(att.source.span[0], att.source.span[1], d + 2, "mark", (
                ("class", "att source"), ("data-role", "source")) + base + (
                ("tabindex", "0"), ("data-chain", chain_label(doc, att.id)))))
    for ev in doc.events:
        if ok(ev.trigger):
            marks.append(Mark(ev.trigger[0], ev.trigger[1], 1000, "span",
                              (("class", "trigger"), ("data-event", ev.id))))
    for actor in doc.actors:
        for span in actor.mentions:
            if ok(span):
                marks.append(Mark(span[0], span[1], 1001, "span",
                                  (("class", "mention"), ("data-actor", actor.id),
                                   ("data-span", f"{span[0]}-{span[1]}"))))
    return marks


def article_html(doc: Document) -> Markup:
    """The whole text with its marks, properly nested; all text escaped."""
    marks = _marks(doc)
    text = doc.text
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    order = sorted(marks, key=lambda m: (m.start, -m.end, m.rank))
    key = {id(m): i for i, m in enumerate(order)}
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in zip(bounds, bounds[1:]):
        want = sorted((m for m in marks if m.start <= a and b <= m.end),
                      key=lambda m: (-(m.end - m.start), m.rank, key[id(m)]))
        common = 0
        while common < len(stack) and common < len(want) and stack[common] is want[common]:
            common += 1
        for m in reversed(stack[common:]):
            out.append(m.close())
        stack = stack[:common]
        for m in want[common:]:
            out.append(m.open())
            stack.append(m)
        out.append(str(escape(text[a:b])))
    for m in reversed(stack):
        out.append(m.close())
    return Markup("".join(out))


def participant_label(doc: Document, participant) -> str:
    actor = doc.actor(participant.actor)
    name = actor.name if actor else doc.span_text(participant.span)
    code = participant.code or (actor.code if actor else None)
    return f"{name} ({code})" if name and code else (name or code or "—")


def article_context(doc: Document) -> dict[str, Any]:
    """What the article template shows beside the text: attributions, events, actors."""
    attributions = []
    for att in doc.attributions:
        attributions.append({
            "id": att.id, "kind": att.kind, "parent": att.parent,
            "depth": len(doc.chain(att.id)) - 1,
            "source": link_label(doc, att.source),
            "cue": " … ".join(doc.span_text(s) for s in att.cue),
            "content": " … ".join(doc.span_text(s) for s in att.content),
            "chain": chain_label(doc, att.id), "chain_texts": chain_texts(doc, att.id),
        })
    events = []
    for ev in doc.events:
        actors = [a for a in (ev.source.actor, ev.target.actor) if a]
        sentence = ev.sentence or (0, len(doc.text))
        spans = [f"{s}-{e}" for a in actors for s, e in (doc.actor(a).mentions if doc.actor(a) else [])
                 if sentence[0] <= s and e <= sentence[1]]
        events.append({
            "id": ev.id, "code": ev.code, "name": ev.name or "", "modality": ev.modality,
            "quad_class": ev.quad_class, "goldstein": ev.goldstein,
            "source": participant_label(doc, ev.source), "target": participant_label(doc, ev.target),
            "source_code": ev.source.code or (doc.actor(ev.source.actor).code if doc.actor(ev.source.actor) else None),
            "target_code": ev.target.code or (doc.actor(ev.target.actor).code if doc.actor(ev.target.actor) else None),
            "according_to": chain_label(doc, ev.attribution) if ev.attribution else "",
            "trigger": doc.span_text(ev.trigger), "actors": " ".join(actors), "date": ev.date,
            "spans": " ".join(spans),
        })
    actors = [{"id": a.id, "name": a.name, "code": a.code, "kind": a.kind,
               "mentions": len(a.mentions),
               "spelled": sorted({doc.span_text(s) for s in a.mentions})[:8]} for a in doc.actors]
    return {"attributions": attributions, "events": events, "actors": actors}
