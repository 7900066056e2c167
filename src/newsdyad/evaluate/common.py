"""What every scorer needs: reading a gold JSONL file record by record, and its dates."""

from __future__ import annotations

import json
from datetime import date as _date
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


def iso_date(value: str | None) -> str | None:
    """YYYYMMDD (or ISO) -> YYYY-MM-DD; None when it is not a date."""
    if not value:
        return None
    v = str(value).strip().replace("-", "")
    if len(v) >= 8 and v[:8].isdigit():
        try:
            return _date(int(v[:4]), int(v[4:6]), int(v[6:8])).isoformat()
        except ValueError:
            return None
    return None
