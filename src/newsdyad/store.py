"""The corpus database: DuckDB schema, every SQL statement, the one writer and the read paths.

Tables (documented in docs/database.md): ``documents``, ``actors``, ``mentions``,
``attributions``, ``event_mentions`` (one row per coded event in one article) and the view
``events`` (one row per distinct event -- date, source, target, code, modality, place --
with GDELT's NumMentions / NumSources / NumArticles, computed from ``event_mentions``).

The same tables can come from a DuckDB file (written by :class:`Writer`) or from a Parquet
dataset written by the Ray engine (one row per document, the child tables as nested lists);
:func:`connect` gives a read-only DuckDB connection where both look identical, so export,
stats, events and claims do not care which engine produced the data.

Writes are idempotent (a document is keyed by its id, else its content hash) and crash-safe
(a batch of documents is one transaction, so each document's rows are committed together:
after ``kill -9`` a rerun stores exactly the documents that are missing).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .model import Actor, Attribution, Document, SourceDocument, date_precision

# --------------------------------------------------------------------------- schema

# name, DuckDB type, Arrow type name (see _ARROW); one declaration per column.
TABLES: dict[str, list[tuple[str, str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR", "string"),
        ("date", "VARCHAR", "string"),
        ("publisher", "VARCHAR", "string"),
        ("title", "VARCHAR", "string"),
        ("url", "VARCHAR", "string"),
        ("text", "VARCHAR", "string"),
        ("n_sentences", "INTEGER", "int32"),
        ("n_actors", "INTEGER", "int32"),
        ("n_attributions", "INTEGER", "int32"),
        ("n_events", "INTEGER", "int32"),
        ("notes", "VARCHAR", "string"),  # JSON list of strings
        ("schema", "VARCHAR", "string"),
        ("added_at", "TIMESTAMP", "timestamp"),
    ],
    "actors": [
        ("doc_id", "VARCHAR", "string"),
        ("actor_id", "VARCHAR", "string"),
        ("name", "VARCHAR", "string"),
        ("code", "VARCHAR", "string"),
        ("country", "VARCHAR", "string"),
        ("sector", "VARCHAR", "string"),
        ("kind", "VARCHAR", "string"),
        ("rule", "VARCHAR", "string"),
        ("n_mentions", "INTEGER", "int32"),
    ],
    "mentions": [
        ("doc_id", "VARCHAR", "string"),
        ("actor_id", "VARCHAR", "string"),
        ("start", "INTEGER", "int32"),
        ("end", "INTEGER", "int32"),
        ("text", "VARCHAR", "string"),
    ],
    "attributions": [
        ("doc_id", "VARCHAR", "string"),
        ("attribution_id", "VARCHAR", "string"),
        ("kind", "VARCHAR", "string"),
        ("source_actor", "VARCHAR", "string"),
        ("source_name", "VARCHAR", "string"),
        ("source_code", "VARCHAR", "string"),
        ("source_start", "INTEGER", "int32"),
        ("source_end", "INTEGER", "int32"),
        ("cue_text", "VARCHAR", "string"),
        ("content_text", "VARCHAR", "string"),
        ("content_start", "INTEGER", "int32"),
        ("content_end", "INTEGER", "int32"),
        ("spans", "VARCHAR", "string"),  # JSON {"cue": [[s, e]...], "content": [[s, e]...]}
        ("addressee_actor", "VARCHAR", "string"),
        ("addressee_name", "VARCHAR", "string"),
        ("parent", "VARCHAR", "string"),
        ("according_to", "VARCHAR", "string"),  # chain of reporting sources above this one
        ("rule", "VARCHAR", "string"),
        ("doc_date", "VARCHAR", "string"),
    ],
    "event_mentions": [
        ("global_event_id", "BIGINT", "int64"),
        ("doc_id", "VARCHAR", "string"),
        ("event_id", "VARCHAR", "string"),
        ("event_date", "VARCHAR", "string"),
        ("event_date_precision", "VARCHAR", "string"),  # day, week (date: its Monday), month, year
        ("day", "INTEGER", "int32"),
        ("source_actor", "VARCHAR", "string"),
        ("source_code", "VARCHAR", "string"),
        ("source_name", "VARCHAR", "string"),
        ("source_country", "VARCHAR", "string"),
        ("source_kind", "VARCHAR", "string"),
        ("target_actor", "VARCHAR", "string"),
        ("target_code", "VARCHAR", "string"),
        ("target_name", "VARCHAR", "string"),
        ("target_country", "VARCHAR", "string"),
        ("target_kind", "VARCHAR", "string"),
        ("code", "VARCHAR", "string"),
        ("base_code", "VARCHAR", "string"),
        ("root_code", "VARCHAR", "string"),
        ("name", "VARCHAR", "string"),
        ("quad_class", "INTEGER", "int32"),
        ("goldstein", "DOUBLE", "float64"),
        ("plover", "VARCHAR", "string"),
        ("modality", "VARCHAR", "string"),
        ("attribution_id", "VARCHAR", "string"),
        ("attributed_to", "VARCHAR", "string"),
        ("attribution_chain", "VARCHAR", "string"),
        ("location_name", "VARCHAR", "string"),
        ("location_country", "VARCHAR", "string"),
        ("location_lat", "DOUBLE", "float64"),
        ("location_lon", "DOUBLE", "float64"),
        ("sentence_index", "INTEGER", "int32"),
        ("sentence_start", "INTEGER", "int32"),
        ("sentence_end", "INTEGER", "int32"),
        ("sentence_text", "VARCHAR", "string"),
        ("trigger_start", "INTEGER", "int32"),
        ("trigger_end", "INTEGER", "int32"),
        ("trigger_text", "VARCHAR", "string"),
        ("rule", "VARCHAR", "string"),
        ("doc_date", "VARCHAR", "string"),
        ("publisher", "VARCHAR", "string"),
        ("url", "VARCHAR", "string"),
        ("added_at", "TIMESTAMP", "timestamp"),
    ],
}
# Syndicated copies: the same text (so the same document) from another publisher, date or URL.
TABLES["copies"] = [
    ("doc_id", "VARCHAR", "string"),
    ("publisher", "VARCHAR", "string"),
    ("date", "VARCHAR", "string"),
    ("url", "VARCHAR", "string"),
    ("title", "VARCHAR", "string"),
    ("origin", "VARCHAR", "string"),
    ("added_at", "TIMESTAMP", "timestamp"),
]
CHILD_TABLES = ("actors", "mentions", "attributions", "event_mentions")
# Only documents carry a primary key: a document's rows are written in the same transaction
# as its documents row, so child rows are unique as long as doc_id is (and child-table
# indexes would cost memory and insert time on large corpora).
KEYS = {"documents": ("doc_id",)}
# The one child-table index: looking up an event's mentions by its id (a page of events in
# newsdyad serve merges only the mentions of the events on that page).
INDEXES = {"event_mentions_event": ("event_mentions", "global_event_id")}

# One distinct event per (date, source, target, code, modality, place); GDELT's counts.
# The representative mention (names, attribution, URL) is the earliest one added.
EVENTS_VIEW = """
CREATE OR REPLACE VIEW events AS
SELECT
  global_event_id,
  any_value(event_date) AS event_date,
  min(day) AS day,
  any_value(source_code) AS source_code,
  arg_min(source_name, (added_at, doc_id, event_id)) AS source_name,
  arg_min(source_country, (added_at, doc_id, event_id)) AS source_country,
  arg_min(source_kind, (added_at, doc_id, event_id)) AS source_kind,
  any_value(target_code) AS target_code,
  arg_min(target_name, (added_at, doc_id, event_id)) AS target_name,
  arg_min(target_country, (added_at, doc_id, event_id)) AS target_country,
  arg_min(target_kind, (added_at, doc_id, event_id)) AS target_kind,
  any_value(code) AS code,
  any_value(base_code) AS base_code,
  any_value(root_code) AS root_code,
  arg_min(name, (added_at, doc_id, event_id)) AS name,
  arg_min(quad_class, (added_at, doc_id, event_id)) AS quad_class,
  arg_min(goldstein, (added_at, doc_id, event_id)) AS goldstein,
  arg_min(plover, (added_at, doc_id, event_id)) AS plover,
  any_value(modality) AS modality,
  arg_min(attributed_to, (added_at, doc_id, event_id)) AS attributed_to,
  arg_min(attribution_chain, (added_at, doc_id, event_id)) AS attribution_chain,
  arg_min(location_name, (added_at, doc_id, event_id)) AS location_name,
  arg_min(location_country, (added_at, doc_id, event_id)) AS location_country,
  arg_min(location_lat, (added_at, doc_id, event_id)) AS location_lat,
  arg_min(location_lon, (added_at, doc_id, event_id)) AS location_lon,
  CAST(min(sentence_index) = 0 AS INTEGER) AS is_root_event,
  count(*) AS num_mentions,
  count(DISTINCT coalesce(publisher, url, doc_id)) AS num_sources,
  count(DISTINCT doc_id) AS num_articles,
  arg_min(coalesce(url, doc_id), (added_at, doc_id, event_id)) AS source_url,
  arg_min(doc_id, (added_at, doc_id, event_id)) AS first_doc_id,
  min(added_at) AS date_added
FROM event_mentions
GROUP BY global_event_id
"""


def _arrow_type(name: str):
    import pyarrow as pa

    return {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "float64": pa.float64(),
        "timestamp": pa.timestamp("us"),
    }[name]


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(t)) for name, _, t in TABLES[table]])


def parquet_row_schema():
    """The Ray engine's Parquet rows: one per document, child tables as nested lists."""
    import pyarrow as pa

    fields = [(name, _arrow_type(t)) for name, _, t in TABLES["documents"]]
    fields.append(("month", pa.string()))
    for table in CHILD_TABLES:
        fields.append((table, pa.list_(pa.struct(list(arrow_schema(table))))))
    return pa.schema(fields)


def _create_sql(table: str) -> str:
    cols = ", ".join(f'"{name}" {sqltype}' for name, sqltype, _ in TABLES[table])
    key = KEYS.get(table)
    if key:
        cols += ", PRIMARY KEY (" + ", ".join(key) + ")"
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


# --------------------------------------------------------------------------- flattening


def event_key(event_date: str | None, source: str | None, target: str | None, code: str,
              modality: str | None, place: str | None) -> str:
    def norm(x):
        return (x or "").strip().lower()

    return "|".join([norm(event_date), norm(source), norm(target), norm(code), norm(modality), norm(place)])


def global_event_id(key: str) -> int:
    """A stable 60-bit id for a distinct event: the same on every engine, run and machine."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:15], 16)


def _day(event_date: str | None, doc_date: str | None) -> int | None:
    """YYYYMMDD for GDELT's Day: the event's own date when it names a day, else the
    article's date when it falls in the event's month/year, else the period's first day."""
    def full(d):
        return d is not None and len(d) >= 10 and d[4] == "-" and d[7] == "-"

    d = None
    if full(event_date):
        d = event_date
    elif event_date and doc_date and full(doc_date) and doc_date.startswith(event_date):
        d = doc_date
    elif event_date and len(event_date) >= 7:
        d = event_date[:7] + "-01"
    elif event_date and len(event_date) == 4:
        d = event_date + "-01-01"
    if d is None:
        return None
    try:
        return int(d[:4] + d[5:7] + d[8:10])
    except ValueError:
        return None


def _party_name(doc: Document, actor_id: str | None, span) -> tuple[str | None, str | None]:
    actor = doc.actor(actor_id)
    if actor is not None:
        return actor.name, actor.code
    text = doc.span_text(span) if span else ""
    return (text or None), None


def _chain(doc: Document, start_id: str | None) -> list[str]:
    """Sources of the attribution start_id and of each one reporting it, innermost first."""
    out: list[str] = []
    seen: set[str] = set()
    att = doc.attribution(start_id)
    while att is not None and att.id not in seen:
        seen.add(att.id)
        name, code = _party_name(doc, att.source.actor, att.source.span)
        label = name or "(unknown)"
        if code:
            label += f" ({code})"
        out.append(label)
        att = doc.attribution(att.parent)
    return out


def document_rows(doc: Document, added_at: datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """One document as rows of every table (the one place the data model meets the schema)."""
    added_at = added_at or datetime.now(timezone.utc).replace(tzinfo=None)
    d = doc.doc_id
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    rows["documents"].append({
        "doc_id": d, "date": doc.date, "publisher": doc.publisher, "title": doc.title,
        "url": doc.url, "text": doc.text, "n_sentences": len(doc.sentences),
        "n_actors": len(doc.actors), "n_attributions": len(doc.attributions),
        "n_events": len(doc.events), "notes": json.dumps(list(doc.notes), ensure_ascii=False),
        "schema": doc.schema, "added_at": added_at,
    })
    actors: dict[str, Actor] = {a.id: a for a in doc.actors}
    for a in doc.actors:
        rows["actors"].append({
            "doc_id": d, "actor_id": a.id, "name": a.name, "code": a.code, "country": a.country,
            "sector": a.sector, "kind": a.kind, "rule": a.rule, "n_mentions": len(a.mentions),
        })
        for s, e in a.mentions:
            rows["mentions"].append({"doc_id": d, "actor_id": a.id, "start": s, "end": e,
                                     "text": doc.text[s:e]})
    for att in doc.attributions:
        rows["attributions"].append(_attribution_row(doc, att))
    sent_starts = [s for s, _ in doc.sentences]
    for ev in doc.events:
        src, tgt = actors.get(ev.source.actor or ""), actors.get(ev.target.actor or "")
        src_name, _ = _party_name(doc, ev.source.actor, ev.source.span)
        tgt_name, _ = _party_name(doc, ev.target.actor, ev.target.span)
        src_code = ev.source.code or (src.code if src else None)
        tgt_code = ev.target.code or (tgt.code if tgt else None)
        event_date = ev.date or doc.date
        loc = ev.location
        place = None if loc is None else f"{loc.country or ''}/{loc.name}"
        key = event_key(event_date, src_code or src_name, tgt_code or tgt_name, ev.code, ev.modality, place)
        chain = _chain(doc, ev.attribution)
        sent_index = None
        if ev.sentence is not None:
            sent_index = sum(1 for s in sent_starts if s < ev.sentence[0]) if sent_starts else 0
            if ev.sentence[0] in sent_starts:
                sent_index = sent_starts.index(ev.sentence[0])
        rows["event_mentions"].append({
            "global_event_id": global_event_id(key), "doc_id": d, "event_id": ev.id,
            "event_date": event_date,
            "event_date_precision": ev.date_precision if ev.date else date_precision(event_date),
            "day": _day(event_date, doc.date),
            "source_actor": ev.source.actor, "source_code": src_code, "source_name": src_name,
            "source_country": src.country if src else None, "source_kind": src.kind if src else None,
            "target_actor": ev.target.actor, "target_code": tgt_code, "target_name": tgt_name,
            "target_country": tgt.country if tgt else None, "target_kind": tgt.kind if tgt else None,
            "code": ev.code, "base_code": ev.code[:3], "root_code": ev.root_code or ev.code[:2],
            "name": ev.name, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
            "plover": ev.plover, "modality": ev.modality, "attribution_id": ev.attribution,
            "attributed_to": chain[0] if chain else None,
            "attribution_chain": " <- ".join(chain) if chain else None,
            "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
            "sentence_index": sent_index,
            "sentence_start": ev.sentence[0] if ev.sentence else None,
            "sentence_end": ev.sentence[1] if ev.sentence else None,
            "sentence_text": doc.span_text(ev.sentence),
            "trigger_start": ev.trigger[0] if ev.trigger else None,
            "trigger_end": ev.trigger[1] if ev.trigger else None,
            "trigger_text": doc.span_text(ev.trigger),
            "rule": ev.rule, "doc_date": doc.date, "publisher": doc.publisher, "url": doc.url,
            "added_at": added_at,
        })
    return rows


def _attribution_row(doc: Document, att: Attribution) -> dict[str, Any]:
    name, code = _party_name(doc, att.source.actor, att.source.span)
    addressee_name = None
    if att.addressee is not None:
        addressee_name, _ = _party_name(doc, att.addressee.actor, att.addressee.span)
    above = _chain(doc, att.parent)
    return {
        "doc_id": doc.doc_id, "attribution_id": att.id, "kind": att.kind,
        "source_actor": att.source.actor, "source_name": name, "source_code": code,
        "source_start": att.source.span[0] if att.source.span else None,
        "source_end": att.source.span[1] if att.source.span else None,
        "cue_text": " … ".join(doc.span_text(s) for s in att.cue) or None,
        "content_text": " … ".join(doc.span_text(s) for s in att.content) or None,
        "content_start": min((s for s, _ in att.content), default=None),
        "content_end": max((e for _, e in att.content), default=None),
        "spans": json.dumps({"cue": [list(s) for s in att.cue], "content": [list(s) for s in att.content]}),
        "addressee_actor": att.addressee.actor if att.addressee else None,
        "addressee_name": addressee_name,
        "parent": att.parent,
        "according_to": " <- ".join(above) if above else None,
        "rule": att.rule, "doc_date": doc.date,
    }


def rows_to_arrow(rows: Iterable[dict[str, Any]], table: str):
    import pyarrow as pa

    return pa.Table.from_pylist(list(rows), schema=arrow_schema(table))


def month_of(date: str | None) -> str:
    """The Parquet partition of a document: its YYYY-MM, or 'undated'."""
    if date and len(date) >= 7 and date[4] == "-":
        return date[:7]
    if date and len(date) == 4:
        return date
    return "undated"


def documents_to_parquet_rows(docs: Iterable[Document], added_at: datetime | None = None):
    """Documents as one Arrow table in the Ray engine's nested row layout."""
    import pyarrow as pa

    out = []
    for doc in docs:
        rows = document_rows(doc, added_at)
        row = dict(rows["documents"][0])
        row["month"] = month_of(doc.date)
        for table in CHILD_TABLES:
            row[table] = rows[table]
        out.append(row)
    return pa.Table.from_pylist(out, schema=parquet_row_schema())


# --------------------------------------------------------------------------- writing


class Writer:
    """The one writer of a DuckDB corpus file."""

    def __init__(self, path: str | Path):
        import duckdb

        self.path = str(path)
        self.con = duckdb.connect(self.path)
        for table in TABLES:
            self.con.execute(_create_sql(table))
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for name, sqltype, _ in TABLES[table]:  # a file written by an older version
                if name not in have:
                    self.con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {sqltype}')
        for name, (table, column) in INDEXES.items():
            self.con.execute(f'CREATE INDEX IF NOT EXISTS {name} ON {table} ("{column}")')
        self.con.execute(EVENTS_VIEW)

    @classmethod
    def retrying(cls, path: str | Path, wait: float = 60.0) -> "Writer":
        """A Writer, waiting up to `wait` seconds while readers hold the file.

        While it waits, the file ``<db>.writer-waiting`` exists: readers that honour it
        (newsdyad.corpus) stop opening the database until the writer has had its turn.
        """
        import duckdb

        deadline = time.monotonic() + wait
        flag = waiting_flag(path)
        try:
            while True:
                try:
                    return cls(path)
                except duckdb.Error as exc:
                    if not _is_lock_error(exc) or time.monotonic() >= deadline:
                        raise
                flag.touch()
                time.sleep(0.02)
        finally:
            flag.unlink(missing_ok=True)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def present(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these ids are already stored."""
        import pyarrow as pa

        ids = pa.table({"doc_id": pa.array(list(set(doc_ids)), pa.string())})
        self.con.register("_candidate_ids", ids)
        try:
            found = self.con.execute(
                "SELECT c.doc_id FROM _candidate_ids c JOIN documents d USING (doc_id)"
            ).fetchall()
        finally:
            self.con.unregister("_candidate_ids")
        return {r[0] for r in found}

    def stored(self, doc_ids: Iterable[str]) -> dict[str, StoredText]:
        """What is stored under these ids: text hash, publisher, date, URL."""
        import pyarrow as pa

        ids = pa.table({"doc_id": pa.array(list(set(doc_ids)), pa.string())})
        self.con.register("_candidate_ids", ids)
        try:
            found = self.con.execute(
                "SELECT d.doc_id, md5(d.text), d.publisher, d.date, d.url "
                "FROM _candidate_ids c JOIN documents d USING (doc_id)").fetchall()
        finally:
            self.con.unregister("_candidate_ids")
        return {r[0]: StoredText(r[1], r[2], r[3], r[4]) for r in found}

    def add_copies(self, sources: Iterable[SourceDocument]) -> tuple[int, int]:
        """Record other publishers' copies of stored texts.  Returns (added, already recorded)."""
        added = known = 0
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        for s in sources:
            rid = s.resolved_id()
            same = self.con.execute(
                "SELECT count(*) FROM copies WHERE doc_id = ? AND publisher IS NOT DISTINCT FROM ? "
                "AND date IS NOT DISTINCT FROM ? AND url IS NOT DISTINCT FROM ?",
                [rid, s.publisher, s.date, s.url]).fetchall()[0][0]
            if same:
                known += 1
                continue
            self.con.execute(
                "INSERT INTO copies (doc_id, publisher, date, url, title, origin, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [rid, s.publisher, s.date, s.url, s.title, s.origin, now])
            added += 1
        return added, known

    def add(self, docs: Iterable[Document]) -> tuple[int, int]:
        """Store documents not yet present, all in one transaction.  Returns (added, present)."""
        docs = list(docs)
        if not docs:
            return 0, 0
        present = self.present(d.doc_id for d in docs)
        added_at = datetime.now(timezone.utc).replace(tzinfo=None)
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        seen: set[str] = set()
        n_present = 0
        for doc in docs:
            if doc.doc_id in present or doc.doc_id in seen:
                n_present += 1
                continue
            seen.add(doc.doc_id)
            for table, rows in document_rows(doc, added_at).items():
                tables[table].extend(rows)
        if not seen:
            return 0, n_present
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in (*CHILD_TABLES, "documents"):
                if not tables[table]:
                    continue
                arrow = rows_to_arrow(tables[table], table)
                con.register("_batch", arrow)
                cols = ", ".join(f'"{c}"' for c, _, _ in TABLES[table])
                con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
                con.unregister("_batch")
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except Exception:  # DuckDB already ended it (an interrupted statement aborts it)
                pass
            raise
        return len(seen), n_present


# --------------------------------------------------------------------------- ingesting


@dataclass
class IngestSummary:
    read: int = 0  # records read from the input (documents + rejections)
    coded: int = 0  # documents coded and stored by this run
    present: int = 0  # documents skipped: already in the database (or twice in the input)
    copies: int = 0  # same text as a stored document, from another publisher/date/URL: recorded
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "coded": self.coded, "present": self.present, "copies": self.copies,
                "rejected": [{"origin": o, "reason": r} for o, r in self.rejected],
                "seconds": round(self.seconds, 3)}

    def line(self) -> str:
        copies = f"{self.copies} copies of stored articles, " if self.copies else ""
        return (f"{self.read} read, {self.coded} coded, {self.present} already present, "
                f"{copies}{len(self.rejected)} rejected")


def split_item(item: Any) -> tuple[SourceDocument | None, tuple[str, str] | None]:
    """An ingest item is a SourceDocument or a rejection (origin + reason)."""
    if isinstance(item, SourceDocument):
        return item, None
    origin = getattr(item, "origin", None) or "?"
    reason = getattr(item, "reason", None) or str(item)
    return None, (str(origin), str(reason))


def text_hash(text: str) -> str:
    """md5 of the text's UTF-8 bytes, hex (DuckDB's md5(text) gives the same)."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredText:
    """What is known of a stored document when a new record has its id."""

    hash: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    origin: str | None = None  # where it came from, for messages (None: from the database)

    def describe(self) -> str:
        if self.origin:
            return self.origin
        what = ", ".join(x for x in (self.publisher, self.date, self.url) if x)
        return "the document already stored" + (f" ({what})" if what else "")


def _meta(source: SourceDocument) -> tuple[str | None, str | None, str | None]:
    return (source.publisher, source.date, source.url)


def unseen_sources(items: Iterable[Any], summary: IngestSummary,
                   present: Callable[[list[str]], Any], block: int = 256,
                   on_copy: Callable[[SourceDocument], None] | None = None) -> Iterator[SourceDocument]:
    """Sources not yet stored, in input order; counts reads, rejections and skips in `summary`.

    `present(ids)` tells which ids are stored: a set of ids, or a dict id -> StoredText.
    A record whose id is stored or earlier in this input is
    - an error (a rejection naming both records) when its text differs: one id, one text;
    - a copy (same text, another publisher, date or URL -- a syndicated article) passed to
      `on_copy` when given, so that each publisher is recorded;
    - else already present, and skipped.
    """
    queued: dict[str, StoredText] = {}
    pending: list[SourceDocument] = []

    def repeat(s: SourceDocument, rid: str, h: str, known: StoredText | None) -> bool:
        """Handle a record whose id is known; False when it is new after all."""
        if known is None:
            return False
        if known.hash and known.hash != h:
            summary.rejected.append((s.origin or rid, (
                f"id {rid!r} is also used by {known.describe()} for a different text; "
                "one id must name one text (give this record another id)")))
        elif on_copy is not None and _meta(s) != (known.publisher, known.date, known.url):
            on_copy(s)
        else:
            summary.present += 1
        return True

    def flush():
        stored = present([s.resolved_id() for s in pending])
        for s in pending:
            rid = s.resolved_id()
            h = text_hash(s.text)
            if rid in queued:
                repeat(s, rid, h, queued[rid])
                continue
            if rid in stored:
                known = stored[rid] if isinstance(stored, dict) else StoredText("")
                repeat(s, rid, h, known)
                continue
            queued[rid] = StoredText(h, *_meta(s), origin=s.origin or rid)
            yield s
        pending.clear()

    for item in items:
        summary.read += 1
        source, rejection = split_item(item)
        if rejection is not None:
            summary.rejected.append(rejection)
            continue
        pending.append(source)
        if len(pending) >= block:
            yield from flush()
    if pending:
        yield from flush()


# --------------------------------------------------------------------------- reading


def is_parquet_dataset(path: str | Path) -> bool:
    return Path(path).is_dir()


def _parquet_views_sql(root: str | Path) -> list[str]:
    glob = str(Path(root) / "**" / "*.parquet").replace("'", "''")
    doc_cols = ", ".join(f'"{c}"' for c, _, _ in TABLES["documents"])
    sql = [
        f"CREATE OR REPLACE VIEW _rows AS SELECT * FROM read_parquet('{glob}', "
        "hive_partitioning = true, union_by_name = true)",
        f"CREATE OR REPLACE VIEW documents AS SELECT {doc_cols} FROM _rows",
    ]
    for table in CHILD_TABLES:
        cols = ", ".join(f'"{c}"' for c, _, _ in TABLES[table])
        sql.append(
            f"CREATE OR REPLACE VIEW {table} AS SELECT {cols} FROM "
            f"(SELECT unnest({table}, recursive := true) FROM _rows)"
        )
    empty = ", ".join(f'NULL::{t} AS "{c}"' for c, t, _ in TABLES["copies"])
    sql.append(f"CREATE OR REPLACE VIEW copies AS SELECT {empty} WHERE false")
    sql.append(EVENTS_VIEW)
    return sql


def connect(path: str | Path):
    """A read-only DuckDB connection on a corpus: a DuckDB file or a Ray Parquet directory."""
    import duckdb

    path = Path(path)
    if is_parquet_dataset(path):
        con = duckdb.connect()
        if not any(path.rglob("*.parquet")):
            raise FileNotFoundError(f"{path}: no Parquet files in this directory")
        for stmt in _parquet_views_sql(path):
            con.execute(stmt)
        return con
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such database (create it with 'newsdyad ingest')")
    return duckdb.connect(str(path), read_only=True)


def connect_isolated(path: str | Path):
    """A read-only connection of its own for a user's SQL (`newsdyad sql`): a DuckDB file is
    attached to a fresh in-memory database, so the settings that keep the query from reaching
    other files (run_readonly_sql) bind this connection only, never another connection to the
    same file in this process (DuckDB shares one database instance per file and process)."""
    import duckdb

    path = Path(path)
    if is_parquet_dataset(path):
        return connect(path)  # a fresh in-memory database already
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such database (create it with 'newsdyad ingest')")
    con = duckdb.connect(":memory:")
    con.execute(f"ATTACH {_lit(str(path))} AS corpus (READ_ONLY)")
    con.execute("USE corpus")
    return con


def existing_parquet_ids(root: str | Path) -> set[str]:
    """Document ids already in a Parquet dataset (for an idempotent Ray run)."""
    root = Path(root)
    if not root.is_dir() or not any(root.rglob("*.parquet")):
        return set()
    con = connect(root)
    try:
        return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    finally:
        con.close()


@dataclass
class Result:
    """Rows of a query, with their column names."""

    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]


def _result(cur) -> Result:
    cols = [d[0] for d in cur.description] if cur.description else []
    return Result(cols, cur.fetchall())


def run_sql(con, sql: str, params: list | None = None) -> Result:
    return _result(con.execute(sql, params or []))


READ_ONLY_STATEMENTS = ("SELECT", "EXPLAIN")


def run_readonly_sql(con, sql: str) -> Result:
    """A user's query, which may only read: SELECT (WITH, DESCRIBE, SUMMARIZE) or EXPLAIN.

    COPY, ATTACH, INSTALL/LOAD, EXPORT, SET, PRAGMA, CALL and every write are refused with a
    ValueError; on a DuckDB file, reading or writing other files (read_csv, ...) is off too.
    The result is the last statement's."""
    statements = con.extract_statements(sql)
    if not statements:
        raise ValueError("empty query")
    for st in statements:
        kind = str(st.type).rpartition(".")[2]
        if kind not in READ_ONLY_STATEMENTS:
            raise ValueError(f"only queries that read are allowed (SELECT, WITH, DESCRIBE, EXPLAIN), "
                             f"not {kind}: the corpus is opened read-only")
    parquet = con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = '_rows'").fetchall()[0][0]
    if not parquet:  # a Parquet dataset's views read files: there, statement types are the guard
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    result = None
    for st in statements:
        result = _result(con.execute(st))
    return result  # type: ignore[return-value]


def stats(con, top: int = 10) -> dict[str, Any]:
    """Documents, events by root code and by month, top actors and dyads."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    out: dict[str, Any] = {
        "documents": one("SELECT count(*) FROM documents"),
        "actors": one("SELECT count(*) FROM actors"),
        "attributions": one("SELECT count(*) FROM attributions"),
        "event_mentions": one("SELECT count(*) FROM event_mentions"),
        "events": one("SELECT count(*) FROM events"),
    }
    out["events_by_root_code"] = run_sql(con, """
        SELECT root_code, count(*) AS events, sum(num_mentions) AS mentions
        FROM events GROUP BY root_code ORDER BY root_code""").dicts()
    out["events_by_month"] = run_sql(con, """
        SELECT coalesce(substr(event_date, 1, 7), 'undated') AS month, count(*) AS events
        FROM events GROUP BY month ORDER BY month""").dicts()
    out["top_actors"] = run_sql(con, """
        SELECT coalesce(code, '-') AS code, name, count(DISTINCT doc_id) AS documents,
               sum(n_mentions) AS mentions
        FROM actors GROUP BY ALL ORDER BY documents DESC, mentions DESC, name LIMIT ?""",
        [top]).dicts()
    out["top_dyads"] = run_sql(con, """
        SELECT coalesce(source_code, source_name, '-') AS source,
               coalesce(target_code, target_name, '-') AS target,
               count(*) AS events, sum(num_mentions) AS mentions
        FROM events GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?""", [top]).dicts()
    return out


EVENT_COLUMNS = ("global_event_id, event_date, source_code, source_name, code, name, "
                 "target_code, target_name, modality, attributed_to, num_mentions, num_articles, "
                 "source_url")


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# An event date's period (YYYY, YYYY-MM or YYYY-MM-DD) as its first and last day.
EVENT_START_SQL = ("TRY_CAST(CASE length(event_date) WHEN 4 THEN event_date || '-01-01' "
                   "WHEN 7 THEN event_date || '-01' ELSE substr(event_date, 1, 10) END AS DATE)")
EVENT_END_SQL = (f"CASE length(event_date) WHEN 4 THEN TRY_CAST(event_date || '-12-31' AS DATE) "
                 f"WHEN 7 THEN last_day({EVENT_START_SQL}) ELSE {EVENT_START_SQL} END")
ALL_MODALITIES = "all"


def _party_filter(side: str, value: str) -> str:
    """A source/target filter: actor codes by prefix (AFG, AFGGOV), names by whole words
    ("ICE" matches "ICE agents", not "police" or "Voice of America")."""
    import re

    value = value.strip()
    if not value:
        raise ValueError(f"--{side} is empty")
    word = r"(?i)(^|\W)" + re.escape(value) + r"($|\W)"
    return (f"(starts_with({side}_code, {_lit(value.upper())}) "
            f"OR regexp_matches({side}_name, {_lit(word)}))")


def event_filters(*, source: str | None = None, target: str | None = None, code: str | None = None,
                  since: str | None = None, until: str | None = None,
                  modality: str | None = None) -> str:
    """The SQL condition (literals quoted) selecting events or event mentions; '' for none.

    Raises ValueError, naming the valid values, for a modality, date or code that cannot match.
    `since`/`until` are dates (2013, 2013-01 or 2013-01-15), both inclusive; an event is kept
    when its own period (a day, month or year) overlaps the range.
    """
    from .dates import DateError, period
    from .model import MODALITIES

    where = []
    if source:
        where.append(_party_filter("source", source))
    if target:
        where.append(_party_filter("target", target))
    if code:
        if not code.isdigit() or len(code) > 4:
            raise ValueError(f"--code {code!r} is not a CAMEO code or prefix (digits, e.g. 03 or 036)")
        where.append(f"starts_with(code, {_lit(code)})")
    for name, value in (("since", since), ("until", until)):
        if value:
            try:
                first, last = period(value.strip())
            except DateError:
                raise ValueError(f"--{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD "
                                 "(e.g. 2013, 2013-06 or 2013-06-30)") from None
            if name == "since":
                where.append(f"({EVENT_END_SQL}) >= DATE '{first.isoformat()}'")
            else:
                where.append(f"({EVENT_START_SQL}) <= DATE '{last.isoformat()}'")
    if modality and modality != ALL_MODALITIES:
        wanted = [m.strip() for m in modality.split(",") if m.strip()]
        bad = [m for m in wanted if m not in MODALITIES]
        if bad or not wanted:
            raise ValueError(f"unknown --modality {modality!r}; choose from {', '.join(MODALITIES)} "
                             f"(several with commas), or {ALL_MODALITIES}")
        where.append("modality IN (" + ", ".join(_lit(m) for m in wanted) + ")")
    return " AND ".join(where)


def query_events(con, *, source: str | None = None, target: str | None = None,
                 code: str | None = None, since: str | None = None, until: str | None = None,
                 modality: str | None = None, limit: int | None = None) -> Result:
    """Distinct events filtered by actor (code prefix or name words), CAMEO code prefix,
    date range and modality (see event_filters; ValueError for a value that cannot match)."""
    where = event_filters(source=source, target=target, code=code, since=since, until=until,
                          modality=modality)
    sql = f"SELECT {EVENT_COLUMNS} FROM events"
    if where:
        sql += " WHERE " + where
    sql += " ORDER BY event_date NULLS LAST, global_event_id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return run_sql(con, sql)


def claims(con, actor: str, limit: int | None = None) -> Result:
    """What was said by an actor (it is the source) or about it (it is named in the content),
    and according to whom (the chain of reporting sources)."""
    sql = """
        WITH matched AS (
          SELECT doc_id, actor_id FROM actors WHERE name ILIKE $pat OR code ILIKE $code
          UNION  -- any mention spelled that way ("Zelenskiy" for the actor "Volodymyr Zelensky")
          SELECT doc_id, actor_id FROM mentions WHERE text ILIKE $pat
        ), about AS (
          SELECT DISTINCT a.doc_id, a.attribution_id
          FROM attributions a
          JOIN mentions m ON m.doc_id = a.doc_id
          JOIN matched x ON x.doc_id = m.doc_id AND x.actor_id = m.actor_id
          WHERE m.start >= a.content_start AND m."end" <= a.content_end
        )
        SELECT CASE WHEN a.source_name ILIKE $pat OR a.source_code ILIKE $code
                         OR (a.doc_id, a.source_actor) IN (SELECT (doc_id, actor_id) FROM matched)
                    THEN 'by' ELSE 'about' END AS role,
               a.source_name AS source, a.cue_text AS cue, a.content_text AS content,
               a.according_to, a.kind, a.doc_id, a.doc_date AS date, a.attribution_id
        FROM attributions a
        WHERE a.source_name ILIKE $pat OR a.source_code ILIKE $code
           OR (a.doc_id, a.source_actor) IN (SELECT (doc_id, actor_id) FROM matched)
           OR (a.doc_id, a.attribution_id) IN (SELECT (doc_id, attribution_id) FROM about)
        ORDER BY a.doc_date NULLS LAST, a.doc_id, a.content_start
    """
    if limit:
        sql += f" LIMIT {int(limit)}"
    cur = con.execute(sql, {"pat": f"%{actor}%", "code": actor})
    return _result(cur)


# --------------------------------------------------------------------------- paged reads
# The queries behind newsdyad.open() (corpus.py), the HTTP API and the web pages.  Every
# value reaches DuckDB as a parameter; only column names written here are formatted in.

LOCK_WAIT_SECONDS = 5.0  # how long a reader or the writer waits for the other's lock


WAITING_MAX_AGE = 120.0  # an older flag was left by a writer that died: ignore it


def waiting_flag(path: str | Path) -> Path:
    """The file that says a writer is waiting for the database's lock."""
    return Path(str(path) + ".writer-waiting")


def writer_waiting(path: str | Path) -> bool:
    try:
        return time.time() - waiting_flag(path).stat().st_mtime < WAITING_MAX_AGE
    except OSError:
        return False


def _is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "lock" in text and ("conflict" in text or "could not set" in text)


def connect_retrying(path: str | Path, *, read_only: bool = True,
                     wait: float = LOCK_WAIT_SECONDS):
    """A DuckDB connection, retried for up to `wait` seconds while another process holds
    the file's lock (an ingest committing a chunk, or readers while ingest wants to write)."""
    import duckdb

    deadline = time.monotonic() + wait
    delay = 0.01
    while read_only and writer_waiting(path) and time.monotonic() < deadline:
        time.sleep(0.02)  # let the waiting writer in first
    while True:
        try:
            if read_only:
                return connect(path)
            return duckdb.connect(str(path))
        except duckdb.Error as exc:
            if not _is_lock_error(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


# The columns event_conditions reads.
CONDITION_COLUMNS = ("global_event_id", "event_date", "day", "source_code", "source_name",
                     "target_code", "target_name", "code", "root_code", "quad_class", "modality",
                     "attribution_chain")


def _events_select(columns: Iterable[str] | None = None) -> str:
    """The events view's SELECT (one definition: EVENTS_VIEW), to run on filtered mentions;
    with `columns`, only those output columns (fewer aggregates to compute)."""
    select = EVENTS_VIEW.split(" AS\n", 1)[1]
    if columns is None:
        return select
    keep = set(columns)
    head, rest = select.split("SELECT\n", 1)
    items, tail = rest.split("\nFROM event_mentions", 1)
    lines = [line.rstrip(",") for line in items.split("\n")
             if line.rstrip(",").split()[-1] in keep]
    return head + "SELECT\n" + ",\n".join(lines) + "\nFROM event_mentions" + tail


def event_conditions(*, source: str | None = None, target: str | None = None,
                     code: str | None = None, root: str | None = None,
                     quad_class: int | None = None, modality: str | None = None,
                     according_to: str | None = None, since: str | None = None,
                     until: str | None = None, doc_id: str | None = None) -> tuple[list[str], list]:
    """SQL conditions (and their parameters) on the columns shared by ``events`` and
    ``event_mentions``: the filters of :func:`query_events` (one meaning for the CLI, the API and
    ``newsdyad.open``; see :func:`event_filters`, which raises ValueError for a value that cannot
    match) plus root code, QuadClass, the according-to actor (anywhere in the attribution chain)
    and one document."""
    where: list[str] = []
    params: list = []
    shared = event_filters(source=source, target=target, code=code, since=since, until=until,
                           modality=modality)
    if shared:
        where.append(f"({shared})")
    if root:
        where.append("root_code = ?")
        params.append(root)
    if quad_class is not None:
        where.append("quad_class = ?")
        params.append(int(quad_class))
    if according_to:
        where.append("attribution_chain ILIKE ?")
        params.append("%" + according_to + "%")
    if doc_id:
        where.append("global_event_id IN (SELECT global_event_id FROM event_mentions WHERE doc_id = ?)")
        params.append(doc_id)
    return where, params


def _filtered_events(where: list[str], params: list,
                     columns: Iterable[str] | None = None) -> tuple[str, list]:
    """The events view restricted to `where`, computed from the matching mentions only.

    A condition holding for an event's representative mention holds for one of its mentions,
    so the mentions are narrowed first (cheap, no grouping) and the conditions applied again
    to the merged events.  Parameters are used twice.
    """
    if not where:
        return "events", []
    cond = " AND ".join(where)
    if columns is not None:
        columns = (*CONDITION_COLUMNS, *columns)
    sql = ("(SELECT * FROM (" + _events_select(columns).replace(
        "FROM event_mentions",
        "FROM event_mentions WHERE global_event_id IN "
        f"(SELECT global_event_id FROM event_mentions WHERE {cond})") + f") WHERE {cond})")
    return sql, params + params


PAGE_EVENT_COLUMNS = ("global_event_id, event_date, day, source_code, source_name, code, name, "
                      "root_code, quad_class, goldstein, target_code, target_name, modality, "
                      "attributed_to, attribution_chain, num_mentions, num_articles, first_doc_id, "
                      "source_url")


def events_page(con, *, limit: int = 100, offset: int = 0, **filters) -> Result:
    """A page of distinct events matching :func:`event_conditions`, by date then id.

    Only the first candidates in that order are merged: the distinct event ids of matching
    mentions (an event's date is the same in all its mentions), more of them when the
    conditions on the merged events leave too few.
    """
    where, params = event_conditions(**filters)
    cond = " AND ".join(where) or "TRUE"
    need = max(int(offset) + int(limit), 1)
    want = need * 2
    rest = (f") AS e WHERE {cond} "
            "ORDER BY event_date NULLS LAST, global_event_id LIMIT ? OFFSET ?")
    while True:
        rows = con.execute(  # mentions in event order: an event's mentions share its date
            f"SELECT global_event_id FROM event_mentions WHERE {cond} "
            "ORDER BY event_date NULLS LAST, global_event_id LIMIT ?", params + [want]).fetchall()
        ids = list(dict.fromkeys(r[0] for r in rows))
        exhausted = len(rows) < want
        if len(ids) < need and not exhausted:
            want *= 4
            continue
        # The ids as literals (integers from the query above): an IN list of constants is
        # what lets DuckDB look them up in the event_mentions_event index.
        id_list = ", ".join(str(int(i)) for i in ids) or "NULL"
        merged = _events_select().replace(
            "FROM event_mentions", f"FROM event_mentions WHERE global_event_id IN ({id_list})")
        res = run_sql(con, f"SELECT {PAGE_EVENT_COLUMNS} FROM (" + merged + rest,
                      params + [int(limit), int(offset)])
        if exhausted or len(res.rows) >= limit:
            return res
        want *= 4


_PERIOD = {
    "day": "strftime(make_date(day // 10000, day // 100 % 100, day % 100), '%Y-%m-%d')",
    "week": "strftime(date_trunc('week', make_date(day // 10000, day // 100 % 100, day % 100)), '%Y-%m-%d')",
    "month": "strftime(make_date(day // 10000, day // 100 % 100, 1), '%Y-%m')",
}


def dyad_timeline(con, source: str, target: str, *, by: str = "month",
                  since: str | None = None, until: str | None = None, **filters) -> Result:
    """Events from `source` to `target` (as the events filters match them) per period and
    QuadClass, with their mean Goldstein score.  `by` is day, week (starting Monday) or month."""
    if by not in _PERIOD:
        raise ValueError(f"by must be one of {', '.join(_PERIOD)}, not {by!r}")
    where, params = event_conditions(source=source, target=target, since=since, until=until, **filters)
    where.append("day IS NOT NULL")
    src, params = _filtered_events(where, params, ("goldstein", "num_mentions"))
    sql = (f"SELECT {_PERIOD[by]} AS period, quad_class, count(*) AS events, "
           "sum(num_mentions) AS mentions, avg(goldstein) AS mean_goldstein "
           f"FROM {src} AS e GROUP BY ALL ORDER BY period, quad_class")
    return run_sql(con, sql, params)


def network_edges(con, *, since: str | None = None, until: str | None = None,
                  min_events: int = 1, limit: int = 500, **filters) -> Result:
    """Directed actor-to-actor edges (actor code, else name) with event counts and mean
    Goldstein score, the busiest first; only edges with at least `min_events` events."""
    where, params = event_conditions(since=since, until=until, **filters)
    src, params = _filtered_events(where, params, ("goldstein", "num_mentions"))
    sql = ("SELECT coalesce(source_code, source_name) AS source, "
           "coalesce(target_code, target_name) AS target, count(*) AS events, "
           "sum(num_mentions) AS mentions, avg(goldstein) AS mean_goldstein, "
           "any_value(source_name) AS source_name, any_value(target_name) AS target_name "
           f"FROM {src} AS e WHERE coalesce(source_code, source_name) IS NOT NULL "
           "AND coalesce(target_code, target_name) IS NOT NULL "
           "GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY events DESC, source, target LIMIT ?")
    return run_sql(con, sql, params + [int(min_events), int(limit)])


DOCUMENT_COLUMNS = ("doc_id, date, publisher, title, url, n_sentences, n_actors, n_attributions, "
                    "n_events, added_at")


def documents_page(con, *, q: str | None = None, since: str | None = None,
                   until: str | None = None, publisher: str | None = None,
                   limit: int = 50, offset: int = 0) -> Result:
    """Documents whose title or text contains `q` (any case), by date within the range and
    publisher; newest first."""
    where, params = [], []
    if q:
        where.append("(title ILIKE ? OR text ILIKE ?)")
        params += ["%" + q + "%"] * 2
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until + "~")
    if publisher:
        where.append("publisher ILIKE ?")
        params.append("%" + publisher + "%")
    sql = f"SELECT {DOCUMENT_COLUMNS} FROM documents"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date DESC NULLS LAST, doc_id LIMIT ? OFFSET ?"
    return run_sql(con, sql, params + [int(limit), int(offset)])


def document_tables(con, doc_id: str) -> dict[str, Result] | None:
    """Every stored row of one document, by table; None when it is not stored."""
    docs = run_sql(con, "SELECT * FROM documents WHERE doc_id = ?", [doc_id])
    if not docs.rows:
        return None
    out = {"documents": docs}
    for table, order in (("actors", "actor_id"), ("mentions", "start"),
                         ("attributions", "attribution_id"), ("event_mentions", "event_id")):
        out[table] = run_sql(con, f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY {order}", [doc_id])
    return out


def actors_page(con, *, q: str | None = None, limit: int = 50, offset: int = 0) -> Result:
    """Actors across documents (by code, else name) whose name or code contains `q`."""
    where, params = "", []
    if q:
        where = "WHERE name ILIKE ? OR code ILIKE ?"
        params = ["%" + q + "%", q + "%"]
    sql = (f"SELECT coalesce(code, name) AS actor, any_value(code) AS code, mode(name) AS name, "
           f"any_value(kind) AS kind, count(DISTINCT doc_id) AS documents, "
           f"sum(n_mentions) AS mentions FROM actors {where} GROUP BY 1 "
           "ORDER BY documents DESC, mentions DESC, actor LIMIT ? OFFSET ?")
    return run_sql(con, sql, params + [int(limit), int(offset)])


def claims_page(con, *, source: str | None = None, about: str | None = None,
                since: str | None = None, until: str | None = None,
                limit: int = 50, offset: int = 0) -> Result:
    """Attributions with their source, cue, content and chain: by a source whose name or code
    contains `source`, about an actor `about` (see :func:`claims`), in a date range."""
    if about:
        res = claims(con, about)
        rows = [r for r in res.dicts()
                if (not since or (r["date"] or "") >= since)
                and (not until or (r["date"] or "") <= until + "~")
                and (not source or source.lower() in (r["source"] or "").lower())]
        page = rows[offset:offset + limit]
        return Result(res.columns, [tuple(r[c] for c in res.columns) for r in page])
    where, params = [], []
    if source:
        where.append("(source_name ILIKE ? OR source_code ILIKE ?)")
        params += ["%" + source + "%", source + "%"]
    if since:
        where.append("doc_date >= ?")
        params.append(since)
    if until:
        where.append("doc_date <= ?")
        params.append(until + "~")
    sql = ("SELECT 'by' AS role, source_name AS source, cue_text AS cue, content_text AS content, "
           "according_to, kind, doc_id, doc_date AS date, attribution_id "
           "FROM attributions")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY doc_date NULLS LAST, doc_id, content_start LIMIT ? OFFSET ?"
    return run_sql(con, sql, params + [int(limit), int(offset)])
