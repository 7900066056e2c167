"""Coding with several processes: each worker loads the pipeline once and runs all of it.

spaCy's own ``nlp.pipe(n_process=N)`` parallelises the parse only; the extraction stages
would then run in the parent and cap the speed-up.  Here each worker process runs parse
*and* extraction on chunks of documents.  Results come back in input order; at most
``4 * jobs`` chunks are in flight, so memory stays flat however long the input.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Iterable, Iterator

from .model import Document, SourceDocument
from .pipeline import Options, load_pipeline

CHUNK_SIZE = 8  # documents per task: small, so that the workers stay balanced
IN_FLIGHT_PER_JOB = 4  # queued chunks per worker: no worker waits on a slow head-of-line chunk

_worker_options: Options | None = None


def _init_worker(options: Options) -> None:
    global _worker_options
    _worker_options = options
    load_pipeline(options)  # once per process, before the first chunk


def _code_chunk(sources: list[SourceDocument]) -> tuple[int, int, list[dict[str, Any]]]:
    pipeline = load_pipeline(_worker_options)
    docs = [d.to_dict() for d in pipeline.code(sources)]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return os.getpid(), peak_kb, docs


def _chunks(items: Iterable[SourceDocument], size: int) -> Iterator[list[SourceDocument]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def code_parallel(sources: Iterable[SourceDocument], options: Options, jobs: int, *,
                  chunk_size: int = CHUNK_SIZE, worker_stats: dict[int, int] | None = None
                  ) -> Iterator[Document]:
    """Code `sources` with `jobs` worker processes, yielding Documents in input order.

    jobs <= 1 codes in this process.  `worker_stats`, when given, receives each worker's
    peak resident memory in KiB, keyed by process id.
    """
    if jobs <= 1:
        pipeline = load_pipeline(options)
        yield from pipeline.code(sources)
        if worker_stats is not None:
            worker_stats[os.getpid()] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return
    ctx = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    max_in_flight = max(1, jobs * IN_FLIGHT_PER_JOB)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(options,)) as pool:
        pending: deque = deque()
        chunks = _chunks(sources, chunk_size)
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < max_in_flight:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                    pending.append(pool.submit(_code_chunk, chunk))
                if not pending:
                    break
                pid, peak_kb, dicts = pending.popleft().result()
                if worker_stats is not None:
                    worker_stats[pid] = max(worker_stats.get(pid, 0), peak_kb)
                for d in dicts:
                    yield Document.from_dict(d)
        finally:
            for fut in pending:
                fut.cancel()
