"""Attribution stage time vs spaCy parse time on PolNeAR dev texts (target: <= 5%).

    .venv/bin/python bench/attribution_overhead.py [--limit N] [--file PATH]

Parses the texts once (timed), then runs the attribution stage on the parsed docs
(timed, best of --repeat runs). As in the pipeline, each document's actors are found
just before its attributions (not counted): the actor stage builds the document text
that both stages read (``nlp.doc_text``), so that cost is not charged to attribution.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", default=str(REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from newsdyad.actors import find_actors
    from newsdyad.attribution import find_attributions
    from _common import read_texts, timed_parse

    docs, parse = timed_parse(read_texts(args.file, args.limit))
    best = float("inf")
    n_att = 0
    for _ in range(args.repeat):
        spent, n_att = 0.0, 0
        for doc in docs:
            acts = find_actors(doc)  # the stage before, as in the pipeline (not counted)
            t0 = time.perf_counter()
            n_att += len(find_attributions(doc, acts).attributions)
            spent += time.perf_counter() - t0
        best = min(best, spent)
    words = sum(len(d) for d in docs)
    print(f"{len(docs)} documents, {words} tokens, {n_att} attributions")
    print(f"spaCy parse   {parse:7.2f} s  ({words / parse:,.0f} tokens/s)")
    print(f"attribution   {best:7.2f} s  (best of {args.repeat})")
    print(f"overhead      {best / parse * 100:6.1f} %  of parse time (target <= 5%)")


if __name__ == "__main__":
    main()
