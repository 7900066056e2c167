"""Batching: cutting a stream of documents into the batches that spaCy parses together.

Two ways, both lazy and order-keeping, so memory stays flat however long the input:

- :func:`chunks`: at most ``size`` items *and* ``max_chars`` characters a chunk (what a worker
  process of ``parallel``, a Ray actor of ``scale`` or ``runner.ingest`` codes at once);
- :func:`batches`: at most ``size`` items a batch, a long item alone (what
  ``pipeline.Pipeline.code`` hands to ``nlp.pipe``; a long document is coded part by part).

>>> [len(c) for c in chunks(["ab", "cd", "efgh", "i"], size=2, max_chars=4, text=str)]
[2, 1, 1]
>>> list(batches([1, 2, 30, 4], size=5, is_long=lambda n: n > 9))
[(False, [1, 2]), (True, [30]), (False, [4])]
>>> list(batches([], size=5, is_long=bool))
[]

It imports nothing from newsdyad: the coders above it (``pipeline``, ``parallel``, ``scale``)
share it without importing one another.
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

CHUNK_SIZE = 8  # documents per task: small, so that the workers stay balanced
CHUNK_CHARS = 48_000  # characters per task (~8,000 words): bounds spaCy's working memory

T = TypeVar("T")


def chunks(items: Iterable[T], size: int = CHUNK_SIZE, max_chars: int = CHUNK_CHARS,
           text: Callable[[T], str] = lambda s: s.text) -> Iterator[list[T]]:
    """Consecutive chunks of at most `size` items and `max_chars` characters of `text`.

    An item longer than `max_chars` makes a chunk of its own; order is kept.
    """
    chunk: list[T] = []
    chars = 0
    for item in items:
        n = len(text(item))
        if chunk and (len(chunk) >= size or chars + n > max_chars):
            yield chunk
            chunk, chars = [], 0
        chunk.append(item)
        chars += n
    if chunk:
        yield chunk


def batches(items: Iterable[T], size: int, is_long: Callable[[T], bool]) -> Iterator[tuple[bool, list[T]]]:
    """Consecutive batches of at most `size` items, as ``(False, batch)``; an item for which
    `is_long` is true comes alone, as ``(True, [item])``, after the batch before it.  Order is kept
    and each batch is yielded as soon as it is full, so items are read no further ahead than that."""
    pending: list[T] = []
    for item in items:
        if is_long(item):
            if pending:
                yield False, pending
                pending = []
            yield True, [item]
            continue
        pending.append(item)
        if len(pending) >= size:
            yield False, pending
            pending = []
    if pending:
        yield False, pending
