"""Score attributions against PolNeAR (``newsdyad eval polnear FILE.jsonl [--limit N]``).

Matching (also printed by :func:`render`):

* Each side is a list of attributions with three roles, each a set of character spans:
  source, cue, content.  newsdyad's ``reported_by`` attributions are left out, and so are
  attributions nested inside another's content (their ``parent`` is not a reported_by):
  PolNeAR is univocal, each token has one role, so it cannot annotate nested chains.  Gold ``Attribution-no-source`` items have an empty
  source.
* A role's *characters* are the offsets its spans cover, without whitespace.
  - strict: the character sets are identical;
  - exact: identical after dropping punctuation and quotation marks and a leading
    complementizer "that" (newsdyad leaves "that" and the quote marks out of the
    content; PolNeAR puts them in); a role that is only punctuation (a ":" cue)
    keeps its characters;
  - overlap: the normalised character sets share at least one character.
* Per role, predictions and gold items with a non-empty role are paired one-to-one,
  greedily by largest character overlap, among the pairs that match.  Precision =
  pairs / predictions with that role; recall = pairs / gold items with that role.
* "all three": a prediction and a gold item pair when source, cue and content all
  match (two empty sources match); denominators are all predictions / all gold items.
"""

from __future__ import annotations

import json
import re
import time
from typing import Any

ROLES = ("source", "cue", "content")
MODES = ("strict", "exact", "overlap")
_PUNCT = set(".,;:!?\"'“”‘’„«»`()[]{}—–-…")
_THAT = re.compile(r"\s*that\b", re.I)


def _chars(text: str, spans, normalise: bool) -> frozenset[int]:
    out = set()
    spans = sorted(spans)
    for n, (s, e) in enumerate(spans):
        if normalise and n == 0:
            m = _THAT.match(text, s, e)
            if m:
                s = m.end()
        for i in range(s, e):
            ch = text[i]
            if ch.isspace() or (normalise and ch in _PUNCT):
                continue
            out.add(i)
    return frozenset(out)


def _item(text: str, roles: dict[str, list]) -> dict[str, dict[str, frozenset[int]]]:
    out = {}
    for r in ROLES:
        strict = _chars(text, roles.get(r, []), False)
        # A role made only of punctuation (a ":" cue) keeps its characters.
        out[r] = {"strict": strict, "norm": _chars(text, roles.get(r, []), True) or strict}
    return out


def _match(a, b, mode: str) -> tuple[bool, int]:
    if mode == "strict":
        ok = a["strict"] == b["strict"]
    elif mode == "exact":
        ok = a["norm"] == b["norm"]
    else:
        ok = bool(a["norm"] & b["norm"])
    return ok, len(a["norm"] & b["norm"])


def _pair(preds, golds, ok) -> int:
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            good, size = ok(p, g)
            if good:
                cands.append((-size, i, j))
    cands.sort()
    used_p, used_g, n = set(), set(), 0
    for _, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        n += 1
    return n


def _empty_counts() -> dict[str, Any]:
    return {mode: {role: {"tp": 0, "pred": 0, "gold": 0} for role in ROLES + ("all",)} for mode in MODES}


def _score_doc(counts, text: str, preds: list[dict], golds: list[dict]) -> None:
    P = [_item(text, p) for p in preds]
    G = [_item(text, g) for g in golds]
    for mode in MODES:
        for role in ROLES:
            ps = [p[role] for p in P if p[role]["strict"]]
            gs = [g[role] for g in G if g[role]["strict"]]
            c = counts[mode][role]
            c["pred"] += len(ps)
            c["gold"] += len(gs)
            c["tp"] += _pair(ps, gs, lambda a, b: _match(a, b, mode))

        def all_ok(p, g):
            total = 0
            for role in ROLES:
                if not p[role]["strict"] and not g[role]["strict"]:
                    continue
                good, size = _match(p[role], g[role], mode)
                if not good:
                    return False, 0
                total += size
            return True, total

        c = counts[mode]["all"]
        c["pred"] += len(P)
        c["gold"] += len(G)
        c["tp"] += _pair(P, G, all_ok)


def _prf(c) -> dict[str, float]:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), **c}


def _textacy_preds(doc) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        out.append({
            "source": [(t.idx, t.idx + len(t.text)) for t in triple.speaker],
            "cue": [(t.idx, t.idx + len(t.text)) for t in triple.cue],
            "content": [(triple.content.start_char, triple.content.end_char)],
        })
    return out


def run(path: str, options=None, limit: int | None = None, compare_textacy: bool = True) -> dict:
    """Score newsdyad (and textacy's direct_quotations) on a PolNeAR JSONL file."""
    from ..attribution import find_attributions
    from ..actors import find_actors
    from ..pipeline import load_pipeline

    pipeline = load_pipeline(options)
    records = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    textacy_ok = False
    if compare_textacy:
        try:
            import textacy.extract.triples  # noqa: F401
            textacy_ok = True
        except ImportError:
            textacy_ok = False
    ours, theirs = _empty_counts(), _empty_counts()
    t_parse = t_stage = t_actors = 0.0
    n_pred = 0
    textacy_bailed = 0
    texts = [r["text"] for r in records]
    start = time.perf_counter()
    docs = pipeline.nlp.pipe(texts, batch_size=pipeline.options.batch_size)
    for rec in records:
        t0 = time.perf_counter()
        doc = next(docs)
        t1 = time.perf_counter()
        actors = find_actors(doc, date=rec.get("publication_date"), kb=pipeline.kb)
        t2 = time.perf_counter()
        result = find_attributions(doc, actors)
        t3 = time.perf_counter()
        t_parse += t1 - t0
        t_actors += t2 - t1
        t_stage += t3 - t2
        kinds = {a.id: a.kind for a in result.attributions}
        preds = [{"source": [a.source.span] if a.source.span else [], "cue": a.cue, "content": a.content}
                 for a in result.attributions
                 if a.kind != "reported_by" and (a.parent is None or kinds.get(a.parent) == "reported_by")]
        n_pred += len(preds)
        golds = rec.get("attributions", [])
        _score_doc(ours, rec["text"], preds, golds)
        if textacy_ok:
            try:
                tpreds = _textacy_preds(doc)
            except ValueError:  # textacy bails out on an odd number of quotation marks
                tpreds = []
                textacy_bailed += 1
            _score_doc(theirs, rec["text"], tpreds, golds)
    wall = time.perf_counter() - start

    def table(counts):
        return {mode: {role: _prf(counts[mode][role]) for role in ROLES + ("all",)} for mode in MODES}

    return {
        "file": path,
        "documents": len(records),
        "gold_attributions": sum(len(r.get("attributions", [])) for r in records),
        "predicted_attributions": n_pred,
        "newsdyad": table(ours),
        "textacy": table(theirs) if textacy_ok else "textacy not installed",
        "textacy_bailed": textacy_bailed,
        "seconds": {"parse": round(t_parse, 2), "actors": round(t_actors, 2),
                    "attribution": round(t_stage, 2), "wall": round(wall, 2)},
    }


def render(report: dict) -> str:
    lines = [
        f"PolNeAR attribution scores: {report['file']}",
        f"{report['documents']} documents, {report['gold_attributions']} gold attributions, "
        f"{report['predicted_attributions']} predicted (reported_by and nested attributions left out:",
        "PolNeAR is univocal and annotates no nesting)",
        "",
        "Matching: each role (source, cue, content) is the set of non-space characters its spans cover.",
        "  strict  = identical character sets;",
        "  exact   = identical after dropping punctuation, quotation marks and a leading 'that';",
        "  overlap = the (normalised) character sets share at least one character.",
        "  Per role, predictions and gold items are paired one-to-one (greedy, largest overlap first);",
        "  P = pairs/predictions with the role, R = pairs/gold items with the role.",
        "  'all' pairs a prediction with a gold item only when source, cue and content all match",
        "  (two empty sources match).",
        "",
    ]
    systems = [("newsdyad", report["newsdyad"]), ("textacy direct_quotations", report["textacy"])]
    header = f"{'':8} {'role':8} " + "  ".join(f"{name[:26]:>26}" for name, _ in systems)
    lines.append(header)
    lines.append(f"{'':8} {'':8} " + "  ".join(f"{'P      R      F1':>26}" for _ in systems))
    for mode in MODES:
        for role in ROLES + ("all",):
            cells = []
            for _, table in systems:
                if isinstance(table, str):
                    cells.append(f"{table:>26}")
                else:
                    m = table[mode][role]
                    cells.append(f"{m['p']:>12.3f} {m['r']:.3f}  {m['f1']:.3f}")
            lines.append(f"{mode:8} {role:8} " + "  ".join(cells))
        lines.append("")
    if not isinstance(report["textacy"], str):
        lines.append(f"textacy gave up (unbalanced quotation marks) on {report.get('textacy_bailed', 0)} "
                     "documents; they count as no predictions.")
    s = report["seconds"]
    share = s["attribution"] / s["parse"] * 100 if s["parse"] else 0.0
    lines.append(f"time: spaCy parse {s['parse']}s, actors {s['actors']}s, attribution {s['attribution']}s "
                 f"({share:.1f}% of parse), wall {s['wall']}s")
    return "\n".join(lines)
