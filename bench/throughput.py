"""Throughput: bare spaCy vs the full newsdyad pipeline (1 and 2 processes) vs Ray on 2 CPUs.

    .venv/bin/python bench/throughput.py [--n 500] [--data ../shared/data/polnear/train.jsonl]
                                         [--memory-docs 2000] [--memory-ray] [--no-ray]

Every run happens in a fresh Python process (``--child RUN``) that reads only its inputs (the
--n documents, written once to a temporary JSONL file) and loads only what the run needs, so
one run's memory and warm caches never leak into the next.  Bare spaCy runs ``nlp.pipe`` with
the same model, the same ``batch_size`` and the same chunks as newsdyad (``parallel.chunks``:
at most 8 documents and 48,000 characters per ``nlp.pipe`` call), in the same harness
(forkserver workers, 4 chunks in flight per worker), so the ratios compare like with like.

Columns:
  seconds   wall-clock time of the run.  1 process: the model (and newsdyad's knowledge base)
            is loaded before the clock starts.  2 processes and Ray: worker start-up and model
            loading are counted; ``ray.init`` is not (printed apart).
  cpu s     CPU seconds (user + system) of the workers plus the coordinating process
            (1 process: the one process; Ray: the driver and the 2 coding actors, not Ray's
            own daemons).  Other programs sharing the CPUs stretch wall-clock time much more
            than CPU time, so the ``cpu`` ratios are the steadier figure (still not exact:
            contention for caches inflates CPU time by several %).
  peak RSS  each worker's peak resident set size (``ru_maxrss``), as the kernel counts it:
            anonymous memory plus mapped file pages (about 100 MB of shared libraries and
            model files, shared with the other workers).  1 process: the one process, which
            also holds the input texts.

The memory check codes --memory-docs documents (the PolNeAR texts repeated under new ids) with
2 processes (and with --memory-ray on Ray's 2 actors too) and prints each worker's peak after
every quarter, to show it stays flat.  Words are whitespace-separated tokens of the input text.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsdyad.model import SourceDocument  # noqa: E402
from newsdyad.nlp import DEFAULT_BATCH_SIZE, load_nlp  # noqa: E402
from newsdyad.parallel import IN_FLIGHT_PER_JOB, chunks, code_parallel, peak_kb  # noqa: E402
from newsdyad.pipeline import Options, load_pipeline  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data" / "polnear" / "train.jsonl"
RUNS = ("spacy 1 proc", "newsdyad 1 proc", "spacy 2 procs", "newsdyad 2 procs", "newsdyad ray 2 cpus")


def load_sources(path: Path, n: int) -> list[SourceDocument]:
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    out = []
    for i, r in enumerate(islice(cycle(records), n)):
        rep = i // len(records)
        doc_id = r["id"] if rep == 0 else f"{r['id']}#{rep}"
        out.append(SourceDocument(text=r["text"], doc_id=doc_id, date=r.get("publication_date"),
                                  publisher=r.get("publisher")))
    return out


def write_sources(sources: list[SourceDocument], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for s in sources:
            fh.write(json.dumps({"text": s.text, "doc_id": s.doc_id, "date": s.date,
                                 "publisher": s.publisher}) + "\n")


def read_sources(path: Path) -> list[SourceDocument]:
    with open(path, encoding="utf-8") as fh:
        return [SourceDocument(**json.loads(line)) for line in fh]


def self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


# --- bare spaCy, in this process and in worker processes (the same harness as parallel.py)

def _parse_init(model: str | None) -> None:
    load_nlp(model)


def _parse_chunk(texts: list[str], model: str | None) -> tuple[int, int, float, int]:
    nlp = load_nlp(model)
    n = sum(1 for _ in nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE))
    return os.getpid(), peak_kb(), time.process_time(), n


def bare_spacy(texts: list[str], jobs: int, model: str | None = None):
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    text_chunks = chunks(texts, text=lambda t: t)
    if jobs == 1:
        nlp = load_nlp(model)
        for chunk in text_chunks:
            for _ in nlp.pipe(chunk, batch_size=DEFAULT_BATCH_SIZE):
                pass
        peaks[os.getpid()] = peak_kb()
        return peaks, cpu
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_parse_init, initargs=(model,)) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < IN_FLIGHT_PER_JOB * jobs and (c := next(text_chunks, None)):
                pending.append(pool.submit(_parse_chunk, c, model))
            if not pending:
                break
            pid, kb, secs, _ = pending.popleft().result()
            peaks[pid] = max(peaks.get(pid, 0), kb)
            cpu[pid] = max(cpu.get(pid, 0.0), secs)
    return peaks, cpu


def full_pipeline(sources: list[SourceDocument], jobs: int):
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    n = sum(1 for _ in code_parallel(sources, Options(), jobs, worker_stats=peaks, worker_cpu=cpu))
    assert n == len(sources)
    return peaks, cpu


def child(run: str, sources_path: Path) -> dict:
    """One run in this (fresh) process: {secs, peaks, cpu, main_cpu[, startup]}."""
    sources = read_sources(sources_path)
    texts = [s.text for s in sources]
    out: dict = {}
    if run == "spacy 1 proc":
        load_nlp()
    elif run == "newsdyad 1 proc":
        load_pipeline(Options())
    elif run == "newsdyad ray 2 cpus":
        from newsdyad import scale

        t0 = time.perf_counter()
        scale.init_ray(num_cpus=2)
        out["startup"] = time.perf_counter() - t0
    cpu0, t0 = self_cpu(), time.perf_counter()
    if run == "newsdyad ray 2 cpus":
        n, peaks, cpu = scale.code_ray_stats(sources, num_cpus=2)
        assert n == len(sources), n
    elif run.startswith("spacy"):
        peaks, cpu = bare_spacy(texts, 1 if "1 proc" in run else 2)
    else:
        peaks, cpu = full_pipeline(sources, 1 if "1 proc" in run else 2)
    out["secs"] = time.perf_counter() - t0
    out["main_cpu"] = self_cpu() - cpu0
    out["peaks"] = peaks
    out["cpu"] = cpu
    if run == "newsdyad ray 2 cpus":
        scale.shutdown()
    return out


def run_child(run: str, sources_path: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", run, "--sources", str(sources_path)],
                          stdout=subprocess.PIPE, check=True, text=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"  ... {run}: {result['secs']:.1f} s", file=sys.stderr, flush=True)
    return result


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


def memory_check_ray(path: Path, n: int) -> None:
    from newsdyad import scale

    sources = load_sources(path, n)
    quarter = max(1, n // 4)
    marks = iter(list(range(quarter, n, quarter)) + [n])
    state = {"next": next(marks), "t0": 0.0}
    print(f"\nmemory, Ray on 2 CPUs, {n} documents: each actor's peak RSS after each quarter")

    def on_batch(done: int, peaks: dict[int, int]) -> None:
        if done >= state["next"]:
            print(f"  {done:5d} docs  {time.perf_counter() - state['t0']:6.1f} s  "
                  + "  ".join(f"pid {p}: {mb(k)}" for p, k in sorted(peaks.items())), flush=True)
            while done >= state["next"]:
                state["next"] = next(marks, n + 1)

    scale.init_ray(num_cpus=2)
    state["t0"] = time.perf_counter()
    try:
        total, _, _ = scale.code_ray_stats(sources, num_cpus=2, on_batch=on_batch)
        assert total == n, total
    finally:
        scale.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--memory-docs", type=int, default=2000)
    ap.add_argument("--memory-ray", action="store_true", help="also check Ray's actors over --memory-docs")
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--runs", help="comma-separated subset of: " + ", ".join(RUNS))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sources", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        print(json.dumps(child(args.child, args.sources)))
        return

    sources = load_sources(args.data, args.n)
    texts = [s.text for s in sources]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(sources)} documents, {words} words, model {Options().model_name}, "
          f"batch_size {DEFAULT_BATCH_SIZE}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} (other processes share the CPUs)", flush=True)
    runs = [r for r in RUNS if not (args.no_ray and "ray" in r)]
    if args.runs:
        runs = [r.strip() for r in args.runs.split(",")]

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources.jsonl"
        write_sources(sources, path)
        del sources, texts
        for run in runs:
            results[run] = run_child(run, path)

    print(f"\n{'run':22s} {'seconds':>8s} {'docs/s':>8s} {'words/s':>9s} {'cpu s':>7s}  peak RSS per worker")
    for name, r in results.items():
        mem = ", ".join(mb(k) for _, k in sorted(r["peaks"].items(), key=lambda kv: int(kv[0])))
        cpu = r["main_cpu"] + sum(r["cpu"].values())
        r["cpu_total"] = cpu
        print(f"{name:22s} {r['secs']:8.1f} {args.n / r['secs']:8.2f} {words / r['secs']:9.0f} "
              f"{cpu:7.1f}  {mem}")
    for name, r in results.items():
        if r["cpu"]:
            print(f"  {name}: coordinating process {r['main_cpu']:.1f} cpu s, workers "
                  + ", ".join(f"{c:.1f}" for c in r["cpu"].values()))
    if "startup" in results.get("newsdyad ray 2 cpus", {}):
        print(f"(ray.init took {results['newsdyad ray 2 cpus']['startup']:.1f} s more, not counted; "
              "worker start-up and model loading are counted in every multi-process run)")

    def ratio(a: str, b: str, target: str) -> None:
        if a in results and b in results:
            wall = results[b]["secs"] / results[a]["secs"]
            cpu = results[b]["cpu_total"] / results[a]["cpu_total"]
            print(f"  {a + ' / ' + b:42s} wall {wall:.2f}  cpu {cpu:.2f}  ({target})")

    print("\nratios of throughput (wall: documents per second; cpu: documents per CPU second)")
    ratio("newsdyad 1 proc", "spacy 1 proc", ">= 0.85")
    ratio("newsdyad 2 procs", "spacy 2 procs", ">= 0.85")
    if "newsdyad 2 procs" in results and "newsdyad 1 proc" in results:
        print(f"  {'newsdyad 2 procs / newsdyad 1 proc':42s} wall "
              f"{results['newsdyad 1 proc']['secs'] / results['newsdyad 2 procs']['secs']:.2f}"
              "             (>= 1.7)")
    ratio("newsdyad ray 2 cpus", "newsdyad 2 procs", ">= 0.75")
    if args.memory_docs:
        memory_check(args.data, args.memory_docs)
        if args.memory_ray:
            memory_check_ray(args.data, args.memory_docs)


if __name__ == "__main__":
    main()
