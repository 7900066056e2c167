"""Scoring newsdyad's output on the seed article against its hand coding (gold.json).

The gold gives spans as strings.  Each is located in the article: an attribution's
content by its first occurrence, its source and cue by the occurrence nearest to the
content; an event's sentence by its first words.  Gold actors are mapped to output
actors through mention texts, so that "source is Karzai" can be checked whatever
ids the output uses.

Matching rules (printed with the report):
- attribution found: an output attribution (not reported_by) whose content overlaps
  the gold content by at least half of each, whose cue overlaps the gold cue, and
  whose source span overlaps the gold source (or, with no span, whose source actor is
  the gold source actor);
- source actor: the found attribution's source actor is one the gold source actor maps
  to; a gold source with no actor ("those who know him") wants no actor resolved;
- chain: `via` needs the found attribution's parent to be a reported_by attribution
  whose source is the gold `via` source; `nested_in` needs its parent to be the
  attribution found for the gold parent;
- actor: every output actor named by one of the gold actor's name mentions carries an
  accepted code (and there is at least one);
- event found: an output event in the gold sentence with an accepted CAMEO code, the
  gold source actor, the gold target (actor or accepted code) and the gold modality;
  "with attribution" also needs it to point to the attribution found for the gold one;
- forbidden: an output event in the sentence with the forbidden source (and target)
  marked asserted;
- precision: output events that match any gold event on sentence, code and source.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..model import Attribution, Document, Span
from ..wordlists import word_list

PRONOUNS = word_list("eval_seed_not_names")


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _occurrences(text: str, needle: str) -> list[Span]:
    """Whole-word occurrences of `needle` in `text`."""
    if not needle:
        return []
    pattern = (r"\b" if needle[0].isalnum() else "") + re.escape(needle) + (r"\b" if needle[-1].isalnum() else "")
    return [m.span() for m in re.finditer(pattern, text)]


def _nearest(text: str, needle: str | None, anchor: Span) -> Span | None:
    if not needle:
        return None
    spans = _occurrences(text, needle)
    # Prefer the line (paragraph) that holds the content.
    line = (text.rfind("\n", 0, anchor[0]) + 1, (text.find("\n", anchor[0]) + 1 or len(text) + 1) - 1)
    same_line = [s for s in spans if line[0] <= s[0] < line[1]]
    spans = same_line or spans
    if not spans:
        return None

    def distance(s: Span) -> int:
        if _overlap(s, anchor) and not (anchor[0] <= s[0] and s[1] <= anchor[1]):
            return 0
        if anchor[0] <= s[0] and s[1] <= anchor[1]:
            return 10_000  # inside the content: a mention, not the source
        return min(abs(s[0] - anchor[1]), abs(anchor[0] - s[1]))

    return min(spans, key=distance)


def _sentence_span(text: str, starts: str) -> Span | None:
    i = text.find(starts)
    if i < 0:
        return None
    end = text.find("\n", i)
    return (i, len(text) if end < 0 else end)


@dataclass
class _GoldAttribution:
    gold: dict
    content: Span | None
    source: Span | None
    cue: Span | None


def _locate_attribution(text: str, g: dict) -> _GoldAttribution:
    content_start = text.find(g["content"])
    content = None if content_start < 0 else (content_start, content_start + len(g["content"]))
    anchor = content or (0, 0)
    return _GoldAttribution(g, content, _nearest(text, g.get("source"), anchor), _nearest(text, g.get("cue"), anchor))


def map_actors(doc: Document, gold_actors: list[dict]) -> dict[str, set[str]]:
    """Gold actor id -> ids of output actors named by one of its (non-pronoun) mentions."""
    mapping: dict[str, set[str]] = {}
    for g in gold_actors:
        names = {m for m in [g["name"], *g.get("mentions", [])] if m.lower() not in PRONOUNS}
        hits = set()
        for actor in doc.actors:
            texts = {doc.span_text(m) for m in actor.mentions} | {actor.name}
            if texts & names:
                hits.add(actor.id)
        mapping[g["id"]] = hits
    return mapping


def _content_match(att: Attribution, gold: Span) -> float:
    if not att.content:
        return 0.0
    inter = sum(_overlap(s, gold) for s in att.content)
    size = sum(e - s for s, e in att.content)
    g = gold[1] - gold[0]
    if inter * 2 < g or inter * 2 < size:
        return 0.0
    return inter / max(g, size)


def _source_ok(att: Attribution, ga: _GoldAttribution, actor_map: dict[str, set[str]]) -> bool:
    if att.source.span is not None and ga.source is not None and _overlap(att.source.span, ga.source):
        return True
    gold_actor = ga.gold.get("source_actor")
    return gold_actor is not None and att.source.actor in actor_map.get(gold_actor, set())


def _cue_ok(att: Attribution, ga: _GoldAttribution) -> bool:
    return ga.cue is not None and any(_overlap(c, ga.cue) for c in att.cue)


def _score_actors(doc: Document, gold: dict, actor_map, gold_actor_codes) -> list[dict]:
    rows = []
    for g in gold["actors"]:
        ids = actor_map[g["id"]]
        codes = sorted({(doc.actor(i).code or "-") for i in ids})
        ok = bool(ids) and all(c in gold_actor_codes[g["id"]] for c in codes)
        rows.append({"id": g["id"], "name": g["name"], "expected": sorted(gold_actor_codes[g["id"]]),
                     "got": codes, "ok": ok})
    return rows


def _score_attributions(doc: Document, gold: dict, actor_map) -> tuple[dict[str, Attribution | None], list[dict]]:
    """Each gold attribution's best output (content overlaps, source and cue right) and its row."""
    text = doc.text
    candidates = [a for a in doc.attributions if a.kind != "reported_by"]
    found: dict[str, Attribution | None] = {}
    rows = []
    for g in gold["attributions"]:
        ga = _locate_attribution(text, g)
        best, best_score, parts = None, 0.0, {"content": False, "source": False, "cue": False}
        for att in candidates:
            c = _content_match(att, ga.content) if ga.content else 0.0
            if c <= 0:
                continue
            parts["content"] = True
            s_ok, q_ok = _source_ok(att, ga, actor_map), _cue_ok(att, ga)
            parts["source"] |= s_ok
            parts["cue"] |= q_ok
            if s_ok and q_ok and c > best_score:
                best, best_score = att, c
        found[g["id"]] = best
        rows.append({
            "id": g["id"], "required": g.get("required", False), "found": best is not None,
            "output": best.id if best else None, **{f"{k}_ok": v for k, v in parts.items()},
            # a gold source with no actor ("those who know him") wants none resolved
            "source_actor_ok": bool(best) and (
                best.source.actor in actor_map.get(g["source_actor"], set()) if g.get("source_actor")
                else best.source.actor is None),
            "kind_ok": bool(best and best.kind == g["kind"]),
        })
    return found, rows


def _score_chains(doc: Document, gold: dict, actor_map, found) -> list[dict]:
    text = doc.text
    chains = []
    for g in gold["attributions"]:
        att = found.get(g["id"])
        for via in g.get("via", []):
            parent = doc.attribution(att.parent) if att else None
            via_span = _nearest(text, via["source"], _locate_attribution(text, g).content or (0, 0))
            ok = bool(parent and parent.kind == "reported_by" and (
                (parent.source.span and via_span and _overlap(parent.source.span, via_span))
                or parent.source.actor in actor_map.get(via.get("source_actor") or "", set())))
            chains.append({"check": f"{g['id']} via {via['source']}", "ok": ok})
        if g.get("nested_in"):
            outer = found.get(g["nested_in"])
            ok = bool(att and outer and att.parent == outer.id)
            chains.append({"check": f"{g['id']} inside {g['nested_in']}", "ok": ok,
                           "required": bool(g.get("required"))})
    return chains


def _in_sentence(ev, sent: Span | None) -> bool:
    return sent is not None and sent[0] <= ev.trigger[0] < sent[1]


def _score_events(doc: Document, gold: dict, actor_map, gold_actor_codes, found) -> tuple[list[dict], set[str]]:
    """Each gold event's best level (1 code and source, 2 + target, 3 + modality, 4 + attribution),
    and the ids of output events that match some gold event at level 1."""
    text = doc.text

    def participant_ok(part, gold_actor: str | None, extra_codes=()) -> bool:
        if gold_actor is None:
            return True
        accepted = gold_actor_codes.get(gold_actor, set()) | set(extra_codes)
        return part.actor in actor_map.get(gold_actor, set()) or (part.code in accepted and part.actor is None)

    rows = []
    loose_hits: set[str] = set()
    for g in gold["events"]:
        sent = _sentence_span(text, g["sentence_starts"])
        best_level, best_ev = 0, None
        for ev in doc.events:
            if not _in_sentence(ev, sent) or ev.code not in g["cameo_accept"]:
                continue
            if not participant_ok(ev.source, g["source"]):
                continue
            loose_hits.add(ev.id)
            level = 1
            if participant_ok(ev.target, g.get("target"), g.get("target_code_accept", ())):
                level = 2
                if ev.modality == g["modality"]:
                    level = 3
                    gold_att = found.get(g["according_to"]) if g.get("according_to") else None
                    if (g.get("according_to") is None and ev.attribution is None) or (
                        gold_att is not None and ev.attribution == gold_att.id
                    ):
                        level = 4
            if level > best_level:
                best_level, best_ev = level, ev
        rows.append({
            "id": g["id"], "required": g.get("required", False), "output": best_ev.id if best_ev else None,
            "code_source": best_level >= 1, "target": best_level >= 2, "found": best_level >= 3,
            "with_attribution": best_level >= 4,
        })
    return rows, loose_hits


def _score_forbidden(doc: Document, gold: dict, actor_map) -> list[dict]:
    rows = []
    for f in gold.get("forbidden", []):
        sent = _sentence_span(doc.text, f["sentence_starts"])
        bad = [ev.id for ev in doc.events
               if _in_sentence(ev, sent) and ev.source.actor in actor_map.get(f["source"], set())
               and (f.get("target") is None or ev.target.actor in actor_map.get(f["target"], set()))
               and ev.modality == "asserted"]
        rows.append({"id": f["id"], "violated_by": bad})
    return rows


def _score_dates(doc: Document, gold: dict) -> list[dict]:
    rows = []
    for d in gold.get("dates", []):
        occurrences = _occurrences(doc.text, d["text"])
        got = sorted({ev.date for ev in doc.events for o in occurrences
                      if ev.sentence[0] <= o[0] < ev.sentence[1] and ev.date})
        rows.append({"text": d["text"], "expected": d["resolves_to"], "got": got,
                     "ok": d["resolves_to"] in got})
    return rows


def _count(rows, key, required=None):
    rows = [r for r in rows if required is None or r["required"] == required]
    return {"hit": sum(1 for r in rows if r[key]), "of": len(rows)}


def score(doc: Document, gold: dict) -> dict:
    """Score one coded Document against the seed gold: actors, attributions, chains, events,
    forbidden readings and dates, each with its rows."""
    actor_map = map_actors(doc, gold["actors"])
    gold_actor_codes = {
        g["id"]: set(g.get("accept_codes") or [g["code"]]) for g in gold["actors"]
    }
    actors_report = _score_actors(doc, gold, actor_map, gold_actor_codes)
    found, att_report = _score_attributions(doc, gold, actor_map)
    chains = _score_chains(doc, gold, actor_map, found)
    events_report, loose_hits = _score_events(doc, gold, actor_map, gold_actor_codes, found)
    forbidden = _score_forbidden(doc, gold, actor_map)
    dates = _score_dates(doc, gold)
    n_events = len(doc.events)
    return {
        "doc_id": doc.doc_id,
        "actors": {"hit": sum(r["ok"] for r in actors_report), "of": len(actors_report), "rows": actors_report},
        "attributions": {
            "required": _count(att_report, "found", True),
            "optional": _count(att_report, "found", False),
            "content": _count(att_report, "content_ok"),
            "source": _count(att_report, "source_ok"),
            "cue": _count(att_report, "cue_ok"),
            "source_actor": _count(att_report, "source_actor_ok"),
            "kind": _count(att_report, "kind_ok"),
            "output": len(doc.attributions),
            "rows": att_report,
        },
        "chains": {"hit": sum(c["ok"] for c in chains), "of": len(chains), "rows": chains},
        "events": {
            "required": _count(events_report, "found", True),
            "optional": _count(events_report, "found", False),
            "required_with_attribution": _count(events_report, "with_attribution", True),
            "output": n_events,
            "precision": (len(loose_hits) / n_events) if n_events else None,
            "rows": events_report,
        },
        "forbidden": {"violations": sum(len(f["violated_by"]) for f in forbidden), "rows": forbidden},
        "dates": {"hit": sum(d["ok"] for d in dates), "of": len(dates), "rows": dates},
    }


def load_gold(gold_path: str) -> tuple[dict, str]:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    article = Path(gold_path).parent / gold.get("article", "article.txt")
    return gold, article.read_text(encoding="utf-8")


def run(gold_path: str, options=None, *, document: Document | None = None) -> dict:
    """Code the seed article (or take `document`) and score it against the gold."""
    gold, text = load_gold(gold_path)
    if document is None:
        from ..pipeline import code_text

        meta = gold.get("metadata", {})
        document = code_text(text, date=meta.get("date"), publisher=meta.get("publisher"), options=options)
    if document.text != text:
        raise ValueError("the document's text is not the gold article's text")
    return score(document, gold)


def _ratio(d: dict) -> str:
    return f"{d['hit']}/{d['of']}"


def render(report: dict) -> str:
    a, e = report["attributions"], report["events"]
    precision = "n/a" if e["precision"] is None else f"{e['precision']:.2f}"
    lines = [
        f"seed score for {report['doc_id']}",
        f"  actors with an accepted code    {_ratio(report['actors'])}",
        f"  attributions required           {_ratio(a['required'])}   optional {_ratio(a['optional'])}"
        f"   (output {a['output']})",
        f"    content/source/cue found      {_ratio(a['content'])} / {_ratio(a['source'])} / {_ratio(a['cue'])}"
        f"   source actor {_ratio(a['source_actor'])}   kind {_ratio(a['kind'])}",
        f"  chain checks                    {_ratio(report['chains'])}",
        f"  events required                 {_ratio(e['required'])}   optional {_ratio(e['optional'])}"
        f"   required with attribution {_ratio(e['required_with_attribution'])}",
        f"  event precision                 {precision}   (output {e['output']})",
        f"  forbidden readings produced     {report['forbidden']['violations']}",
        f"  event dates                     {_ratio(report['dates'])}",
        "",
        "  missed: "
        + ", ".join(
            [r["id"] for r in a["rows"] if not r["found"]]
            + [c["check"] for c in report["chains"]["rows"] if not c["ok"]]
            + [r["id"] for r in report["actors"]["rows"] if not r["ok"]]
            + [r["id"] for r in e["rows"] if not r["found"]]
        ),
    ]
    return "\n".join(lines)
