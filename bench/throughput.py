"""Throughput: bare spaCy vs the full newsdyad pipeline (1 and 2 processes) vs Ray on 2 CPUs.

    .venv/bin/python bench/throughput.py [--n 500] [--data ../shared/data/polnear/train.jsonl]
                                         [--memory-docs 2000] [--no-ray]

Prints documents/s and words/s for each run, the ratios the project targets, and each
worker's peak resident memory.  The memory check codes --memory-docs documents (the PolNeAR
texts repeated under new ids) with 2 processes and prints each worker's peak after every
quarter, to show it stays flat.  Words are whitespace-separated tokens of the input text.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsdyad.model import SourceDocument  # noqa: E402
from newsdyad.nlp import DEFAULT_BATCH_SIZE, load_nlp  # noqa: E402
from newsdyad.parallel import code_parallel  # noqa: E402
from newsdyad.pipeline import Options  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "train.jsonl"


def load_sources(path: Path, n: int) -> list[SourceDocument]:
    out = []
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    for i, r in enumerate(islice(cycle(records), n)):
        rep = i // len(records)
        doc_id = r["id"] if rep == 0 else f"{r['id']}#{rep}"
        out.append(SourceDocument(text=r["text"], doc_id=doc_id, date=r.get("publication_date"),
                                  publisher=r.get("publisher")))
    return out


def peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- bare spaCy, in this process and in worker processes (the same harness as parallel.py)

def _parse_init(model: str | None) -> None:
    load_nlp(model)


def _parse_chunk(texts: list[str], model: str | None, batch_size: int) -> tuple[int, int, int]:
    nlp = load_nlp(model)
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch_size))
    return os.getpid(), peak_kb(), n


def bare_spacy(texts: list[str], jobs: int, model: str | None = None, chunk: int = 32) -> dict[int, int]:
    stats: dict[int, int] = {}
    if jobs == 1:
        nlp = load_nlp(model)
        for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE):
            pass
        stats[os.getpid()] = peak_kb()
        return stats
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_parse_init, initargs=(model,)) as pool:
        pending: deque = deque()
        it = iter(texts)
        while True:
            while len(pending) < 2 * jobs and (c := list(islice(it, chunk))):
                pending.append(pool.submit(_parse_chunk, c, model, DEFAULT_BATCH_SIZE))
            if not pending:
                break
            pid, kb, _ = pending.popleft().result()
            stats[pid] = max(stats.get(pid, 0), kb)
    return stats


def full_pipeline(sources: list[SourceDocument], jobs: int) -> dict[int, int]:
    stats: dict[int, int] = {}
    n = sum(1 for _ in code_parallel(sources, Options(), jobs, worker_stats=stats))
    assert n == len(sources)
    return stats


def run_ray(sources: list[SourceDocument]) -> tuple[float, dict[int, int], float]:
    from newsdyad import scale

    t0 = time.perf_counter()
    scale.init_ray(num_cpus=2)
    startup = time.perf_counter() - t0
    t0 = time.perf_counter()
    n, stats = scale.code_ray_stats(sources, num_cpus=2)
    elapsed = time.perf_counter() - t0
    assert n == len(sources), n
    scale.shutdown()
    return elapsed, stats, startup


def timed(fn, *args, label=""):
    t0 = time.perf_counter()
    stats = fn(*args)
    secs = time.perf_counter() - t0
    print(f"  ... {label}: {secs:.1f} s", file=sys.stderr, flush=True)
    return secs, stats


def mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def memory_check(path: Path, n: int) -> None:
    sources = load_sources(path, n)
    stats: dict[int, int] = {}
    quarter = max(1, n // 4)
    print(f"\nmemory, 2 processes, {n} documents: each worker's peak RSS after each quarter")
    t0 = time.perf_counter()
    for i, _ in enumerate(code_parallel(sources, Options(), 2, worker_stats=stats), 1):
        if i % quarter == 0 or i == n:
            print(f"  {i:5d} docs  {time.perf_counter() - t0:6.1f} s  "
                  + "  ".join(f"pid {p}: {mb(k)}" for p, k in sorted(stats.items())), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--memory-docs", type=int, default=2000)
    ap.add_argument("--no-ray", action="store_true")
    args = ap.parse_args()

    sources = load_sources(args.data, args.n)
    texts = [s.text for s in sources]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(sources)} documents, {words} words, model {Options().model_name}, "
          f"batch_size {DEFAULT_BATCH_SIZE}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} (other processes share the CPUs)", flush=True)
    load_nlp()  # load once before timing the in-process runs

    results: dict[str, tuple[float, dict[int, int]]] = {}
    results["spacy 1 proc"] = timed(bare_spacy, texts, 1, label="spacy 1 proc")
    results["newsdyad 1 proc"] = timed(full_pipeline, sources, 1, label="newsdyad 1 proc")
    results["spacy 2 procs"] = timed(bare_spacy, texts, 2, label="spacy 2 procs")
    results["newsdyad 2 procs"] = timed(full_pipeline, sources, 2, label="newsdyad 2 procs")
    ray_startup = None
    if not args.no_ray:
        elapsed, stats, ray_startup = run_ray(sources)
        results["newsdyad ray 2 cpus"] = (elapsed, stats)

    print(f"\n{'run':22s} {'seconds':>8s} {'docs/s':>8s} {'words/s':>9s}  peak RSS per worker")
    for name, (secs, stats) in results.items():
        mem = ", ".join(mb(k) for _, k in sorted(stats.items()))
        print(f"{name:22s} {secs:8.1f} {len(texts) / secs:8.2f} {words / secs:9.0f}  {mem}")
    if ray_startup is not None:
        print(f"(ray.init took {ray_startup:.1f} s more, not counted; worker start-up and model "
              "loading are counted in every multi-process run)")

    def rate(name):
        return len(texts) / results[name][0]

    print("\nratios (target):")
    print(f"  newsdyad / spacy, 1 proc   {rate('newsdyad 1 proc') / rate('spacy 1 proc'):.2f}  (>= 0.85)")
    print(f"  newsdyad / spacy, 2 procs  {rate('newsdyad 2 procs') / rate('spacy 2 procs'):.2f}  (>= 0.85)")
    print(f"  newsdyad 2 procs / 1 proc  {rate('newsdyad 2 procs') / rate('newsdyad 1 proc'):.2f}  (>= 1.7)")
    if "newsdyad ray 2 cpus" in results:
        print(f"  ray 2 cpus / 2 procs       {rate('newsdyad ray 2 cpus') / rate('newsdyad 2 procs'):.2f}  (>= 0.75)")
    if args.memory_docs:
        memory_check(args.data, args.memory_docs)


if __name__ == "__main__":
    main()
