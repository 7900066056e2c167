"""Share of coded events whose source (and target) actor has a country, on the VOA stories.

    .venv/bin/python bench/actor_coverage.py [--shared DIR] [--all] [--sample N] [--seed S]
        [--kb FILE ...] [--actors FILE ...] [--json OUT]

Codes ``../shared/data/voa/stories.jsonl`` (dated by their ``published`` field) with the
built-in knowledge base (plus ``--kb``/``--actors`` files if given) and prints:

- events, and the share whose source / target participant has a country (a code whose root
  is a country, an IGO or a regional grouping; sector-only codes such as ``REB`` have none);
- the sources without a country by kind (no source, pronoun, sector-only, unknown name,
  uncoded phrase), and most frequent first (what to work on);
- with ``--sample N``: N events with a country-coded source, drawn at random (fixed seed),
  each with its sentence, source words, code and the rule that decided it, for checking by hand.

Stories held back for review are left out unless ``--all`` (their ids are RESERVED below).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

RESERVED = frozenset("""6180206 6180790 6181235 6181522 6203336 6203525 6204080 7746511 8005797 8005899
8007271 8008152 8009027 8009044 8009853 8009973 8009976 8010057 8010779 8011218""".split())


def _has_country(code: str | None) -> bool:
    from newsdyad.actors.resolve import is_sector_only

    return bool(code) and not is_sector_only(code)


PRONOUNS = frozenset("he she they it we i you him her them".split())


def _why_none(source: dict) -> str:
    """Why a source has no country: no source, a pronoun, a sector-only code, an unknown name, other."""
    words, code, rule = source["words"] or "", source["code"], source["rule"] or ""
    if not words:
        return "no source"
    if words.lower() in PRONOUNS:
        return "pronoun"
    if code:
        return "sector-only"
    if rule.startswith("ner:"):
        return "unknown name"
    return "uncoded phrase"


def main() -> None:
    repo = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.environ.get("NEWSDYAD_SHARED", str(repo.parent / "shared")))
    ap.add_argument("--all", action="store_true", help="include the reserved stories")
    ap.add_argument("--sample", type=int, default=0, help="print N random country-coded sources")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--kb", action="append", default=[], help="local knowledge-base CSV (repeatable)")
    ap.add_argument("--actors", action="append", default=[], help="Phoenix actor dictionary (repeatable)")
    ap.add_argument("--json", help="write every event's source/target and rule to this JSON file")
    args = ap.parse_args()

    from newsdyad.model import SourceDocument
    from newsdyad.pipeline import Options, load_pipeline

    path = Path(args.shared) / "data" / "voa" / "stories.jsonl"
    stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not args.all:
        stories = [s for s in stories if str(s["id"]) not in RESERVED]
    options = Options(actors_files=tuple(args.actors), kb_files=tuple(args.kb))
    pipeline = load_pipeline(options)
    t0 = time.perf_counter()
    rows = []
    for story in stories:
        doc = pipeline.code_one(SourceDocument(text=story["text"], doc_id=str(story["id"]),
                                               date=(story.get("published") or "")[:10] or None))
        actors = {a.id: a for a in doc.actors}
        for ev in doc.events:
            row = {"story": doc.doc_id, "event": ev.id, "code": ev.code,
                   "sentence": doc.text[ev.sentence[0]:ev.sentence[1]]}
            for role in ("source", "target"):
                part = getattr(ev, role)
                actor = actors.get(part.actor) if part.actor else None
                row[role] = {"code": part.code, "words": doc.text[part.span[0]:part.span[1]] if part.span else None,
                             "name": actor.name if actor else None, "rule": actor.rule if actor else None}
            rows.append(row)
    seconds = time.perf_counter() - t0

    n = len(rows)
    src = sum(_has_country(r["source"]["code"]) for r in rows)
    tgt = sum(_has_country(r["target"]["code"]) for r in rows)
    print(f"VOA stories: {len(stories)}{' (all)' if args.all else ' (reserved ids left out)'}, "
          f"{n} events, {seconds:.1f} s")
    print(f"  events whose source has a country  {src}/{n} ({100 * src / max(n, 1):.1f}%)")
    print(f"  events whose target has a country  {tgt}/{n} ({100 * tgt / max(n, 1):.1f}%)")
    kinds = Counter(_why_none(r["source"]) for r in rows if not _has_country(r["source"]["code"]))
    print("  sources without a country, by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    missing = Counter((r["source"]["words"] or "(no source)", r["source"]["code"] or "-")
                      for r in rows if not _has_country(r["source"]["code"]))
    print("  sources without a country (words, code), most frequent first:")
    for (words, code), k in missing.most_common(40):
        print(f"    {k:3d}  {code:8s} {words}")
    if args.sample:
        pool = [r for r in rows if _has_country(r["source"]["code"])]
        random.Random(args.seed).shuffle(pool)
        print(f"\nsample of {min(args.sample, len(pool))} events with a country-coded source (seed {args.seed}):")
        for k, r in enumerate(pool[: args.sample], 1):
            s = r["source"]
            print(f"[{k}] {r['story']} {r['event']} {r['code']}  source {s['code']} <- {s['words']!r} "
                  f"({s['name']}; {s['rule']})")
            print(f"     {r['sentence'][:300]}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"events written to {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
