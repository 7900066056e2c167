"""Progress bars on standard error (rich), for long runs: documents, docs/s and time left."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


class DocumentProgress:
    """A bar on stderr, advanced with the number of documents done; does nothing when disabled."""

    def __init__(self, total: int | None, enabled: bool = True, description: str = "coding"):
        self.enabled = enabled
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self.bar = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True))
        self.task = self.bar.add_task(description, total=total, rate="-")
        self.bar.start()

    def __call__(self, done: int, description: str | None = None) -> None:
        if not self.enabled:
            return
        elapsed = self.bar.tasks[0].elapsed or 0.0
        extra = {"description": description} if description else {}
        self.bar.update(self.task, completed=done, rate=f"{done / elapsed:.1f}" if elapsed else "-", **extra)

    def stop(self) -> None:
        if self.enabled:
            self.bar.stop()


def estimate_records(inputs: Iterable[str]) -> int | None:
    """Records in the inputs, counted cheaply (lines of JSONL/CSV, one per other file); None for stdin."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        p = Path(name)
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        for f in files:
            suffix = f.suffix.lower()
            if suffix in (".jsonl", ".ndjson", ".csv", ".tsv"):
                try:
                    with open(f, "rb") as fh:
                        n = sum(1 for line in fh if line.strip())
                except OSError:
                    continue
                total += n - (1 if suffix in (".csv", ".tsv") and n else 0)
            else:
                total += 1
    return total


def track_documents(documents: Iterable[T], stats=None, total: int | None = None,
                    description: str = "coding") -> Iterator[T]:
    """Yield `documents` unchanged while the bar shows how many are done (and rejected)."""
    bar = DocumentProgress(total, True, description)
    try:
        for done, item in enumerate(documents, start=1):
            yield item
            rejected = len(stats.rejected) if stats is not None else 0
            bar(done, f"{description} ({rejected} rejected)" if rejected else None)
    finally:
        bar.stop()
