"""Coding a stream of inputs end to end, with counts: the library functions behind
`newsdyad code` (:func:`code_inputs`, :func:`code_stream`) and `newsdyad ingest`
(:func:`ingest`: code and store in a DuckDB file, in committed batches).

The runner sits above the coder (``dispatch``, ``parallel``, ``pipeline``) and the store:
``store`` holds the schema, the writer and what is already stored, and imports no coder.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import store
from .dispatch import code_documents
from .ingest import Rejection, read_inputs
from .model import Document, SourceDocument
from .pipeline import Options


@dataclass
class RunStats:
    read: int = 0
    coded: int = 0
    rejected: list[Rejection] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.read} read, {self.coded} coded, {len(self.rejected)} rejected"


def code_stream(
    items: Iterable[SourceDocument | Rejection],
    options: Options | None = None,
    *,
    stats: RunStats | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> Iterator[Document]:
    """Code every SourceDocument of `items`, in order; count and report every Rejection."""
    options = options or Options()
    stats = stats if stats is not None else RunStats()

    def sources() -> Iterator[SourceDocument]:
        for item in items:
            stats.read += 1
            if isinstance(item, Rejection):
                stats.rejected.append(item)
                if on_rejection is not None:
                    on_rejection(item)
                continue
            yield item

    for doc in code_documents(sources(), options=options):
        stats.coded += 1
        yield doc


def code_inputs(
    paths: Iterable[str],
    options: Options | None = None,
    *,
    input_format: str | None = None,
    stats: RunStats | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> Iterator[Document]:
    """Read and code files, directories or '-' (stdin)."""
    return code_stream(read_inputs(paths, input_format), options, stats=stats, on_rejection=on_rejection)


# --------------------------------------------------------------------------- ingesting


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during ingest: `summary` says what was stored before it (a rerun resumes)."""

    def __init__(self, summary: store.IngestSummary):
        super().__init__(summary.line())
        self.summary = summary


def ingest(items: Iterable[Any], db: str | Path, options=None, jobs: int = 1, *,
           progress: Callable[[int], None] | None = None, commit_every: int = 32,
           commit_seconds: float = 2.0) -> store.IngestSummary:
    """Code input items (SourceDocuments / rejections) and store them in the DuckDB file `db`.

    Documents already stored are not coded again.  Coded documents are committed in batches
    (at most `commit_every` documents or `commit_seconds`), each batch one transaction.
    `progress(n)` is called with the number of documents handled (stored or skipped) so far.
    """
    from .parallel import code_parallel

    options = options or Options()
    summary = store.IngestSummary()
    start = time.perf_counter()
    # The file is opened for each lookup and each commit and closed right after, so that
    # readers (newsdyad serve, events, stats) can open it between two chunks.
    store.Writer.retrying(db).close()

    def stored(ids):
        with store.Writer.retrying(db) as writer:
            return writer.stored(ids)

    copies: list[SourceDocument] = []
    sources = store.unseen_sources(items, summary, stored, on_copy=copies.append)
    batch: list[Document] = []
    last = time.perf_counter()

    def commit():
        if batch or copies:
            with store.Writer.retrying(db) as writer:
                if batch:
                    added, dup = writer.add(batch)
                    summary.coded += added
                    summary.present += dup
                if copies:
                    added, known = writer.add_copies(copies)
                    summary.copies += added
                    summary.present += known
        batch.clear()
        copies.clear()
        if progress:
            progress(summary.coded + summary.present)

    try:
        for doc in code_parallel(sources, options, jobs):
            batch.append(doc)
            if len(batch) >= commit_every or time.perf_counter() - last >= commit_seconds:
                commit()
                last = time.perf_counter()
        commit()
    except (KeyboardInterrupt, RuntimeError) as exc:
        # Ctrl-C during a DuckDB statement comes as RuntimeError("Query interrupted").
        if isinstance(exc, RuntimeError) and "interrupted" not in str(exc).lower():
            raise
        try:  # the documents coded so far are whole: keep them
            commit()
        except BaseException:  # a second Ctrl-C: the batch's transaction was rolled back
            pass
        summary.seconds = time.perf_counter() - start
        raise IngestInterrupted(summary) from None
    summary.seconds = time.perf_counter() - start
    return summary
