"""Attribution stage time vs spaCy parse time on PolNeAR dev texts (target: <= 5%).

    .venv/bin/python bench/attribution_overhead.py [--limit N] [--file PATH] [--repeat R]

The machine's speed drifts by 20-30% over a minute, so parse and attribution are timed
interleaved: each chunk of documents (the pipeline's chunk size) is parsed (timed), then
each document's actors are found (not counted: the stage before, which also builds the
document text both stages read, ``nlp.doc_text``) and its attributions (timed). Each
stage's total is the best of --repeat rounds.
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
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from newsdyad.actors import find_actors
    from newsdyad.attribution import find_attributions
    from newsdyad.nlp import DEFAULT_BATCH_SIZE, load_nlp
    from _common import read_texts

    texts = read_texts(args.file, args.limit)
    nlp = load_nlp()
    nlp("Warm up.")
    best_parse = best_att = float("inf")
    n_att = words = 0
    for _ in range(args.repeat):
        parse = att = 0.0
        n_att = words = 0
        for k in range(0, len(texts), DEFAULT_BATCH_SIZE):
            t0 = time.perf_counter()
            docs = list(nlp.pipe(texts[k:k + DEFAULT_BATCH_SIZE], batch_size=DEFAULT_BATCH_SIZE))
            parse += time.perf_counter() - t0
            for doc in docs:
                words += len(doc)
                acts = find_actors(doc)
                t0 = time.perf_counter()
                n_att += len(find_attributions(doc, acts).attributions)
                att += time.perf_counter() - t0
        best_parse, best_att = min(best_parse, parse), min(best_att, att)
    print(f"{len(texts)} documents, {words} tokens, {n_att} attributions")
    print(f"spaCy parse   {best_parse:7.2f} s  ({words / best_parse:,.0f} tokens/s, best of {args.repeat})")
    print(f"attribution   {best_att:7.2f} s  (best of {args.repeat})")
    print(f"overhead      {best_att / best_parse * 100:6.1f} %  of parse time (target <= 5%)")


if __name__ == "__main__":
    main()
