"""`newsdyad eval actors`: actor-code accuracy on the PLOVER and PETR-2 gold records.

Definitions (also printed by ``render``):

- PLOVER records give each gold actor as ``actorText`` + ``code`` (+ ``sector``).  The
  actor text is located in the sentence (first case-insensitive occurrence); the
  predicted actor is the one whose mention overlaps that span most.  *Country accuracy*:
  the predicted country root equals the gold root (first three letters; every
  ``IGO...`` counts as ``IGO``).  *Full-code accuracy* (only where the gold gives a
  sector): predicted root + first sector equals gold root + first three letters of
  the gold sector.
- PETR-2 records give only event triples (source/target codes, no spans).  *Country
  accuracy* there is a presence test: the gold country root is the country of some
  coded actor in the sentence.  Gold codes with no country (``---REB``) are left out
  of country accuracy.  *Full code*: some predicted actor's code starts with the gold code.
- The headline "source-actor country accuracy" pools the PLOVER source actors and the
  PETR-2 triple sources.
"""

from __future__ import annotations

from .common import read_jsonl

import json
from collections import defaultdict

from ..model import SourceDocument

SECTOR_OK = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _root(code: str | None) -> str | None:
    if not code or code.startswith("---"):
        return None
    code = code.upper()
    if code[:3] in {"IGO", "NGO", "IMG"}:
        return code[:3]
    return code[:3]


def _full(root: str | None, sector: str | None) -> str | None:
    if root is None:
        return None
    return root + (sector or "")[:3].upper()


def _date(rec) -> str | None:
    d = str(rec.get("date") or "")
    if len(d) == 8 and d.isdigit():
        return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return d or None


def _best_actor(doc, start: int, end: int):
    best, best_key = None, None
    for actor in doc.actors:
        for s, e in actor.mentions:
            overlap = min(e, end) - max(s, start)
            if overlap <= 0:
                continue
            key = (overlap, -(e - s))
            if best_key is None or key > best_key:
                best, best_key = actor, key
    return best


def run(paths: list[str], options=None, limit: int | None = None) -> dict:
    from ..pipeline import load_pipeline

    pipeline = load_pipeline(options)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[dict] = []

    def tally(bucket: str, ok: bool, detail: dict) -> None:
        counts[bucket]["n"] += 1
        counts[bucket]["ok"] += int(ok)
        if not ok:
            errors.append({"bucket": bucket, **detail})

    for path in paths:
        for rec in read_jsonl(path, limit):
            text = rec.get("text") or ""
            if not text.strip():
                continue
            doc = pipeline.code_one(SourceDocument(text=text, doc_id=rec.get("id"), date=_date(rec)))
            if "events" in rec:  # PETR-2 GSR
                countries = {_root(a.country) for a in doc.actors if a.country}
                codes = [a.code or "" for a in doc.actors]
                for ev in rec["events"]:
                    for role in ("source", "target"):
                        gold = (ev.get(role) or "").upper()
                        root = _root(gold)
                        detail = {"id": rec.get("id"), "role": role, "gold": gold,
                                  "predicted": sorted(c for c in countries if c)}
                        if root is not None:
                            tally(f"petr2:{role}:country", root in countries, detail)
                        if root is not None and len(gold) > 3:
                            tally(f"petr2:{role}:code", any(c.startswith(gold) for c in codes),
                                  {**detail, "predicted": codes})
            else:  # PLOVER GSR
                lower = text.lower()
                for role in ("source", "target"):
                    gold_actors = rec.get(role)
                    if not isinstance(gold_actors, list):
                        continue
                    for g in gold_actors:
                        surface = (g.get("actorText") or "").strip()
                        at = lower.find(surface.lower()) if surface else -1
                        gold_root = _root(g.get("code"))
                        detail = {"id": rec.get("id"), "role": role, "text": surface,
                                  "gold": (g.get("code") or "") + (g.get("sector") or "")}
                        if at < 0 or gold_root is None:
                            counts[f"plover:{role}:unlocated"]["n"] += 1
                            continue
                        actor = _best_actor(doc, at, at + len(surface))
                        pred_root = _root(actor.country) if actor else None
                        tally(f"plover:{role}:country", pred_root == gold_root,
                              {**detail, "predicted": actor.code if actor else None,
                               "actor": actor.name if actor else None})
                        sector = g.get("sector")
                        if sector and len(sector) >= 3 and sector[:3].isupper():
                            pred_full = _full(pred_root, actor.sector if actor else None)
                            tally(f"plover:{role}:code", pred_full == _full(gold_root, sector),
                                  {**detail, "predicted": actor.code if actor else None})

    def acc(*buckets: str) -> dict:
        n = sum(counts[b]["n"] for b in buckets)
        ok = sum(counts[b]["ok"] for b in buckets)
        return {"n": n, "correct": ok, "accuracy": round(ok / n, 4) if n else None}

    report = {
        "paths": list(paths),
        "dictionaries": {
            "actors_files": list(getattr(options, "actors_files", ()) or ()),
            "agents_files": list(getattr(options, "agents_files", ()) or ()),
            "replace_kb": bool(getattr(options, "replace_kb", False)),
        },
        "source_country": acc("plover:source:country", "petr2:source:country"),
        "target_country": acc("plover:target:country", "petr2:target:country"),
        "source_code": acc("plover:source:code", "petr2:source:code"),
        "target_code": acc("plover:target:code", "petr2:target:code"),
        "buckets": {b: acc(b) for b in sorted(counts)},
        "errors": errors,
    }
    return report


def _fmt(a: dict) -> str:
    if not a["n"]:
        return "   n/a  (0)"
    return f"{100 * a['accuracy']:5.1f}%  ({a['correct']}/{a['n']})"


def render(report: dict) -> str:
    lines = ["Actor coding accuracy", ""]
    d = report.get("dictionaries", {})
    kb = "built-in knowledge base"
    if d.get("actors_files") or d.get("agents_files"):
        kb = ("only " if d.get("replace_kb") else "built-in + ") + ", ".join(
            p.rsplit("/", 1)[-1] for p in d.get("actors_files", []) + d.get("agents_files", []))
    lines.append(f"knowledge base: {kb}")
    lines.append("")
    lines.append(f"  source-actor country accuracy  {_fmt(report['source_country'])}")
    lines.append(f"  target-actor country accuracy  {_fmt(report['target_country'])}")
    lines.append(f"  source full-code accuracy      {_fmt(report['source_code'])}")
    lines.append(f"  target full-code accuracy      {_fmt(report['target_code'])}")
    lines.append("")
    lines.append("by data set:")
    for bucket, a in report["buckets"].items():
        lines.append(f"  {bucket:32s} {_fmt(a)}")
    lines.append("")
    lines.append("How it is measured:")
    lines.append("  PLOVER: the gold actorText is found in the sentence; the predicted actor is the one whose")
    lines.append("    mention overlaps it most; country = first 3 letters of the code (any IGO... = IGO);")
    lines.append("    full code = country + first sector, only where the gold gives a sector.")
    lines.append("  PETR-2: no spans in the gold, so country accuracy is a presence test: the gold country is the")
    lines.append("    country of some coded actor in the sentence; codes without a country (---REB) are left out.")
    lines.append("  'unlocated' counts gold actors whose text is not in the sentence or has no country code.")
    errs = report.get("errors", [])
    if errs:
        lines.append("")
        lines.append(f"misses ({len(errs)}):")
        for e in errs[:40]:
            lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
