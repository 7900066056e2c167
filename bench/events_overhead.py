"""Events stage time against spaCy parse time on PolNeAR dev texts (target: <= 10%).

    .venv/bin/python bench/events_overhead.py [../shared/data/polnear/dev.jsonl] [--limit N]

The actors and attribution stages run first (untimed) so that find_events sees real input; the
events stage is then timed alone, over the same parsed Docs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsdyad.actors import find_actors
from newsdyad.attribution import find_attributions
from newsdyad.events import find_events
from newsdyad.events.lexicon import load_lexicon
from _common import read_texts, timed_parse
from newsdyad.pipeline import _load_kb, Options

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    kb = _load_kb(Options())
    load_lexicon()
    docs, parse = timed_parse(read_texts(args.path, args.limit))
    inputs = []
    for doc in docs:
        actors = find_actors(doc, date=None, kb=kb)
        attributed = find_attributions(doc, actors)
        inputs.append((doc, attributed.actors, attributed.attributions))
    t0 = time.perf_counter()
    n_events = 0
    for doc, actors, attributions in inputs:
        n_events += len(find_events(doc, actors=actors, attributions=attributions, date="2016-10-01"))
    events = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    print(f"{len(docs)} documents, {words} tokens, {n_events} events")
    print(f"spaCy parse   {parse:7.2f} s  ({words / parse:,.0f} tokens/s)")
    print(f"events stage  {events:7.2f} s  = {events / parse:.1%} of parse time (target <= 10%)")


if __name__ == "__main__":
    main()
