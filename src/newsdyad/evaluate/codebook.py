"""Codebook-style sentences scored one by one (``newsdyad eval codebook FILE.jsonl``).

Input: one JSON record a line with ``text``, ``code`` (the CAMEO code a careful coder gives),
``source`` and ``target`` (actor codes; ``null`` when the sentence names none) — the format of
``eval/cameo/own-examples.jsonl``, our own sentences in the style of the CAMEO manual's examples.

Matching (also printed by :func:`render`):

* Each sentence is coded by the pipeline with no side required (``require_source`` off), so a
  code is counted even when its source is not found; events of any modality count.
* Root recall: some event carries the gold code's root (first two digits).  Full-code recall:
  some event carries the gold code itself.  No event: the sentence gave no event at all.
* Source country: of the sentences whose root was recalled and whose gold has a source, how many
  have an event of that root whose source names the same country (or organisation), compared as
  ``newsdyad eval news`` does (:func:`newsdyad.evaluate.news.country_match`).
* ``--half A`` scores the odd lines (1st, 3rd, ...), ``--half B`` the even ones: study one half
  when writing rules, report the other as held out.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from typing import Any

from .common import read_jsonl

HALVES = ("A", "B")


def _records(path: str, half: str | None, limit: int | None) -> list[tuple[int, dict]]:
    rows = list(enumerate(read_jsonl(path), start=1))
    if half:
        h = half.upper()
        if h not in HALVES:
            raise ValueError(f"--half must be A or B, not {half!r}")
        rows = [(i, r) for i, r in rows if (i % 2 == 1) == (h == "A")]
    return rows[:limit] if limit else rows


def run(path: str, options=None, limit: int | None = None, half: str | None = None) -> dict:
    from ..model import SourceDocument
    from ..pipeline import Options, load_pipeline
    from .news import country_match

    pipeline = load_pipeline(dataclasses.replace(options or Options(), require_source=False))
    started = time.perf_counter()
    per_record: list[dict[str, Any]] = []
    totals: Counter = Counter()
    root_hits: Counter = Counter()
    n = full = root = empty = src_n = src_ok = 0
    for line, rec in _records(path, half, limit):
        n += 1
        gold = str(rec["code"]).strip()
        groot = gold[:2]
        doc = pipeline.code_one(SourceDocument(text=rec.get("text") or "", doc_id=str(line)))
        events = list(doc.events)
        root_ok = any(e.code[:2] == groot for e in events)
        full_ok = any(e.code == gold for e in events)
        n_root = [e for e in events if e.code[:2] == groot]
        source_ok = None
        if root_ok and rec.get("source"):
            src_n += 1
            source_ok = any(country_match(rec["source"], e.source.code) for e in n_root)
            src_ok += int(source_ok)
        totals[groot] += 1
        root_hits[groot] += int(root_ok)
        root += int(root_ok)
        full += int(full_ok)
        empty += int(not events)
        per_record.append({"line": line, "text": rec.get("text"), "gold": gold, "gold_source": rec.get("source"),
                           "predicted": [f"{e.source.code or '-'}:{e.code}:{e.target.code or '-'}" for e in events],
                           "root": root_ok, "full": full_ok, "source": source_ok})
    pct = (lambda a, b: a / b if b else 0.0)
    return {
        "file": path,
        "half": half.upper() if half else None,
        "records": n,
        "seconds": round(time.perf_counter() - started, 2),
        "root_recalled": root, "root_recall": pct(root, n),
        "full_recalled": full, "full_recall": pct(full, n),
        "no_event": empty, "no_event_rate": pct(empty, n),
        "source_scored": src_n, "source_correct": src_ok, "source_accuracy": pct(src_ok, src_n),
        "per_root": {r: {"records": totals[r], "recalled": root_hits[r]} for r in sorted(totals)},
        "per_record": per_record,
    }


def render(report: dict) -> str:
    n = report["records"]
    half = f" half {report['half']}" if report["half"] else ""
    lines = [f"Codebook sentences: {report['file']}{half}  ({n} records, {report['seconds']} s)",
             f"  root recall       {report['root_recalled']}/{n} ({report['root_recall']:.0%})",
             f"  full-code recall  {report['full_recalled']}/{n} ({report['full_recall']:.0%})",
             f"  no event          {report['no_event']}/{n} ({report['no_event_rate']:.0%})",
             f"  source country    {report['source_correct']}/{report['source_scored']} "
             f"({report['source_accuracy']:.0%}) of root hits with a gold source",
             "  by root: " + "  ".join(f"{r}:{c['recalled']}/{c['records']}" for r, c in report["per_root"].items())]
    misses = [r for r in report["per_record"] if not r["root"]]
    if misses:
        lines.append("  root missed:")
        for r in misses:
            lines.append(f"    {r['line']}: gold {r['gold']} got {' '.join(r['predicted']) or '(none)'}  | {r['text']}")
    wrong_src = [r for r in report["per_record"] if r["source"] is False]
    if wrong_src:
        lines.append("  wrong source country:")
        for r in wrong_src:
            lines.append(f"    {r['line']}: gold {r['gold_source']} {r['gold']} got {' '.join(r['predicted'])}  | {r['text']}")
    sub = [r for r in report["per_record"] if r["root"] and not r["full"]]
    if sub:
        lines.append("  right root, other code:")
        for r in sub:
            lines.append(f"    {r['line']}: gold {r['gold']} got {' '.join(r['predicted'])}  | {r['text']}")
    lines.append("  matching: see newsdyad.evaluate.codebook (module docstring)")
    return "\n".join(lines)
