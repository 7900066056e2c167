"""What the stage benchmarks share: PolNeAR texts, and one timed spaCy parse of them."""

from __future__ import annotations

import json
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
POLNEAR_DEV = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def read_texts(path: str | Path = POLNEAR_DEV, limit: int | None = None) -> list[str]:
    texts: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if limit and len(texts) >= limit:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def timed_parse(texts: list[str]):
    """(docs, seconds): the texts parsed by the default pipeline as newsdyad parses them."""
    from newsdyad.nlp import DEFAULT_BATCH_SIZE, load_nlp

    nlp = load_nlp()
    nlp("Warm up.")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=DEFAULT_BATCH_SIZE))
    return docs, time.perf_counter() - t0
