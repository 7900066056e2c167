"""Progress bars on standard error (rich), for long runs."""

from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def track_documents(documents: Iterable[T], stats=None, total: int | None = None,
                    description: str = "coding") -> Iterator[T]:
    """Yield `documents` unchanged while a bar on stderr shows documents, docs/s and time left."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task(description, total=total, rate="-")
        for item in documents:
            yield item
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 0.0
            done = progress.tasks[0].completed
            rejected = len(stats.rejected) if stats is not None else 0
            progress.update(task, rate=f"{done / elapsed:.1f}" if elapsed > 0 else "-",
                            description=f"{description} ({rejected} rejected)" if rejected else description)
