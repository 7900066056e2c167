"""Whole-story scoring against a hand-coded news gold (``newsdyad eval news GOLD``).

The gold (``eval/news/voa-<id>.json``, scheme ``newsdyad-news-gold/1``, rules in
docs/news-coding.md) holds only story ids, character offsets and codes; the story texts are
read at run time from ``stories.jsonl`` (default: ``$NEWSDYAD_SHARED/data/voa/stories.jsonl``,
else ``../shared/data/voa/stories.jsonl`` beside the working directory or the gold). Each
story is coded whole with its ``published`` date, and **every** predicted event counts, so
precision is measured on real news rather than on sentences picked for their events.

Four nested levels; a predicted event matches a gold event at a level when:

1. ``root``: its trigger starts inside the gold event's sentence span and the CAMEO root (the
   first two digits) is the same;
2. ``source``: and the source *country* matches;
3. ``target``: and the target country matches (a gold event with no target, or a target
   whose code is null, needs a predicted event with no target code);
4. ``modality``: and the modality is the same.

"Country" is the root of an actor code: the first three letters of an ISO/region code
(``USAGOV`` -> ``USA``); for ``IGO``/``NGO``/``IMG`` codes the organisation code, two of which
match when one is a prefix of the other and the shorter has at least six letters
(``IGOUNO`` ~ ``IGOUNOHCR``, not ``IGOUNOIAE`` ~ ``IGOUNOHCR``); a gold sector-only code
(``REF``, ``UAF``, ``NGO``: the country is not known) matches any code holding that
three-letter sector. A gold source with a null code never matches.

Matching is one-to-one at each level separately: all (gold, predicted) pairs that agree at the
level are ranked (same full CAMEO code first, then overlapping triggers, then the nearest
trigger, then file order) and taken greedily, each event used at most once. Greedy is not
optimal in rare ties, but the ranking makes it pick the obvious pair first.

Example: gold ``112 RUSGOV -> UKR asserted`` in sentence [100, 180]; a predicted ``111
RUSGOV -> UKRGOV asserted`` whose trigger starts at 130 matches at all four levels; a
predicted ``112 UKR -> RUSGOV`` in the same sentence matches at level 1 only.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Iterable

from ..model import MODALITIES
from .common import read_jsonl

SCHEME = "newsdyad-news-gold/1"
LEVELS = ("root", "source", "target", "modality")
LEVEL_LABELS = {
    "root": "sentence + root",
    "source": "+ source country",
    "target": "+ target country",
    "modality": "+ modality",
}
ORG_ROOTS = ("IGO", "NGO", "IMG")
# Sector codes a gold actor may carry alone when its country is unknown (docs/actor-codes.md).
SECTORS = frozenset(
    "GOV MIL COP JUD LEG REB UAF OPP PTY MED BUS CVL EDU REL ELI LAB REF HRI HLT AGR CRM SPY "
    "IGO NGO IMG ENV INS MNC SEP".split()
)
HEADLINE = "source"


# ---------------------------------------------------------------- gold and stories


def shared_dir(near: str | Path | None = None) -> Path | None:
    """The shared data directory: ``$NEWSDYAD_SHARED``, else a ``shared`` directory beside the
    working directory or beside an ancestor of `near` (as tests/conftest.py finds ../shared)."""
    env = os.environ.get("NEWSDYAD_SHARED")
    if env:
        return Path(env)
    candidates = [Path.cwd().parent / "shared"]
    if near is not None:
        candidates += [p.parent / "shared" for p in Path(near).resolve().parents]
    return next((c for c in candidates if (c / "data").is_dir()), None)


def default_stories_path(near: str | Path | None = None) -> Path:
    base = shared_dir(near)
    if base is None:
        raise FileNotFoundError(
            "cannot find the shared data (set NEWSDYAD_SHARED or pass --stories PATH to stories.jsonl)")
    return base / "data" / "voa" / "stories.jsonl"


def gold_files(path: str | Path) -> list[Path]:
    """A gold file, or the ``*.json`` files of a directory in name order."""
    p = Path(path)
    if p.is_dir():
        return sorted(p.glob("*.json"))
    return [p]


def load_gold(path: str | Path) -> list[dict]:
    """The gold stories of a file or directory; raises ValueError on a wrong scheme."""
    out = []
    for f in gold_files(path):
        gold = json.loads(f.read_text(encoding="utf-8"))
        if gold.get("scheme") != SCHEME:
            raise ValueError(f"{f}: scheme is {gold.get('scheme')!r}, expected {SCHEME!r}")
        gold["_file"] = str(f)
        out.append(gold)
    return out


def load_stories(path: str | Path, ids: Iterable[str]) -> dict[str, dict]:
    """The records of stories.jsonl whose id is in `ids`, by id (as a string)."""
    wanted = {str(i) for i in ids}
    found = {}
    for rec in read_jsonl(str(path)):
        sid = str(rec.get("id"))
        if sid in wanted:
            found[sid] = rec
    return found


def validate_gold(gold: dict, text: str, cameo_codes: set[str] | None = None) -> list[str]:
    """Problems with one gold story against its text (empty when it is valid)."""
    problems = []
    n = len(text)

    def span_ok(span, what):
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
                and 0 <= span[0] < span[1] <= n):
            problems.append(f"{what}: bad span {span!r} (text has {n} characters)")
            return False
        return True

    if gold.get("scheme") != SCHEME:
        problems.append(f"scheme {gold.get('scheme')!r}")
    for key in ("about", "story", "published", "events"):
        if key not in gold:
            problems.append(f"missing {key!r}")
    for i, ev in enumerate(gold.get("events", [])):
        where = f"event {i}"
        s_ok = span_ok(ev.get("sentence"), f"{where} sentence")
        t_ok = span_ok(ev.get("trigger"), f"{where} trigger")
        if s_ok and t_ok and not (ev["sentence"][0] <= ev["trigger"][0] and ev["trigger"][1] <= ev["sentence"][1]):
            problems.append(f"{where}: trigger {ev['trigger']} outside sentence {ev['sentence']}")
        code = ev.get("code")
        if not isinstance(code, str) or (cameo_codes is not None and code not in cameo_codes):
            problems.append(f"{where}: code {code!r} is not a CAMEO code")
        if ev.get("modality") not in MODALITIES:
            problems.append(f"{where}: modality {ev.get('modality')!r}")
        for role in ("source", "target", "reported_by"):
            a = ev.get(role)
            if a is None:
                if role == "source":
                    problems.append(f"{where}: no source")
                continue
            if a.get("code") is None and a.get("span") is None:
                problems.append(f"{where} {role}: neither code nor span")
            if a.get("code") is not None and not (isinstance(a["code"], str) and a["code"].isalpha()
                                                  and a["code"].isupper() and len(a["code"]) % 3 == 0):
                problems.append(f"{where} {role}: odd actor code {a.get('code')!r}")
            if a.get("span") is not None:
                span_ok(a["span"], f"{where} {role}")
    return problems


# ---------------------------------------------------------------- matching


def _sectors(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def country_match(gold: str | None, pred: str | None) -> bool:
    """Do two actor codes name the same country (or organisation)?  See the module docstring."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    gold, pred = gold.upper(), pred.upper()
    if len(gold) == 3 and gold in SECTORS:
        return gold in _sectors(pred)
    if gold[:3] in ORG_ROOTS:
        if pred[:3] != gold[:3]:
            return False
        short, long_ = sorted((gold, pred), key=len)
        return long_.startswith(short) and (len(short) >= 6 or short == long_)
    if len(pred) == 3 and pred in SECTORS:
        return False
    return pred[:3] == gold[:3]


def _gold_event(ev: dict) -> dict:
    tgt = ev.get("target")
    return {"sentence": tuple(ev["sentence"]), "trigger": tuple(ev["trigger"]), "code": ev["code"],
            "source": (ev.get("source") or {}).get("code"), "target": (tgt or {}).get("code"),
            "modality": ev.get("modality", "asserted")}


def predicted_events(doc) -> list[dict]:
    """Every event newsdyad coded in the document, as plain records (all modalities count)."""
    return [{"sentence": tuple(ev.sentence), "trigger": tuple(ev.trigger), "code": ev.code,
             "source": ev.source.code, "target": ev.target.code, "modality": ev.modality,
             "rule": ev.rule} for ev in doc.events]


def level_match(g: dict, p: dict, level: str) -> bool:
    """Does predicted event `p` match gold event `g` at `level` (and every level below it)?"""
    depth = LEVELS.index(level)
    s, e = g["sentence"]
    if not (s <= p["trigger"][0] < e and str(p["code"])[:2] == str(g["code"])[:2]):
        return False
    if depth >= 1 and (g["source"] is None or not country_match(g["source"], p["source"])):
        return False
    if depth >= 2 and not country_match(g["target"], p["target"]):
        return False
    if depth >= 3 and g["modality"] != p["modality"]:
        return False
    return True


def _rank(g: dict, p: dict, gi: int, pi: int) -> tuple:
    (gs, ge), (ps, pe) = g["trigger"], p["trigger"]
    overlap = ps < ge and gs < pe
    return (p["code"] != g["code"], not overlap, abs(ps - gs), gi, pi)


def match(golds: list[dict], preds: list[dict], level: str) -> list[tuple[int, int]]:
    """One-to-one greedy matching at one level: (gold index, predicted index) pairs."""
    pairs = [(_rank(g, p, gi, pi), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
             if level_match(g, p, level)]
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def score_story(golds: list[dict], preds: list[dict]) -> dict[str, Any]:
    """Per-level figures for one story, and which events are unmatched at the headline level."""
    out: dict[str, Any] = {}
    for level in LEVELS:
        pairs = match(golds, preds, level)
        out[level] = prf(len(pairs), len(preds), len(golds))
        if level == HEADLINE:
            out["missed"] = [gi for gi in range(len(golds)) if gi not in {g for g, _ in pairs}]
            out["false"] = [pi for pi in range(len(preds)) if pi not in {p for _, p in pairs}]
    return out


# ---------------------------------------------------------------- running


def run(gold_path: str, options=None, limit: int | None = None, stories: str | None = None) -> dict:
    """Code every gold story whole and score it; a report dict for `render` or JSON."""
    from ..model import SourceDocument
    from ..pipeline import load_pipeline
    from .common import iso_date

    golds = load_gold(gold_path)[:limit] if limit else load_gold(gold_path)
    stories_path = Path(stories) if stories else default_stories_path(gold_path)
    if not stories_path.is_file():
        raise FileNotFoundError(f"stories file not found: {stories_path}")
    texts = load_stories(stories_path, [g["story"] for g in golds])
    missing = [g["story"] for g in golds if str(g["story"]) not in texts]
    if missing:
        raise ValueError(f"stories not in {stories_path}: {', '.join(missing)}")
    pipeline = load_pipeline(options)
    started = time.perf_counter()
    totals = {level: [0, 0, 0] for level in LEVELS}
    rows, misses, false_events = [], [], []
    for gold in golds:
        sid = str(gold["story"])
        text = texts[sid]["text"]
        doc = pipeline.code_one(SourceDocument(text=text, doc_id=sid, date=iso_date(gold.get("published"))))
        g_events = [_gold_event(ev) for ev in gold["events"]]
        p_events = predicted_events(doc)
        sc = score_story(g_events, p_events)
        row = {"story": sid, **{level: sc[level] for level in LEVELS}}
        rows.append(row)
        for level in LEVELS:
            t = totals[level]
            t[0] += sc[level]["tp"]
            t[1] += sc[level]["predicted"]
            t[2] += sc[level]["gold"]
        for gi in sc["missed"]:
            misses.append(_describe(sid, g_events[gi], text, gold["events"][gi].get("note")))
        for pi in sc["false"]:
            false_events.append(_describe(sid, p_events[pi], text, p_events[pi].get("rule")))
    report: dict[str, Any] = {
        "gold": str(gold_path), "stories_file": str(stories_path), "stories": len(golds),
        "seconds": round(time.perf_counter() - started, 2),
        "overall": {level: prf(*totals[level]) for level in LEVELS},
        "per_story": rows, "misses": misses, "false_events": false_events,
    }
    return report


def _describe(sid: str, ev: dict, text: str, extra: str | None) -> dict:
    s, e = ev["sentence"]
    ts, te = ev["trigger"]
    return {"story": sid, "sentence": list(ev["sentence"]), "trigger": list(ev["trigger"]),
            "trigger_text": text[ts:te], "code": ev["code"], "source": ev["source"], "target": ev["target"],
            "modality": ev["modality"], "sentence_text": " ".join(text[s:e].split()), "note": extra}


def _fig(f: dict) -> str:
    return (f"P {f['precision']:.2f} R {f['recall']:.2f} F1 {f['f1']:.2f}  "
            f"(tp {f['tp']}, predicted {f['predicted']}, gold {f['gold']})")


def render(report: dict) -> str:
    lines = [f"News gold: {report['gold']}  ({report['stories']} stories from {report['stories_file']}, "
             f"{report['seconds']} s)", "  overall (every predicted event counts):"]
    for level in LEVELS:
        mark = "  <- headline" if level == HEADLINE else ""
        lines.append(f"    {LEVEL_LABELS[level]:18s} {_fig(report['overall'][level])}{mark}")
    lines.append("  per story (P/R at each level: root | +source | +target | +modality):")
    for row in report["per_story"]:
        cells = " | ".join(f"{row[lv]['precision']:.2f}/{row[lv]['recall']:.2f}" for lv in LEVELS)
        lines.append(f"    {row['story']:>8s}  gold {row['root']['gold']:3d}  predicted {row['root']['predicted']:3d}  {cells}")

    def show(title: str, items: list[dict]) -> None:
        lines.append(f"  {title} ({len(items)}):")
        for it in items:
            lines.append(f"    {it['story']} {it['trigger'][0]}-{it['trigger'][1]} {it['code']:5s} "
                         f"{it['source'] or '-'} -> {it['target'] or '-'} {it['modality']}  "
                         f"[{it['trigger_text']}]" + (f"  ({it['note']})" if it.get("note") else ""))
            lines.append(f"        {it['sentence_text']}")

    show("misses: gold events not matched at sentence + root + source country", report["misses"])
    show("false events: predicted events not matched at sentence + root + source country", report["false_events"])
    lines.append("  matching: one-to-one per level, greedy (same code, overlapping trigger, nearest trigger "
                 "first); see newsdyad.evaluate.news")
    return "\n".join(lines)
