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
- *Mention-level country accuracy* (PLOVER records, :func:`mention_checks`): every gold actor,
  source or target, counted once per record (same words and code); its words are found in the
  text (case-insensitive, whole words; if the whole phrase is not there, the longest run of its
  words that is); the actor newsdyad found at those words - the one whose mention overlaps them
  most, whether or not it takes part in an event - must have the gold country root.  Gold
  actors whose words are not in the text, or whose code has no known root (not an ISO 3166
  code, an organisation root or a CAMEO region of the knowledge base, e.g. ``ITL``, ``ISM``),
  are counted apart and left out.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

from .common import read_jsonl

from ..model import SourceDocument

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


def _find(text: str, part: str, pos: int = 0):
    part = part.strip(" ,.;:()\"'")
    if len(part) < 2:
        return None
    return re.compile(r"(?<!\w)" + re.escape(part) + r"(?!\w)", re.IGNORECASE).search(text, pos)


def locate(text: str, words: str) -> tuple[int, int, bool] | None:
    """(start, end, whole) of the gold words in the text: the first whole-word,
    case-insensitive occurrence of the phrase ("A ... B": from A to the next B), else of the
    longest run of its words, hyphenated words split (whole=False); None if no word of it is there.

    >>> locate("The Greek side agreed.", "Greek-Cypriot")
    (4, 9, False)
    """
    pieces = [p.strip() for p in words.split("...") if p.strip()]
    if pieces:
        first = _find(text, pieces[0])
        last = _find(text, pieces[-1], first.end()) if first and len(pieces) > 1 else first
        if first and last:
            return first.start(), last.end(), True
    tokens = [t for t in re.split(r"\s+|\.\.\.|(?<=\w)-(?=\w)", words) if t]
    for n in range(len(tokens), 0, -1):
        for i in range(len(tokens) - n + 1):
            if n == 1 and not tokens[i][:1].isupper():
                continue  # a lone lower-case word ("the", "forces") locates nothing
            m = _find(text, " ".join(tokens[i:i + n]))
            if m:
                return m.start(), m.end(), False
    return None


def mention_checks(rec: dict, actors, known_roots=None) -> list[dict]:
    """The mention-level check of one PLOVER gold record against the actors found in its text.

    One dict per gold actor: ``status`` is ``ok``, ``wrong``, ``unlocated`` (its words are not in
    the text) or ``unknown-root`` (its gold code has no known root); with the gold code, the words,
    where they were found and the actor found there."""
    text = rec.get("text") or ""
    out: list[dict] = []
    seen = set()
    for role in ("source", "target"):
        gold_actors = rec.get(role)
        if not isinstance(gold_actors, list):
            continue
        for g in gold_actors:
            words = (g.get("actorText") or "").strip()
            code = (g.get("code") or "").upper()
            if (words.lower(), code) in seen:
                continue
            seen.add((words.lower(), code))
            gold_root = _root(code)
            check = {"id": rec.get("id"), "role": role, "text": words, "gold": code + (g.get("sector") or "")}
            if gold_root is None or (known_roots is not None and gold_root not in known_roots):
                out.append({**check, "status": "unknown-root"})
                continue
            at = locate(text, words) if words else None
            if at is None:
                out.append({**check, "status": "unlocated"})
                continue
            start, end, whole = at
            pieces = [(start, end)]
            if "..." in words:  # "A ... B": only the words given count, not what lies between
                pieces = [(m.start(), m.end()) for p in words.split("...") if p.strip()
                          for m in [_find(text, p, start)] if m is not None and m.end() <= end] or pieces
            best = None
            for actor in actors:
                for s, e in actor.mentions:
                    overlap = sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in pieces)
                    if overlap > 0 and (best is None or (overlap, -(e - s)) > best[0]):
                        best = ((overlap, -(e - s)), actor)
            actor = best[1] if best else None
            pred = _root(actor.country) if actor is not None else None
            out.append({**check, "status": "ok" if pred == gold_root else "wrong",
                        "found": text[start:end] + ("" if whole else " (part)"),
                        "predicted": actor.code if actor is not None else None,
                        "actor": actor.name if actor is not None else None})
    return out


def known_roots(kb) -> set[str]:
    """Country roots a gold code may have: the knowledge base's countries, IGOs and regions."""
    roots = {_root(code) for code in kb.countries} if kb is not None else set()
    return {r for r in roots if r} | {"IGO", "NGO", "IMG"}


def _tally_petr2(rec: dict, doc, tally) -> None:
    """A PETR-2 gold record: each event's source and target country (and full code) among the actors."""
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


def _tally_plover(rec: dict, doc, roots, counts, tally) -> None:
    """A PLOVER gold record: the mention checks, then each gold source and target actor's country
    (and code, where the gold gives a sector) against the actor found at its text."""
    text = rec.get("text") or ""
    for check in mention_checks(rec, doc.actors, roots):
        status = check.pop("status")
        if status in ("ok", "wrong"):
            tally("plover:mention:country", status == "ok", check)
        else:
            counts[f"plover:mention:{status}"]["n"] += 1
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


def run(paths: list[str], options=None, limit: int | None = None) -> dict:
    """Code every record of the PLOVER and/or PETR-2 gold files and score their actors' countries and codes."""
    from ..pipeline import load_pipeline

    pipeline = load_pipeline(options)
    roots = known_roots(pipeline.kb)
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
                _tally_petr2(rec, doc, tally)
            else:  # PLOVER GSR
                _tally_plover(rec, doc, roots, counts, tally)

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
            "kb_files": list(getattr(options, "kb_files", ()) or ()),
        },
        "source_country": acc("plover:source:country", "petr2:source:country"),
        "target_country": acc("plover:target:country", "petr2:target:country"),
        "source_code": acc("plover:source:code", "petr2:source:code"),
        "target_code": acc("plover:target:code", "petr2:target:code"),
        "mention_country": acc("plover:mention:country"),
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
    if d.get("actors_files") or d.get("agents_files") or d.get("kb_files"):
        kb = ("only " if d.get("replace_kb") else "built-in + ") + ", ".join(
            p.rsplit("/", 1)[-1] for p in d.get("actors_files", []) + d.get("agents_files", []) + d.get("kb_files", []))
    lines.append(f"knowledge base: {kb}")
    lines.append("")
    lines.append(f"  source-actor country accuracy  {_fmt(report['source_country'])}")
    lines.append(f"  target-actor country accuracy  {_fmt(report['target_country'])}")
    lines.append(f"  source full-code accuracy      {_fmt(report['source_code'])}")
    lines.append(f"  target full-code accuracy      {_fmt(report['target_code'])}")
    if report.get("mention_country", {}).get("n"):
        b = report.get("buckets", {})
        apart = ", ".join(f"{k.rsplit(':', 1)[-1]} {b[k]['n']}" for k in ("plover:mention:unlocated", "plover:mention:unknown-root") if k in b)
        lines.append(f"  mention-level country (PLOVER)  {_fmt(report['mention_country'])}"
                     + (f"   left out: {apart}" if apart else ""))
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
    lines.append("  Mention level: each PLOVER gold actor once (source or target); its words are found in the text")
    lines.append("    (whole words, else the longest run of them); the actor found at those words, in an event or")
    lines.append("    not, must have the gold country. Gold codes with no known root (ITL, ISM) and words not in")
    lines.append("    the text are left out and counted.")
    errs = report.get("errors", [])
    if errs:
        lines.append("")
        lines.append(f"misses ({len(errs)}):")
        for e in errs[:40]:
            lines.append("  " + json.dumps(e, ensure_ascii=False))
    return "\n".join(lines)
