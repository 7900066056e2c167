"""One 1,000,000-character document against the same text as 89 articles: time and memory.

    .venv/bin/python bench/long_document.py [--chars 1000000] [--articles 89] [--seed 15]

Generates `--articles` articles of our own sentences (paragraphs of 1-3 sentences), about
`--chars` / `--articles` characters each, and codes them twice, each time in a fresh process
with one job: as one document (the articles joined by blank lines: spaCy alone refuses it,
error E088) and as `--articles` separate documents.  Reports, for each, the seconds spent
coding (model loaded before the clock starts), the peak resident memory of the process
(ru_maxrss) and the events found, then the time ratio.  Targets (issue 15): ratio < 3,
peak memory <= 1.5 GB.  Nothing is read from ../shared.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from fuzz_ingest import sentence  # noqa: E402


def articles(chars: int, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    per = chars // n
    out = []
    for _ in range(n):
        paragraphs: list[str] = []
        size = 0
        while size < per:
            p = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
            paragraphs.append(p)
            size += len(p) + 2
        out.append("\n\n".join(paragraphs))
    return out


def child(mode: str, chars: int, n: int, seed: int) -> None:
    from newsdyad import SourceDocument, code_documents
    from newsdyad.pipeline import Options, load_pipeline

    texts = articles(chars, n, seed)
    if mode == "long":
        sources = [SourceDocument(text="\n\n".join(texts), doc_id="long")]
    else:
        sources = [SourceDocument(text=t, doc_id=f"a{i}") for i, t in enumerate(texts)]
    load_pipeline(Options()).code_one(SourceDocument(text="Kenya offered talks to Sudan."))  # warm up
    t0 = time.perf_counter()
    docs = list(code_documents(sources, options=Options()))
    seconds = time.perf_counter() - t0
    print(json.dumps({
        "mode": mode, "documents": len(docs), "characters": sum(len(s.text) for s in sources),
        "seconds": round(seconds, 1), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "events": sum(len(d.events) for d in docs), "actors": sum(len(d.actors) for d in docs),
        "attributions": sum(len(d.attributions) for d in docs),
    }))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=89)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--child", choices=["long", "split"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child, args.chars, args.articles, args.seed)
        return 0
    results = {}
    for mode in ("long", "split"):
        proc = subprocess.run([sys.executable, __file__, "--child", mode, "--chars", str(args.chars),
                               "--articles", str(args.articles), "--seed", str(args.seed)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
            return 2
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(json.dumps(results[mode]), flush=True)
    ratio = results["long"]["seconds"] / max(results["split"]["seconds"], 1e-9)
    peak = max(r["peak_mb"] for r in results.values())
    print(f"time ratio long/split: {ratio:.2f} (target < 3); peak memory {results['long']['peak_mb']} MB "
          f"long, {results['split']['peak_mb']} MB split (target <= 1536 MB)")
    return 0 if ratio < 3 and peak <= 1536 else 1


if __name__ == "__main__":
    sys.exit(main())
