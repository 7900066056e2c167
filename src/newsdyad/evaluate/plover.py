"""PLOVER category recall on PLOVER gold-standard records (``newsdyad eval plover FILE.jsonl``).

Input: one JSON record a line with ``text`` and ``plover_event`` — the format of
``../shared/data/plover_gsr/dev.jsonl`` (PLOVER 0.5b1 codings of CAMEO-manual sentences).

Matching (also printed by :func:`render`):

* Each record is coded by the pipeline; the output's categories are the ``plover`` values of its
  events, of any modality (a PLOVER record codes the event type the sentence reports, and
  intentions, requests and threats have their own categories).
* newsdyad uses the 2021 CAMEO->PLOVER table (PLOVER 0.8); the gold uses PLOVER 0.5b1, whose
  names differ.  These gold names are read as their 0.8 categories: DEMAND = REQUEST,
  DISAPPROVE = ACCUSE, INVESTIGATE = ACCUSE (0.8 codes investigations as ACCUSE, mode
  investigate), FIGHT = ASSAULT (0.8 maps CAMEO 19 to ASSAULT).  All other names are compared
  as they are.
* A record is recalled when at least one output event carries the gold category.  Recall =
  recalled records / records, overall and per gold category.  "Top category" also reports how
  often the first event of the record carries it, and "no event" how many records got none.
* PLOVER codes events whose perpetrator the sentence does not name ("three civilians were
  killed in a bombing"), so these records are coded with no side required (``require_source``
  off), whatever the options say about targets.
"""

from __future__ import annotations

from .common import read_jsonl

import time
from collections import Counter
from typing import Any

ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def normalise(category: str | None) -> str | None:
    if not category:
        return None
    c = category.strip().upper()
    return ALIASES.get(c, c)


def run(path: str, options=None, limit: int | None = None) -> dict:
    from ..model import SourceDocument
    from ..pipeline import load_pipeline

    import dataclasses

    from ..pipeline import Options

    pipeline = load_pipeline(dataclasses.replace(options or Options(), require_source=False))
    started = time.perf_counter()
    per_record: list[dict[str, Any]] = []
    totals: Counter = Counter()
    hits: Counter = Counter()
    first_hits = 0
    empty = 0
    n = 0
    for rec in read_jsonl(path, limit):
        n += 1
        gold = normalise(rec.get("plover_event"))
        doc = pipeline.code_one(SourceDocument(text=rec.get("text") or "", doc_id=rec.get("id")))
        cats = [normalise(e.plover) for e in doc.events]
        ok = gold in cats
        totals[gold] += 1
        hits[gold] += int(ok)
        first_hits += int(bool(cats) and cats[0] == gold)
        empty += int(not doc.events)
        per_record.append({"id": rec.get("id"), "gold": rec.get("plover_event"), "gold_v08": gold,
                           "predicted": [f"{e.code}:{e.plover}" for e in doc.events], "recalled": ok})
    recalled = sum(hits.values())
    return {
        "file": path,
        "records": n,
        "seconds": round(time.perf_counter() - started, 2),
        "recalled": recalled,
        "recall": recalled / n if n else 0.0,
        "top_category": first_hits / n if n else 0.0,
        "no_event": empty,
        "per_category": {c: {"records": totals[c], "recalled": hits[c], "recall": hits[c] / totals[c]}
                         for c in sorted(totals, key=str)},
        "per_record": per_record,
    }


def render(report: dict) -> str:
    n = report["records"]
    lines = [f"PLOVER records: {report['file']}  ({n} records, {report['seconds']} s)",
             f"  category recall   {report['recalled']}/{n} ({report['recall']:.0%})   top category "
             f"{report['top_category']:.0%}   records with no event {report['no_event']}"]
    for cat, c in report["per_category"].items():
        lines.append(f"    {cat or '-':10s} {c['recalled']:3d}/{c['records']:<3d} ({c['recall']:.0%})")
    misses = [r for r in report["per_record"] if not r["recalled"]]
    if misses:
        lines.append("  not recalled:")
        for r in misses:
            lines.append(f"    {r['id']}: gold {r['gold']} got {' '.join(r['predicted']) or '(none)'}")
    lines.append("  matching: see newsdyad.evaluate.plover (module docstring); 0.5b1 names read as 0.8: "
                 + ", ".join(f"{k}={v}" for k, v in ALIASES.items()))
    return "\n".join(lines)
