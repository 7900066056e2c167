"""What every scorer needs: reading a gold JSONL file record by record."""

from __future__ import annotations

import json
from typing import Iterator


def read_jsonl(path: str, limit: int | None = None) -> Iterator[dict]:
    """The records of a JSONL file (blank lines skipped), at most `limit` of them."""
    n = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and n >= limit:
                return
            if line.strip():
                n += 1
                yield json.loads(line)
