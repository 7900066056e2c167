"""Time of the actors stage against spaCy parse time on PolNeAR dev texts.

    .venv/bin/python bench/actors_overhead.py [--limit N] [--shared DIR] [--phoenix]

Prints the knowledge-base load time, parse time, actor-coding time and their ratio
(target: actors <= 5% of parse time).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path


def main() -> None:
    repo = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=os.environ.get("NEWSDYAD_SHARED", str(repo.parent / "shared")))
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--phoenix", action="store_true", help="also load the Phoenix dictionaries")
    args = ap.parse_args()

    from newsdyad.actors import find_actors
    from newsdyad.actors.kb import build_knowledge_base
    from _common import read_texts, timed_parse

    shared = Path(args.shared) / "data"
    actors_files: tuple[str, ...] = ()
    agents_files: tuple[str, ...] = ()
    if args.phoenix:
        p = shared / "petrarch2"
        actors_files = tuple(str(p / f"Phoenix.{n}.actors.txt") for n in ("Countries", "International", "MilNonState"))
        agents_files = (str(p / "Phoenix.agents.txt"),)
    t0 = time.perf_counter()
    kb = build_knowledge_base(actors_files, agents_files)
    kb_time = time.perf_counter() - t0

    docs, parse = timed_parse(read_texts(shared / "polnear" / "dev.jsonl", args.limit))
    t0 = time.perf_counter()
    n_actors = 0
    for doc in docs:
        n_actors += len(find_actors(doc, date="2016-10-01", kb=kb))
    actors = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    print(f"knowledge base: {kb.stats()['entries']} entries, built in {kb_time:.3f} s")
    print(f"{len(docs)} PolNeAR dev texts, {words} tokens, {n_actors} actors")
    print(f"spaCy parse   {parse:7.2f} s  ({words / parse:,.0f} tokens/s)")
    print(f"actors stage  {actors:7.3f} s  = {100 * actors / parse:.1f}% of parse time")


if __name__ == "__main__":
    main()
