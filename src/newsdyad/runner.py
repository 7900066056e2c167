"""Coding a stream of inputs end to end, with counts: the library function behind `newsdyad code`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .ingest import Rejection, read_inputs
from .model import Document, SourceDocument
from .pipeline import Options, code_documents


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
