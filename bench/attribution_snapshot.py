"""Snapshot the attribution stage's output on PolNeAR, to prove a refactor changed nothing.

    python bench/attribution_snapshot.py dev train --out /tmp/before.jsonl
    ... refactor ...
    python bench/attribution_snapshot.py dev train --out /tmp/after.jsonl --compare /tmp/before.jsonl

Every attribution of every document is written out whole (source, cue, content, kind, parent,
rule), so identical snapshots mean identical PolNeAR figures, and more.  Parsing dominates the
cost, so the parsed documents are kept as spaCy DocBins in --cache (default
~/.cache/newsdyad-bench) and re-used: a second run only re-runs actors and attribution.
Exit status 1 when --compare finds a difference.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from _common import REPO

SPLITS = {name: REPO.parent / "shared" / "data" / "polnear" / f"{name}.jsonl" for name in ("dev", "train")}


def _records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _parsed(nlp, texts: list[str], cache: Path, name: str):
    """The texts parsed, from the cache when it was made by this model on these texts."""
    from spacy.tokens import DocBin

    key = hashlib.sha1(("\0".join(texts) + nlp.meta["name"] + nlp.meta["version"]).encode()).hexdigest()[:12]
    path = cache / f"polnear-{name}-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    from newsdyad.nlp import DEFAULT_BATCH_SIZE

    docs = list(nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def snapshot(names: list[str], cache: Path):
    """Yield one line per document: its split, index and every attribution found in it."""
    from newsdyad.actors import find_actors
    from newsdyad.attribution import find_attributions
    from newsdyad.pipeline import load_pipeline

    pipeline = load_pipeline()
    for name in names:
        records = _records(SPLITS[name])
        docs = _parsed(pipeline.nlp, [r["text"] for r in records], cache, name)
        for i, (rec, doc) in enumerate(zip(records, docs)):
            actors = find_actors(doc, date=rec.get("publication_date"), kb=pipeline.kb)
            result = find_attributions(doc, actors)
            yield {"split": name, "doc": i,
                   "attributions": [a.to_dict() for a in result.attributions]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("splits", nargs="+", choices=sorted(SPLITS))
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier snapshot: report every document that differs")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "newsdyad-bench")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    n_docs = n_attr = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for line in snapshot(args.splits, args.cache):
            n_docs += 1
            n_attr += len(line["attributions"])
            fh.write(json.dumps(line, sort_keys=True) + "\n")
    print(f"{n_docs} documents, {n_attr} attributions -> {args.out} ({time.perf_counter() - t0:.0f} s)")
    if args.compare is None:
        return 0
    before = {(d["split"], d["doc"]): d for d in map(json.loads, args.compare.read_text().splitlines())}
    after = {(d["split"], d["doc"]): d for d in map(json.loads, args.out.read_text().splitlines())}
    differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    for split, doc in differ[:20]:
        print(f"differs: {split} document {doc}")
    print(f"{len(differ)} of {len(after)} documents differ from {args.compare}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
