"""Coding with several processes: each worker loads the pipeline once and runs all of it.

spaCy's own ``nlp.pipe(n_process=N)`` parallelises the parse only; the extraction stages
would then run in the parent and cap the speed-up.  Here each worker process runs parse
*and* extraction on chunks of documents.  Results come back in input order; at most
``4 * jobs`` chunks are in flight, so memory stays flat however long the input.

Memory: spaCy's working memory while parsing grows with the words in a batch (about 20 MB
per 1,000 words with en_core_web_sm), so a chunk holds at most ``CHUNK_SIZE`` documents
*and* at most ``CHUNK_CHARS`` characters (a longer document goes alone).  One process
(``jobs=1``) codes the same chunks, so every engine parses the same batches.  After a chunk,
a worker above ``TRIM_ABOVE_KB`` resident hands freed heap pages back to the system.

The main process only sends texts and rebuilds Documents from dicts: measured at about
0.7 ms of CPU per document, under 0.5 % of a worker's time per document.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import resource
import signal
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator

from .batching import CHUNK_CHARS, CHUNK_SIZE, chunks
from .model import Document, SourceDocument
from .pipeline import Options, load_pipeline

IN_FLIGHT_PER_JOB = 4  # queued chunks per worker: no worker waits on a slow head-of-line chunk
TRIM_ABOVE_KB = 400 * 1024  # resident size above which a worker returns freed heap pages

_worker_options: Options | None = None

GUARD_ADVICE = ("put the code that calls it under `if __name__ == \"__main__\":` in your script "
                "(worker processes import the script again), or use jobs=1")


class WorkerStartError(RuntimeError):
    """The worker processes could not start or died."""


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # glibc only
    except (OSError, AttributeError):
        return None


def resident_kb() -> int:
    """This process's resident size now, in KiB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except OSError:
        return 0


def release_memory(above_kb: int = TRIM_ABOVE_KB) -> None:
    """Give freed heap pages back to the system when this process holds more than `above_kb`.

    glibc keeps what spaCy frees after a batch in its heaps (in Ray, in the calling thread's
    own arena), so the resident size ratchets up with fragmentation; ``malloc_trim`` returns
    it.  Only above the threshold, because re-faulting the pages costs CPU.
    """
    trim = _malloc_trim()
    if trim is not None and resident_kb() > above_kb:
        trim(0)


def peak_kb() -> int:
    """This process's peak resident size so far (ru_maxrss), in KiB on Linux."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _init_worker(options: Options) -> None:
    global _worker_options
    # Ctrl-C goes to the whole process group: the parent stops the run and reports;
    # workers must not print a KeyboardInterrupt traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_options = options
    load_pipeline(options)  # once per process, before the first chunk


def _code_chunk(sources: list[SourceDocument]) -> tuple[int, int, float, list[dict[str, Any]]]:
    pipeline = load_pipeline(_worker_options)
    docs = [d.to_dict() for d in pipeline.code(sources)]
    peak = peak_kb()
    release_memory()
    return os.getpid(), peak, time.process_time(), docs


def code_parallel(sources: Iterable[SourceDocument], options: Options, jobs: int, *,
                  chunk_size: int = CHUNK_SIZE, max_chars: int = CHUNK_CHARS,
                  worker_stats: dict[int, int] | None = None,
                  worker_cpu: dict[int, float] | None = None) -> Iterator[Document]:
    """Code `sources` with `jobs` worker processes, yielding Documents in input order.

    jobs <= 1 codes in this process, in the same chunks.  `worker_stats`, when given,
    receives each worker's peak resident memory in KiB, keyed by process id; `worker_cpu`
    each worker's CPU seconds (user + system) so far.
    """
    if jobs <= 1:
        pipeline = load_pipeline(options)
        for chunk in chunks(sources, chunk_size, max_chars):
            yield from pipeline.code(chunk)
            release_memory()
            if worker_stats is not None:
                worker_stats[os.getpid()] = peak_kb()
        return
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        # We are a worker process importing the user's script again, and the script
        # starts coding at import: starting workers from here would never end.
        raise WorkerStartError(f"code_documents(..., jobs={jobs}) ran while a worker process was "
                               f"starting: {GUARD_ADVICE}")
    ctx = multiprocessing.get_context(_start_method())
    max_in_flight = max(1, jobs * IN_FLIGHT_PER_JOB)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                               initargs=(options,))
    pending: deque = deque()
    todo = chunks(sources, chunk_size, max_chars)
    exhausted = False
    finished = False
    try:
        while True:
            while not exhausted and len(pending) < max_in_flight:
                chunk = next(todo, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append(pool.submit(_code_chunk, chunk))
            if not pending:
                break
            try:
                pid, peak, cpu, dicts = pending.popleft().result()
            except BrokenProcessPool as exc:
                raise WorkerStartError(f"the worker processes died ({exc}). If you called "
                                       f"code_documents(..., jobs={jobs}) from a script: {GUARD_ADVICE}") from None
            if worker_stats is not None:
                worker_stats[pid] = max(worker_stats.get(pid, 0), peak)
            if worker_cpu is not None:
                worker_cpu[pid] = max(worker_cpu.get(pid, 0.0), cpu)
            for d in dicts:
                yield Document.from_dict(d)
        finished = True
    finally:
        for fut in pending:
            fut.cancel()
        # Interrupted, failed or abandoned: queued chunks are cancelled and the workers end
        # after their current chunk (they ignore SIGINT; killing them would leave the pool's
        # manager thread failing on the cancelled futures).
        pool.shutdown(wait=finished, cancel_futures=True)


def _called_from_script_top_level() -> bool:
    """True when the first caller outside newsdyad is the top level of the script being run
    (``python script.py`` with no ``if __name__ == "__main__":`` function around the call)."""
    frame = sys._getframe(1)
    package = __name__.rpartition(".")[0]
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name != package and not name.startswith(package + "."):
            return name == "__main__" and frame.f_code.co_name == "<module>"
        frame = frame.f_back
    return False


def _start_method() -> str:
    """forkserver (spawn where there is none): workers start clean.  For a call at the top
    level of a script, fork: forkserver and spawn import the script again in each worker,
    which would run the call again (a script without a __main__ guard)."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _called_from_script_top_level():
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"
