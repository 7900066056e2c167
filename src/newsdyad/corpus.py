"""The query layer: one corpus object behind the Python API, the CLI and the HTTP API.

    >>> import newsdyad
    >>> corpus = newsdyad.open("corpus.duckdb")             # doctest: +SKIP
    >>> corpus.events(source="AFG", code="03", since="2013")  # doctest: +SKIP
    >>> corpus.timeline("AFG", "USA", by="month")             # doctest: +SKIP
    >>> corpus.network(since="2013", until="2013").to_arrow()  # doctest: +SKIP

Every table-shaped answer is a :class:`Frame` (a pandas DataFrame with ``.to_arrow()``).
The filters mean what they mean for ``newsdyad events`` (see :func:`store.event_conditions`).

Each call takes a cursor on a connection that is read-only unless the corpus was opened
writable; the connection is reused by the calls of the next second and closed when idle, so
an ``ingest`` running beside it can take the file between two bursts of calls.  While the
other process holds DuckDB's lock, opening is retried for a few seconds
(:func:`store.connect_retrying`).  The SQL lives in ``store.py``.
"""

from __future__ import annotations

import atexit
import json
import threading
import time
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from . import store
from .model import MODALITIES  # noqa: F401  (the pages list them)
from .model import Actor, Attribution, Document, Event, Location, Participant, Party

PERIODS = ("day", "week", "month")


LINGER_SECONDS = 1.0  # how long an open database is reused; idle longer, it is closed


class _Shared:
    """One open database connection and the queries using it."""

    def __init__(self, con):
        self.con = con
        self.opened = time.monotonic()
        self.users = 0
        self.closed = False
        self.timer: threading.Timer | None = None


class Frame(pd.DataFrame):
    """A pandas DataFrame that also converts to an Arrow table."""

    @property
    def _constructor(self):
        return Frame

    def to_arrow(self):
        import pyarrow as pa

        return pa.Table.from_pandas(pd.DataFrame(self), preserve_index=False)

    def records(self) -> list[dict[str, Any]]:
        """Rows as JSON-ready dicts (missing values as None, times as ISO 8601)."""
        if self.empty:
            return []
        return json.loads(pd.DataFrame(self).to_json(orient="records", date_format="iso",
                                                     date_unit="s", force_ascii=False))


def _frame(result: store.Result) -> Frame:
    return Frame(pd.DataFrame.from_records(result.rows, columns=result.columns))


class Corpus:
    """A corpus database (a DuckDB file written by ``ingest``, or a Ray Parquet directory)."""

    def __init__(self, path: str | Path, *, writable: bool = False,
                 lock_wait: float = store.LOCK_WAIT_SECONDS, linger: float = LINGER_SECONDS):
        self.path = Path(path)
        self.writable = writable
        self.lock_wait = lock_wait
        self.linger = linger
        self._lock = threading.Lock()
        self._shared: _Shared | None = None
        _OPEN.add(self)
        if writable:
            store.Writer(self.path).close()  # creates the tables of a new file
        elif not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no such database (create it with 'newsdyad ingest')")

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r}{', writable=True' if self.writable else ''})"

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """A cursor for one query (retried while another process holds the file's lock).

        Calls arriving within `linger` seconds of each other share one open database (its
        cache stays warm); it is closed once `linger` seconds have passed with no call
        running, which lets an ``ingest`` beside it take the file.
        """
        cursor = shared = None
        while cursor is None:
            with self._lock:
                shared = self._shared
                if shared is not None and self._fresh(shared):
                    shared.users += 1
                    cursor = shared.con.cursor()
                    break
                if shared is not None and not shared.closed and shared.users == 0:
                    self._close(shared)
                self._shared = None  # an old one still in use is closed by its last user
            # Outside the lock, so that queries still running can finish and release it.
            con = store.connect_retrying(self.path, read_only=not self.writable, wait=self.lock_wait)
            with self._lock:
                if self._shared is None:
                    self._shared = _Shared(con)
                    con = None
            if con is not None:  # another call opened one meanwhile: use that
                con.close()
        try:
            yield cursor
        finally:
            cursor.close()
            self._release(shared)

    def _fresh(self, shared: "_Shared") -> bool:
        return (not shared.closed and time.monotonic() - shared.opened <= self.linger
                and (self.writable or not store.writer_waiting(self.path)))

    def _release(self, shared: "_Shared") -> None:
        with self._lock:
            shared.users -= 1
            if shared.users > 0 or shared.closed:
                return
            left = self.linger - (time.monotonic() - shared.opened)
            if shared is not self._shared or left <= 0:
                self._close(shared)
            elif shared.timer is None:  # one timer per connection: it closes it when idle
                shared.timer = threading.Timer(left, self._expire, [shared])
                shared.timer.daemon = True
                shared.timer.start()

    def _expire(self, shared: "_Shared") -> None:
        with self._lock:
            if shared.users == 0 and not shared.closed:
                self._close(shared)

    def _close(self, shared: "_Shared") -> None:
        shared.closed = True
        if shared.timer is not None:
            shared.timer.cancel()
        shared.con.close()
        if self._shared is shared:
            self._shared = None

    def close(self) -> None:
        """Close the shared connection now (calls made later open it again)."""
        with self._lock:
            if self._shared is not None and self._shared.users == 0 and not self._shared.closed:
                self._close(self._shared)

    # ------------------------------------------------------------------ tables
    def documents(self, q: str | None = None, *, since: str | None = None,
                  until: str | None = None, publisher: str | None = None,
                  limit: int = 50, offset: int = 0) -> Frame:
        """Documents (without their text) matching a text search, dates and publisher."""
        with self.connection() as con:
            return _frame(store.documents_page(con, q=q, since=since, until=until,
                                               publisher=publisher, limit=limit, offset=offset))

    def events(self, source: str | None = None, target: str | None = None, *,
               code: str | None = None, root: str | None = None, quad_class: int | None = None,
               modality: str | None = None, according_to: str | None = None,
               since: str | None = None, until: str | None = None, doc_id: str | None = None,
               limit: int = 100, offset: int = 0) -> Frame:
        """Distinct events (merged across articles), filtered like ``newsdyad events``."""
        _check_modality(modality)
        with self.connection() as con:
            return _frame(store.events_page(
                con, source=source, target=target, code=code, root=root, quad_class=quad_class,
                modality=modality, according_to=according_to, since=since, until=until,
                doc_id=doc_id, limit=limit, offset=offset))

    def actors(self, q: str | None = None, *, limit: int = 50, offset: int = 0) -> Frame:
        """Actors across documents (grouped by code, else name) whose name or code matches."""
        with self.connection() as con:
            return _frame(store.actors_page(con, q=q, limit=limit, offset=offset))

    def claims(self, source: str | None = None, *, about: str | None = None,
               since: str | None = None, until: str | None = None,
               limit: int = 50, offset: int = 0) -> Frame:
        """Attributions (who says what, according to whom): by a source, or by or about an
        actor (``about``, as ``newsdyad claims --actor``)."""
        with self.connection() as con:
            return _frame(store.claims_page(con, source=source, about=about, since=since,
                                            until=until, limit=limit, offset=offset))

    def timeline(self, source: str, target: str, by: str = "month", *,
                 since: str | None = None, until: str | None = None, **filters) -> Frame:
        """Events from source to target per period (day, week, month) and QuadClass, with
        their mean Goldstein score."""
        if by not in PERIODS:
            raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
        _check_modality(filters.get("modality"))
        with self.connection() as con:
            return _frame(store.dyad_timeline(con, source, target, by=by, since=since,
                                              until=until, **filters))

    def network(self, since: str | None = None, until: str | None = None, *,
                min_events: int = 1, limit: int = 500, **filters) -> Frame:
        """Directed edges between actors with event counts and mean Goldstein score."""
        _check_modality(filters.get("modality"))
        with self.connection() as con:
            return _frame(store.network_edges(con, since=since, until=until,
                                              min_events=min_events, limit=limit, **filters))

    def stats(self, top: int = 10) -> dict[str, Any]:
        """Counts, events by root code and month, top actors and dyads (``newsdyad stats``)."""
        with self.connection() as con:
            return store.stats(con, top=top)

    # ------------------------------------------------------------------ one document
    def document(self, doc_id: str) -> Document | None:
        """A stored article as a ``newsdyad/1`` Document (None when it is not stored)."""
        with self.connection() as con:
            tables = store.document_tables(con, doc_id)
        return None if tables is None else document_from_tables(tables)

    def add(self, docs: Iterable[Document]) -> tuple[int, int]:
        """Store coded documents (a writable corpus only).  Returns (added, already present)."""
        if not self.writable:
            raise PermissionError(f"{self.path} is open read-only")
        with store.Writer(self.path) as writer:
            return writer.add(docs)


_OPEN: "weakref.WeakSet[Corpus]" = weakref.WeakSet()


@atexit.register
def _close_all() -> None:
    """Close open databases in the main thread at exit (not in a timer thread while the
    interpreter shuts down, which DuckDB's C++ code does not survive)."""
    for corpus in list(_OPEN):
        corpus.close()


def open(path: str | Path, *, writable: bool = False) -> Corpus:  # noqa: A001 (newsdyad.open)
    """Open a corpus database: ``newsdyad.open("corpus.duckdb").events(source="AFG")``."""
    return Corpus(path, writable=writable)


def _check_modality(modality: str | None) -> None:
    """The modality filter's one meaning (store.event_filters): a modality, several with commas,
    or "all"; ValueError naming the valid values otherwise."""
    store.event_filters(modality=modality)


def network_graph(edges: Frame) -> dict[str, list[dict[str, Any]]]:
    """Nodes (with their total events) and edges of a network frame, JSON-ready."""
    nodes: dict[str, dict[str, Any]] = {}
    for row in edges.records():
        for end in ("source", "target"):
            node = nodes.setdefault(row[end], {"id": row[end], "name": row[end + "_name"] or row[end],
                                               "events": 0})
            node["events"] += row["events"]
    return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])),
            "edges": edges.records()}


def _span(start, end) -> tuple[int, int] | None:
    if start is None or end is None:
        return None
    return (int(start), int(end))


def document_from_tables(tables: dict[str, store.Result]) -> Document:
    """Rebuild a Document from its stored rows (sentence spans are those of its events)."""
    d = tables["documents"].dicts()[0]
    mentions: dict[str, list[tuple[int, int]]] = {}
    for m in tables["mentions"].dicts():
        mentions.setdefault(m["actor_id"], []).append((m["start"], m["end"]))
    actors = [Actor(id=a["actor_id"], name=a["name"], code=a["code"], country=a["country"],
                    sector=a["sector"], mentions=mentions.get(a["actor_id"], []), kind=a["kind"],
                    rule=a["rule"]) for a in tables["actors"].dicts()]
    attributions = []
    for a in tables["attributions"].dicts():
        spans = json.loads(a["spans"] or "{}")
        addressee = None
        if a["addressee_actor"]:
            addressee = Party(actor=a["addressee_actor"])
        attributions.append(Attribution(
            id=a["attribution_id"], kind=a["kind"],
            source=Party(span=_span(a["source_start"], a["source_end"]), actor=a["source_actor"]),
            cue=[tuple(s) for s in spans.get("cue", [])],
            content=[tuple(s) for s in spans.get("content", [])],
            addressee=addressee, parent=a["parent"], rule=a["rule"]))
    attributions.sort(key=lambda a: _natural(a.id))
    events = []
    sentences: set[tuple[int, int]] = set()
    for e in tables["event_mentions"].dicts():
        sentence = _span(e["sentence_start"], e["sentence_end"])
        if sentence:
            sentences.add(sentence)
        location = None
        if e["location_name"]:
            location = Location(name=e["location_name"], country=e["location_country"],
                                lat=e["location_lat"], lon=e["location_lon"])
        events.append(Event(
            id=e["event_id"], sentence=sentence, trigger=_span(e["trigger_start"], e["trigger_end"]),
            source=Participant(actor=e["source_actor"], code=e["source_code"]),
            target=Participant(actor=e["target_actor"], code=e["target_code"]),
            code=e["code"], root_code=e["root_code"], quad_class=e["quad_class"],
            goldstein=e["goldstein"], plover=e["plover"], modality=e["modality"],
            attribution=e["attribution_id"], date=e["event_date"], location=location,
            rule=e["rule"] or "", name=e["name"]))
    events.sort(key=lambda e: _natural(e.id))
    actors.sort(key=lambda a: _natural(a.id))
    return Document(doc_id=d["doc_id"], text=d["text"], date=d["date"], publisher=d["publisher"],
                    title=d["title"], url=d["url"], sentences=sorted(sentences), actors=actors,
                    attributions=attributions, events=events,
                    notes=json.loads(d["notes"] or "[]"), schema=d["schema"] or "newsdyad/1")


def _natural(ident: str) -> tuple:
    """A1 < A2 < A10."""
    head = ident.rstrip("0123456789")
    tail = ident[len(head):]
    return (head, int(tail) if tail else -1, ident)
