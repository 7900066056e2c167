"""Kill `newsdyad ingest` with SIGKILL at random points, resume, and compare with a clean run.

    .venv/bin/python bench/kill_ingest.py [--runs 20] [--records 150] [--jobs 2] [--seed 15] [--dir DIR]

Writes `--records` short generated records (with a few rejections, repeated ids and
syndicated copies among them), ingests them once cleanly, then `--runs` times: starts the
same ingest into a fresh database, sends SIGKILL to its whole process group (the command and
its worker processes) at a random point -- four runs in five while batches are being
written (a random delay after the first commit, within the clean run's writing time), one in
five at any moment of the run -- runs
the same command again to the end, and compares every table (all columns but added_at) with
the clean run.  Prints each run and "exact: N of --runs"; exit status 0 when all are exact.
All texts are generated here; nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from fuzz_ingest import article  # noqa: E402


def records(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []
    for i in range(n):
        r = rng.random()
        if r < 0.05 and out:  # the same text from another publisher: a copy
            out.append({"text": out[-1]["text"], "publisher": f"Copy {i}"})
        elif r < 0.08:
            out.append({"id": f"k{i}", "text": article(rng), "date": "2013-02-30"})  # rejected
        else:
            rec = {"text": article(rng), "date": f"2013-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                   "publisher": rng.choice(["Wire A", "Paper B"])}
            if rng.random() < 0.8:
                rec["id"] = f"k{i}"
            out.append(rec)
    return out


def command(src: Path, db: Path, jobs: int) -> list[str]:
    return [sys.executable, "-c", "from newsdyad.cli import main; main()", "ingest", str(src),
            "--db", str(db), "--jobs", str(jobs), "--no-progress"]


def fingerprint(db: Path) -> dict[str, list[str]]:
    sys.path.insert(0, str(REPO / "src"))
    from newsdyad import store

    con = store.connect(db)
    try:
        out = {}
        for table, cols in store.TABLES.items():
            names = ", ".join(f'"{c}"' for c, _, _ in cols if c != "added_at")
            out[table] = sorted(map(repr, con.execute(f"SELECT {names} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


TABLES_WAL_BYTES = 14_000  # creating the tables writes about 12 KB of log; a batch of documents more


def wait_first_commit(db: Path, proc, timeout: float = 600) -> float | None:
    """Seconds until the first batch of documents is committed (the write-ahead log grows past
    what creating the tables wrote), or None when the process ended first."""
    wal = Path(str(db) + ".wal")
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > TABLES_WAL_BYTES:
            return time.perf_counter() - t0
        time.sleep(0.05)
    return None


def fresh(db: Path) -> None:
    for p in (db, Path(str(db) + ".wal")):
        if p.exists():
            p.unlink()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--records", type=int, default=150)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--dir", default="/tmp/newsdyad-kill")
    args = ap.parse_args(argv)
    work = Path(args.dir)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records(args.records, args.seed)), encoding="utf-8")

    clean = work / "clean.duckdb"
    fresh(clean)
    t0 = time.perf_counter()
    proc = subprocess.Popen(command(src, clean, args.jobs), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    to_first_commit = wait_first_commit(clean, proc) or 0.0
    _, err = proc.communicate()
    first = subprocess.CompletedProcess(proc.args, proc.returncode, "", err)
    clean_seconds = time.perf_counter() - t0
    write_window = max(1.0, clean_seconds - to_first_commit)
    if first.returncode not in (0, 1):
        print(first.stderr[-3000:])
        return 2
    expected = fingerprint(clean)
    print(f"clean run: {clean_seconds:.1f} s, first commit after {to_first_commit:.1f} s; "
          f"{first.stderr.strip().splitlines()[-1]}; "
          f"{len(expected['documents'])} documents, {len(expected['event_mentions'])} event mentions, "
          f"{len(expected['copies'])} copies", flush=True)

    rng = random.Random(args.seed)
    exact = mid_run = 0
    for run in range(1, args.runs + 1):
        db = work / "killed.duckdb"
        fresh(db)
        proc = subprocess.Popen(command(src, db, args.jobs), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        if run % 5 == 1:  # one run in five: at any moment, mostly before anything is stored
            delay = rng.uniform(0, clean_seconds)
            time.sleep(delay)
            when = f"{delay:.1f} s after start"
        else:  # the others: while batches are being written
            waited = wait_first_commit(db, proc) or 0.0
            delay = rng.uniform(0, write_window)
            time.sleep(delay)
            when = f"{delay:.1f} s after the first commit (at {waited:.1f} s)"
        alive = proc.poll() is None
        if alive:
            os.killpg(proc.pid, signal.SIGKILL)
            mid_run += 1
        proc.wait()
        stored = 0
        if db.exists():
            try:
                stored = len(fingerprint(db)["documents"])
            except Exception as exc:  # a database that cannot be opened is a failure
                print(f"run {run}: killed database unreadable: {exc}")
        resumed = subprocess.run(command(src, db, args.jobs), capture_output=True, text=True)
        ok = resumed.returncode in (0, 1) and "Traceback" not in resumed.stderr and fingerprint(db) == expected
        exact += ok
        summary = resumed.stderr.strip().splitlines()[-1] if resumed.stderr.strip() else "(no output)"
        print(f"run {run}: killed {when} ({'mid-run' if alive else 'already finished'}), "
              f"{stored} documents stored before resume; resume: {summary}; "
              f"{'EXACT' if ok else 'DIFFERENT'}", flush=True)
    print(f"exact: {exact} of {args.runs} ({mid_run} killed mid-run)")
    return 0 if exact == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
