"""Score CAMEO triples against PETRARCH-style records (``newsdyad eval records FILE.jsonl``).

Input: one JSON record a line with ``id``, ``date`` (YYYYMMDD), ``text``, ``events`` (a list of
``{"source", "target", "code"}``) and ``no_events_expected`` — the format of
``../shared/data/petr2_gsr/dev.jsonl``.

Matching (also printed by :func:`render`):

* Predicted triples: one per output event that is asserted, intended or requested (a careful
  coder does not code negated or hypothetical events) and whose source has a code (PETRARCH
  codes no event without a source actor), as ``(source code, target code, CAMEO code)``; a
  target without a code is ``---``.  Duplicate triples count once.
* Actor codes: a gold ``---`` matches only a missing participant; a gold ``---XXX`` (country
  unknown) matches any code whose sector part (after the 3-letter country) starts with ``XXX``;
  a gold code that gives only a country (3 letters) matches any code of that country
  (``USAGOV`` for ``USA``); a longer gold code matches itself or a more specific code
  (``USAGOVX`` for ``USAGOV``).  Country level (the second line of the report) compares only the
  first three letters of both (and the sector for ``---XXX``).
* Event codes: identical strings (``190`` does not match ``193``); "root" compares the two-digit
  root code only.
* Gold and predicted triples are paired one-to-one, greedily in gold order.  Triple precision
  = pairs / predicted, recall = pairs / gold.  A record matches exactly when every gold triple is
  paired and nothing is predicted beyond them (for ``no_events_expected``: no triple at all).
  Dyad match is the same with the event code ignored.

A ``.xml`` file is read as PETRARCH's own unit-test records and scored by
:mod:`newsdyad.evaluate.petr_unittest` (PETRARCH's matching, the file's dictionaries and switches).
"""

from __future__ import annotations

import time
from typing import Any

from .common import iso_date, read_jsonl

CODED_MODALITIES = ("asserted", "intended", "requested")


def actor_match(gold: str, pred: str, country_level: bool = False) -> bool:
    gold, pred = (gold or "---").upper(), (pred or "---").upper()
    if gold == "---":
        return pred == "---"
    if pred == "---":
        return False
    if gold.startswith("---"):
        sector = gold[3:]
        return pred[3:].startswith(sector) or pred.startswith(sector)
    if country_level or len(gold) == 3:
        return pred[:3] == gold[:3]
    return pred.startswith(gold)


def triple_match(g: dict, p: tuple[str, str, str], *, country_level=False, ignore_code=False, root=False) -> bool:
    if not (actor_match(g["source"], p[0], country_level) and actor_match(g["target"], p[1], country_level)):
        return False
    if ignore_code:
        return True
    return p[2][:2] == str(g["code"])[:2] if root else p[2] == str(g["code"])


def predicted_triples(doc) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for ev in doc.events:
        if ev.modality not in CODED_MODALITIES or not ev.source.code:
            continue
        t = (ev.source.code or "---", ev.target.code or "---", ev.code)
        if t not in out:
            out.append(t)
    return out


def _pair(golds: list[dict], preds: list[tuple], **kw) -> int:
    used: set[int] = set()
    n = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and triple_match(g, p, **kw):
                used.add(i)
                n += 1
                break
    return n


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0}


VARIANTS = {
    "exact": {},
    "country_level": {"country_level": True},
    "root_code": {"root": True},
    "dyad": {"ignore_code": True},
}


def run(path: str, options=None, limit: int | None = None) -> dict:
    if str(path).lower().endswith(".xml"):  # PETRARCH's own unit-test records
        from . import petr_unittest

        return petr_unittest.run(path, options, limit=limit)
    from ..model import SourceDocument
    from ..pipeline import load_pipeline

    pipeline = load_pipeline(options)
    started = time.perf_counter()
    totals = {k: {"tp": 0, "pred": 0, "gold": 0, "records": 0} for k in VARIANTS}
    per_record: list[dict[str, Any]] = []
    n = 0
    for rec in read_jsonl(path, limit):
        n += 1
        text = rec.get("text") or ""
        golds = list(rec.get("events") or [])
        doc = pipeline.code_one(SourceDocument(text=text, doc_id=rec.get("id"), date=iso_date(rec.get("date"))))
        preds = predicted_triples(doc) if text.strip() else []
        row: dict[str, Any] = {"id": rec.get("id"), "gold": [[g["source"], g["target"], g["code"]] for g in golds],
                               "predicted": [list(p) for p in preds]}
        for name, kw in VARIANTS.items():
            tp = _pair(golds, preds, **kw)
            ok = tp == len(golds) and len(preds) == len(golds)
            t = totals[name]
            t["tp"] += tp
            t["pred"] += len(preds)
            t["gold"] += len(golds)
            t["records"] += int(ok)
            row[name] = ok
        per_record.append(row)
    report: dict[str, Any] = {"file": path, "records": n, "seconds": round(time.perf_counter() - started, 2)}
    for name, t in totals.items():
        report[name] = {"record_match": t["records"], "record_rate": t["records"] / n if n else 0.0,
                        "triples": _prf(t["tp"], t["pred"], t["gold"])}
    report["per_record"] = per_record
    return report


def render(report: dict) -> str:
    if report.get("format") == "petrarch-unittest":
        from . import petr_unittest

        return petr_unittest.render(report)
    n = report["records"]
    lines = [f"PETRARCH-style records: {report['file']}  ({n} records, {report['seconds']} s)"]
    labels = {"exact": "exact codes", "country_level": "country level", "root_code": "root code",
              "dyad": "dyad (no code)"}
    for name, label in labels.items():
        r = report[name]
        t = r["triples"]
        lines.append(f"  {label:15s} records {r['record_match']:3d}/{n} ({r['record_rate']:.0%})   triples "
                     f"P {t['precision']:.2f} R {t['recall']:.2f} F1 {t['f1']:.2f}  "
                     f"(tp {t['tp']}, predicted {t['predicted']}, gold {t['gold']})")
    misses = [r for r in report["per_record"] if not r["exact"]]
    if misses:
        lines.append("  records not matched exactly:")
        for r in misses:
            fmt = lambda ts: " ".join("/".join(x) for x in ts) or "(none)"  # noqa: E731
            lines.append(f"    {r['id']}: gold {fmt(r['gold'])}  got {fmt(r['predicted'])}")
    lines.append("  matching: only asserted/intended/requested events with a source code; gold country-only codes"
                 " match any code of that country, ---XXX any country with sector XXX; event codes must be"
                 " identical (see newsdyad.evaluate.records)")
    return "\n".join(lines)
