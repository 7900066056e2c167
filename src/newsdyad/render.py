"""Output formats of `newsdyad code`: json, jsonl, csv (one row per event) and table (for people)."""

from __future__ import annotations

import csv

from typing import IO, Iterable, Iterator

from .model import Document

FORMATS = ("json", "jsonl", "table", "csv")

EVENT_CSV_COLUMNS = [
    "doc_id", "date", "publisher", "event_id", "event_date",
    "source_name", "source_code", "code", "name", "root_code", "quad_class", "goldstein",
    "plover", "target_name", "target_code", "modality", "attribution", "according_to",
    "location", "location_country", "lat", "lon", "trigger", "trigger_start", "trigger_end",
    "sentence", "rule",
]


def according_to(doc: Document, attribution_id: str | None) -> str:
    """'Officials close to X <- The New York Times': the chain of sources, innermost first."""
    names = []
    for att in doc.chain(attribution_id):
        names.append(doc.source_name(att.source) or "(unnamed source)")
    return " <- ".join(names)


def event_rows(doc: Document) -> Iterator[dict]:
    for ev in doc.events:
        loc = ev.location
        yield {
            "doc_id": doc.doc_id,
            "date": doc.date,
            "publisher": doc.publisher,
            "event_id": ev.id,
            "event_date": ev.date,
            "source_name": doc.source_name(ev.source),
            "source_code": ev.source.code,
            "code": ev.code,
            "name": ev.name,
            "root_code": ev.root_code,
            "quad_class": ev.quad_class,
            "goldstein": ev.goldstein,
            "plover": ev.plover,
            "target_name": doc.source_name(ev.target),
            "target_code": ev.target.code,
            "modality": ev.modality,
            "attribution": ev.attribution,
            "according_to": according_to(doc, ev.attribution),
            "location": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "lat": loc.lat if loc else None,
            "lon": loc.lon if loc else None,
            "trigger": doc.span_text(ev.trigger),
            "trigger_start": ev.trigger[0],
            "trigger_end": ev.trigger[1],
            "sentence": doc.span_text(ev.sentence).strip(),
            "rule": ev.rule,
        }


def _pieces(doc: Document, spans) -> str:
    return " … ".join(doc.span_text(s).strip() for s in spans)


def _short(text: str, width: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(doc: Document, console) -> None:
    """Print one document for people: actors, attributions with their chains, events."""
    from rich.markup import escape as e
    from rich.table import Table

    # Every string from the input is escaped: "[/i]" in a title is text, not rich markup.
    title = doc.title or doc.doc_id
    console.rule(f"[bold]{e(title)}[/bold]  {e(doc.date or '')}  {e(doc.publisher or '')}".rstrip())

    actors = Table(title="Actors", show_lines=False, expand=False)
    for col in ("id", "name", "code", "mentions"):
        actors.add_column(col)
    for a in doc.actors:
        actors.add_row(e(a.id), e(a.name), e(a.code or "-"), str(len(a.mentions)))
    console.print(actors)

    atts = Table(title="Attributions: source → cue → content", show_lines=True)
    for col in ("id", "kind", "source", "cue", "content", "reported by"):
        atts.add_column(col, overflow="fold")
    for att in doc.attributions:
        chain = doc.chain(att.parent)
        reported = " ← ".join(f"{p.id} {doc.source_name(p.source)}" for p in chain) or "-"
        src = doc.source_name(att.source) or "(no source)"
        if att.addressee is not None:
            src += f" (to {doc.source_name(att.addressee)})"
        atts.add_row(e(att.id), e(att.kind), e(src), e(_pieces(doc, att.cue)),
                     e(_short(_pieces(doc, att.content))), e(reported))
    console.print(atts)

    events = Table(title="Events", show_lines=True)
    for col in ("id", "source", "code", "target", "modality", "according to", "date", "trigger"):
        events.add_column(col, overflow="fold")
    for row in event_rows(doc):
        events.add_row(*(e(str(x)) for x in (
            row["event_id"],
            f"{row['source_name'] or '-'} [{row['source_code'] or '?'}]",
            f"{row['code']} {row['name'] or ''}".strip(),
            f"{row['target_name'] or '-'} [{row['target_code'] or '?'}]",
            row["modality"],
            row["according_to"] or "(the article)",
            row["event_date"] or "-",
            row["trigger"],
        )))
    console.print(events)
    for note in doc.notes:
        console.print(f"[yellow]note:[/yellow] {e(note)}")


class Writer:
    """Writes a stream of Documents in one format to an open text file."""

    def __init__(self, fmt: str, out: IO[str], *, console=None):
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
        self.fmt = fmt
        self.out = out
        self.count = 0
        self._csv = None
        self._console = console
        self._pending: Document | None = None

    def write(self, doc: Document) -> None:
        if self.fmt == "jsonl":
            self.out.write(doc.to_json() + "\n")
        elif self.fmt == "json":
            # One document: one object.  Several: a JSON array (decided when the second arrives).
            if self.count == 0:
                self._pending = doc
            elif self.count == 1:
                self.out.write("[\n" + self._pending.to_json(indent=2) + ",\n" + doc.to_json(indent=2))
                self._pending = None
            else:
                self.out.write(",\n" + doc.to_json(indent=2))
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.out, fieldnames=EVENT_CSV_COLUMNS)
                self._csv.writeheader()
            for row in event_rows(doc):
                self._csv.writerow(row)
        else:
            render_table(doc, self._table_console())
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            if self.count == 0:
                self.out.write("[]\n")  # no documents: an empty array, still JSON
            elif self.count == 1:
                self.out.write(self._pending.to_json(indent=2) + "\n")
            elif self.count > 1:
                self.out.write("\n]\n")
        elif self.fmt == "csv" and self._csv is None:  # no documents: the header still
            csv.DictWriter(self.out, fieldnames=EVENT_CSV_COLUMNS).writeheader()
        self.out.flush()

    def _table_console(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.out, width=160 if not self.out.isatty() else None)
        return self._console


def write_documents(docs: Iterable[Document], fmt: str, out: IO[str]) -> int:
    writer = Writer(fmt, out)
    for doc in docs:
        writer.write(doc)
    writer.close()
    return writer.count


__all__ = ["FORMATS", "EVENT_CSV_COLUMNS", "Writer", "according_to", "event_rows", "render_table", "write_documents"]


