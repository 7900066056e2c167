"""Scale-out on Ray (the only module that imports Ray; ``pip install newsdyad[ray]``).

The same pipeline as ``newsdyad ingest``, run as Ray Data ``map_batches`` with one actor per
worker that loads the model once.  The result is a Parquet dataset partitioned by month
(``month=YYYY-MM/``), one row per document with the child tables as nested lists; it is read
directly by ``newsdyad export/stats/events/claims/sql`` (see ``store.connect``) and by DuckDB.

Input is read by the driver and sent to Ray in blocks (``block_size`` documents), so input
of any size streams; each block starts a fresh pool of coding actors.  Documents whose id is
already in the dataset are skipped, so a rerun adds nothing.  On a cluster (``--address``)
every node needs newsdyad and its spaCy model installed.

Memory: an actor holds Ray's runtime (about 100 MB more than a ``parallel`` worker) plus the
pipeline; each Ray batch (``batch_size`` documents, 8 by default) is parsed in ``parallel``'s
bounded chunks and the freed heap is trimmed afterwards, so an actor's peak stays near a
``parallel`` worker's (see ``bench/throughput.py --memory-ray``).
"""

from __future__ import annotations

import time
from itertools import islice
from pathlib import Path
from typing import Any, Iterable

from . import store
from .pipeline import Options

DEFAULT_OUT = "newsdyad-parquet"


class _Coder:
    """A Ray Data callable class: one per actor, loading the pipeline once.

    A batch is parsed in the same chunks as ``parallel`` (``batching.chunks``: at most
    ``CHUNK_SIZE`` documents and ``CHUNK_CHARS`` characters per spaCy batch), so that spaCy's working memory stays
    bounded whatever the Ray batch size; afterwards freed heap pages go back to the system
    (Ray calls the actor from a thread of its own, whose malloc arena otherwise keeps them).
    """

    def __init__(self, options: Options):
        from .pipeline import load_pipeline

        self.pipeline = load_pipeline(options)

    def __call__(self, batch):
        from .batching import chunks
        from .model import SourceDocument
        from .parallel import release_memory

        docs = []
        for chunk in chunks(SourceDocument(**row) for row in batch.to_pylist()):
            docs.extend(self.pipeline.code(chunk))
        table = store.documents_to_parquet_rows(docs)
        del docs  # the spaCy-free Documents: released before the heap is trimmed
        release_memory()
        return table


def _source_row(s) -> dict[str, Any]:
    # Every value a string (or None): Arrow infers the same column types for every block.
    return {"text": s.text, "doc_id": s.resolved_id(), "date": s.date, "publisher": s.publisher,
            "url": s.url, "title": s.title}


def init_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect to a cluster (`address`), or start Ray on this machine with `num_cpus` CPUs."""
    import ray

    if ray.is_initialized():
        return
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=num_cpus or 2, include_dashboard=False, log_to_driver=False)
    from ray.data import DataContext

    DataContext.get_current().enable_progress_bars = False


def _workers() -> int:
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def ingest_ray(items: Iterable[Any], out: str | Path = DEFAULT_OUT, options: Options | None = None, *,
               address: str | None = None, num_cpus: int | None = None, workers: int | None = None,
               batch_size: int = 8, block_size: int = 5000, actor_cpus: float = 0.9,
               progress=None) -> store.IngestSummary:
    """Code input items (SourceDocuments / rejections) on Ray; write Parquet under `out`.

    `workers` coding actors (default: one per CPU of the cluster), each asking for
    `actor_cpus` CPUs -- a fraction, so that the read task always finds a CPU left.
    """
    import ray

    options = options or Options()
    init_ray(address, num_cpus)
    n_workers = workers or _workers()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    stored = store.existing_parquet_ids(out)
    summary = store.IngestSummary()
    start = time.perf_counter()
    sources = store.unseen_sources(items, summary, lambda ids: stored.intersection(ids))
    while block := list(islice(sources, block_size)):
        ds = ray.data.from_items([_source_row(s) for s in block])
        ds = ds.map_batches(_Coder, fn_constructor_args=(options,), batch_size=batch_size,
                            batch_format="pyarrow", num_cpus=actor_cpus,
                            compute=ray.data.ActorPoolStrategy(size=n_workers))
        # A small CPU share for the write tasks too: the coding actors hold most of the CPUs.
        ds.write_parquet(str(out), partition_cols=["month"], ray_remote_args={"num_cpus": 0.1})
        summary.coded += len(block)
        if progress:
            progress(summary.coded + summary.present)
    summary.seconds = time.perf_counter() - start
    return summary


class _CoderStats(_Coder):
    """For benchmarks: code a batch, return only its size and this actor's pid, peak memory
    (ru_maxrss, KiB) and CPU seconds so far."""

    def __call__(self, batch):
        import os
        import time

        import pyarrow as pa

        from .parallel import peak_kb

        n = super().__call__(batch).num_rows
        return pa.table({"n": [n], "pid": [os.getpid()], "peak_kb": [peak_kb()],
                         "cpu": [time.process_time()]})


def code_ray_stats(sources: Iterable[Any], options: Options | None = None, *,
                   address: str | None = None, num_cpus: int | None = None,
                   workers: int | None = None, batch_size: int = 8, actor_cpus: float = 0.9,
                   on_batch=None) -> tuple[int, dict[int, int], dict[int, float]]:
    """Code sources on Ray without writing (benchmarks).

    Returns (documents, {actor pid: peak KiB}, {actor pid: CPU seconds}).  `on_batch(done,
    peaks)`, when given, is called after every result batch (documents so far, peaks so far).
    """
    import ray

    options = options or Options()
    init_ray(address, num_cpus)
    n_workers = workers or _workers()
    ds = ray.data.from_items([_source_row(s) for s in sources])
    ds = ds.map_batches(_CoderStats, fn_constructor_args=(options,), batch_size=batch_size,
                        batch_format="pyarrow", num_cpus=actor_cpus,
                        compute=ray.data.ActorPoolStrategy(size=n_workers))
    total, peaks, cpu = 0, {}, {}
    for b in ds.iter_batches(batch_format="pyarrow", batch_size=None):
        for n, pid, kb, secs in zip(*(b.column(c).to_pylist() for c in ("n", "pid", "peak_kb", "cpu"))):
            total += n
            peaks[pid] = max(peaks.get(pid, 0), kb)
            cpu[pid] = max(cpu.get(pid, 0.0), secs)
        if on_batch is not None:
            on_batch(total, peaks)
    return total, peaks, cpu


def shutdown() -> None:
    import ray

    if ray.is_initialized():
        ray.shutdown()
