"""The one data model of newsdyad, and its one JSON form.

Every stage reads and writes these dataclasses; ``Document.to_dict`` and
``Document.from_dict`` are the only places where the JSON contract
(``docs/output-v1.md``, schema ``newsdyad/1``) is produced or read.

All offsets are Python string indices into ``Document.text``, half-open
``[start, end)``.  A span is a ``(start, end)`` tuple in Python and a
two-item list in JSON.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

SCHEMA = "newsdyad/1"

Span = tuple[int, int]

AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "reported_by"]
ATTRIBUTION_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to", "reported_by")

Modality = Literal["asserted", "intended", "requested", "hypothetical", "negated"]
MODALITIES: tuple[str, ...] = ("asserted", "intended", "requested", "hypothetical", "negated")


DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")


def date_precision(value: str | None) -> str | None:
    """'2013' -> year, '2013-07' -> month, '2013-07-01' -> day; anything else -> None."""
    if not value:
        return None
    n = len(value)
    if n == 4 and value.isdigit():
        return "year"
    if n == 7 and value[4] == "-":
        return "month"
    if n == 10 and value[4] == "-" and value[7] == "-":
        return "day"
    return None


def _span(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _spans(values: Iterable[Any] | None) -> list[Span]:
    return [(int(s), int(e)) for s, e in (values or [])]


def _span_json(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def content_hash(text: str) -> str:
    """The document id used when the input gives none: stable across runs."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class SourceDocument:
    """One input record, before any parsing."""

    text: str
    doc_id: str | None = None
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # "file:line" where the record came from, for messages

    def resolved_id(self) -> str:
        return self.doc_id if self.doc_id else content_hash(self.text)


@dataclass
class Actor:
    """A document-level actor: every mention of one participant, with its code."""

    id: str
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)
    # Additions to the contract:
    kind: str | None = None  # person | organisation | country | media | group | igo | place
    rule: str | None = None  # how the code was decided (knowledge-base entry, title, ...)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "mentions": [_span_json(m) for m in self.mentions],
            "kind": self.kind,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Actor":
        return cls(
            id=d["id"],
            name=d["name"],
            code=d.get("code"),
            country=d.get("country"),
            sector=d.get("sector"),
            mentions=_spans(d.get("mentions")),
            kind=d.get("kind"),
            rule=d.get("rule"),
        )


@dataclass
class Party:
    """A source or addressee of an attribution: the span in the text and the actor."""

    span: Span | None = None
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"span": _span_json(self.span), "actor": self.actor}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Party | None":
        if d is None:
            return None
        return cls(span=_span(d.get("span")), actor=d.get("actor"))


@dataclass
class Attribution:
    """Who says (thinks, claims, reports) what: source, cue, content, and who reported it."""

    id: str
    kind: str
    source: Party
    cue: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)
    addressee: Party | None = None
    parent: str | None = None
    rule: str | None = None  # addition: which construction found it

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "source": self.source.to_dict(),
            "cue": [_span_json(s) for s in self.cue],
            "content": [_span_json(s) for s in self.content],
            "addressee": None if self.addressee is None else self.addressee.to_dict(),
            "parent": self.parent,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Attribution":
        return cls(
            id=d["id"],
            kind=d["kind"],
            source=Party.from_dict(d.get("source")) or Party(),
            cue=_spans(d.get("cue")),
            content=_spans(d.get("content")),
            addressee=Party.from_dict(d.get("addressee")),
            parent=d.get("parent"),
            rule=d.get("rule"),
        )

    def content_contains(self, span: Span) -> bool:
        return any(s <= span[0] and span[1] <= e for s, e in self.content)


@dataclass
class Participant:
    """The source or target of an event."""

    actor: str | None = None
    code: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "code": self.code, "span": _span_json(self.span)}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Participant":
        d = d or {}
        return cls(actor=d.get("actor"), code=d.get("code"), span=_span(d.get("span")))


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None  # addition: where the place is named

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "span": _span_json(self.span),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Location | None":
        if d is None:
            return None
        return cls(
            name=d["name"],
            country=d.get("country"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            span=_span(d.get("span")),
        )


@dataclass
class Event:
    """Who did (or wants, or is said to have done) what to whom."""

    id: str
    sentence: Span
    trigger: Span
    source: Participant
    target: Participant
    code: str
    root_code: str
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    modality: str = "asserted"
    attribution: str | None = None
    date: str | None = None
    location: Location | None = None
    rule: str = ""
    name: str | None = None  # addition: the CAMEO code's name
    # addition: how precise `date` is -- day, week (date is that week's Monday), month or year
    date_precision: str | None = None

    def __post_init__(self) -> None:
        if self.date is not None and self.date_precision is None:
            self.date_precision = getattr(self.date, "precision", None) or date_precision(self.date)
        if self.date is not None and type(self.date) is not str:
            self.date = str(self.date)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": _span_json(self.sentence),
            "trigger": _span_json(self.trigger),
            "source": self.source.to_dict(),
            "target": self.target.to_dict(),
            "code": self.code,
            "root_code": self.root_code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "modality": self.modality,
            "attribution": self.attribution,
            "date": self.date,
            "location": None if self.location is None else self.location.to_dict(),
            "rule": self.rule,
            "name": self.name,
            "date_precision": self.date_precision,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(
            id=d["id"],
            sentence=_span(d["sentence"]),  # type: ignore[arg-type]
            trigger=_span(d["trigger"]),  # type: ignore[arg-type]
            source=Participant.from_dict(d.get("source")),
            target=Participant.from_dict(d.get("target")),
            code=d["code"],
            root_code=d["root_code"],
            quad_class=d.get("quad_class"),
            goldstein=d.get("goldstein"),
            plover=d.get("plover"),
            modality=d.get("modality", "asserted"),
            attribution=d.get("attribution"),
            date=d.get("date"),
            location=Location.from_dict(d.get("location")),
            rule=d.get("rule", ""),
            name=d.get("name"),
            date_precision=d.get("date_precision"),
        )


@dataclass
class Document:
    """A coded article: the contract's top-level object."""

    doc_id: str
    text: str
    date: str | None = None
    publisher: str | None = None
    sentences: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Additions to the contract:
    title: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)  # oddities met on the way (unclosed quotes, ...)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "doc_id": self.doc_id,
            "date": self.date,
            "publisher": self.publisher,
            "title": self.title,
            "url": self.url,
            "text": self.text,
            "sentences": [_span_json(s) for s in self.sentences],
            "actors": [a.to_dict() for a in self.actors],
            "attributions": [a.to_dict() for a in self.attributions],
            "events": [e.to_dict() for e in self.events],
            "notes": list(self.notes),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document: schema={d.get('schema')!r}")
        return cls(
            schema=d["schema"],
            doc_id=d["doc_id"],
            text=d["text"],
            date=d.get("date"),
            publisher=d.get("publisher"),
            title=d.get("title"),
            url=d.get("url"),
            sentences=_spans(d.get("sentences")),
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            attributions=[Attribution.from_dict(a) for a in d.get("attributions", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            notes=list(d.get("notes", [])),
        )

    @classmethod
    def from_json(cls, text: str) -> "Document":
        return cls.from_dict(json.loads(text))

    # Small conveniences used by renderers and scorers.
    def span_text(self, span: Span | None) -> str:
        return "" if span is None else self.text[span[0] : span[1]]

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def attribution(self, attribution_id: str | None) -> Attribution | None:
        if attribution_id is None:
            return None
        for a in self.attributions:
            if a.id == attribution_id:
                return a
        return None

    def chain(self, attribution_id: str | None) -> list[Attribution]:
        """The attribution and its parents, innermost first (cycles are cut)."""
        out: list[Attribution] = []
        seen: set[str] = set()
        current = self.attribution(attribution_id)
        while current is not None and current.id not in seen:
            out.append(current)
            seen.add(current.id)
            current = self.attribution(current.parent)
        return out

    def source_name(self, party: "Party | Participant | None") -> str:
        """What to call a source/target: its actor's name, else its span's text."""
        if party is None:
            return ""
        actor = self.actor(party.actor)
        if actor is not None:
            return actor.name
        return self.span_text(party.span)
