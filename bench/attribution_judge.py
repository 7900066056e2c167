"""A hand-judged sample of attributions on real news: how many are fully right, how many spurious?

    .venv/bin/python bench/attribution_judge.py draw  [--n 60] [--seed 17]   # show the sample
    .venv/bin/python bench/attribution_judge.py score [--n 60] [--seed 17]   # the figures
    .venv/bin/python bench/attribution_judge.py record N=VERDICT:REASON ... [--n 60] [--seed 17]  # judge that draw

PolNeAR scores attribution on political news of one kind and one annotation scheme; this is
the other measure: attributions the stage finds in the public-domain VOA stories
(``../shared/data/voa/stories.jsonl``), drawn at random and judged by a person.  The stories
that are the events gold (``eval/news/voa-*.json``) are left out, so they stay unseen.

The sample: every attribution of every story except the ``reported_by`` links (they restate
a frame's addressee) gets a pseudo-random rank, a hash of the seed, the story id and the
cue's offsets; the N lowest ranks are the sample.  The rank of an attribution does not depend
on the others, so after a rule change the attributions still found keep their place, the ones
dropped leave it, and only the new or re-ranked ones need judging.

The judgments file (``eval/attribution/voa-judged.jsonl``) holds one line per judged
attribution: the story id, the character offsets of source, cue and content, the verdict and a
reason code.  It holds no story text.  An attribution matches a judgment only when all of its
offsets are the same; a changed span is a new attribution to judge.

Verdicts:
  right     fully right: the source span is the holder of the view or the speaker (or null
            where no holder is named in the text and none can be), the cue is the word(s)
            that report it, and the content is the reported proposition (a clause, quotation,
            or what the stance is about when the stance is itself the reported view) -
            neither cut short of its main clause nor running into an unrelated clause.
  partly    an attribution is there, but one slot is wrong: the source is another
            mention than the holder, the content is cut short or runs over, the cue is off.
  spurious  nothing is attributed: the source cannot hold a view ("the remarks suggest"),
            the verb takes a bare object and reports no proposition ("issues licenses",
            "opposes investment" as a plain description of conduct), or a passive evaluation
            with no holder ("is considered a crime").
Reason codes (short, free to add): ok, source, content, cue, inanimate, no_proposition,
not_attribution, passive_no_holder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STORIES = REPO.parent / "shared" / "data" / "voa" / "stories.jsonl"
JUDGED = REPO / "eval" / "attribution" / "voa-judged.jsonl"
RESERVED = {p.stem.split("-", 1)[1] for p in (REPO / "eval" / "news").glob("voa-*.json")}
VERDICTS = ("right", "partly", "spurious")
LAST_DIR = Path.home() / ".cache" / "newsdyad-bench"


def last_draw(n: int, seed: int) -> Path:
    """Where the last draw of this size and seed is kept for `record` (one file per sample, so
    two samples judged at once do not mix)."""
    return LAST_DIR / f"attribution-judge-n{n}-seed{seed}.jsonl"


def _stories(path: Path) -> list[dict]:
    """The VOA stories, the reserved events-gold ones left out."""
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return [r for r in records if str(r["id"]) not in RESERVED]


def _parsed(nlp, texts: list[str], cache: Path | None):
    """The stories parsed, from a DocBin cache when one was made by this model on these texts."""
    from spacy.tokens import DocBin

    if cache is None:
        return list(nlp.pipe(texts))
    key = hashlib.sha1(("\0".join(texts) + nlp.meta["name"] + nlp.meta["version"]).encode()).hexdigest()[:12]
    path = cache / f"voa-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def key_of(item: dict) -> tuple:
    """What a judgment is matched on: the story and every offset."""
    src = tuple(item["source"]) if item["source"] else None
    return (str(item["story"]), src, tuple(map(tuple, item["cue"])), tuple(map(tuple, item["content"])))


def rank(seed: int, story: str, cue: list) -> str:
    """The attribution's place in the draw: independent of every other attribution."""
    return hashlib.sha1(f"{seed}|{story}|{json.dumps(cue)}".encode()).hexdigest()


def attributions(cache: Path | None, stories: Path = STORIES):
    """Every (story, doc, attribution) of the unreserved stories, reported_by links left out."""
    from newsdyad.actors import find_actors
    from newsdyad.attribution import find_attributions
    from newsdyad.pipeline import load_pipeline

    pipeline = load_pipeline()
    records = _stories(stories)
    docs = _parsed(pipeline.nlp, [r["text"] for r in records], cache)
    for rec, doc in zip(records, docs):
        date = (rec.get("published") or "")[:10] or None
        actors = find_actors(doc, date=date, kb=pipeline.kb)
        for att in find_attributions(doc, actors).attributions:
            if att.kind != "reported_by":
                yield str(rec["id"]), doc, att


def draw(n: int, seed: int, cache: Path | None) -> list[dict]:
    """The sample: the n attributions of lowest rank, each with the text needed to judge it."""
    items = []
    for story, doc, att in attributions(cache):
        items.append({"story": story, "source": list(att.source.span) if att.source.span else None,
                      "cue": [list(s) for s in att.cue], "content": [list(s) for s in att.content],
                      "rule": att.rule, "kind": att.kind, "_doc": doc,
                      "_rank": rank(seed, story, [list(s) for s in att.cue])})
    items.sort(key=lambda it: it["_rank"])
    return items[:n]


def load_judged(path: Path = JUDGED) -> dict[tuple, dict]:
    """The judgments file, keyed by story and offsets (empty when there is none yet)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {key_of(j): j for j in (json.loads(line) for line in fh if line.strip())}


def _show(n: int, it: dict, verdict: dict | None) -> str:
    doc = it["_doc"]
    text = doc.text
    anchor = (it["cue"] or it["content"])[0][0]
    sent = next((s for s in doc.sents if s.start_char <= anchor < s.end_char), None)
    lo = min([anchor] + [s for s, _ in it["content"]] + ([it["source"][0]] if it["source"] else []))
    hi = max([anchor] + [e for _, e in it["content"]] + ([it["source"][1]] if it["source"] else []))
    if sent is not None:
        lo, hi = min(lo, sent.start_char), max(hi, sent.end_char)

    def spans(ss):
        return " | ".join(text[s:e] for s, e in ss)
    src = text[it["source"][0]:it["source"][1]] if it["source"] else "-"
    mark = f"  [{verdict['verdict']}:{verdict.get('reason', '')}]" if verdict else "  [TO JUDGE]"
    return (f"{n:>3}. {it['story']} {it['kind']} {it['rule']}{mark}\n"
            f"     SENT: {text[lo:hi].strip()}\n     SOURCE: {src}\n     CUE: {spans(it['cue'])}\n"
            f"     CONTENT: {spans(it['content'])}\n")


def score(sample: list[dict], judged: dict[tuple, dict]) -> dict:
    """Verdict counts and shares over the judged part of the sample, and how many are left."""
    counts = {v: 0 for v in VERDICTS}
    todo = 0
    for it in sample:
        j = judged.get(key_of(it))
        if j is None:
            todo += 1
        else:
            counts[j["verdict"]] += 1
    done = sum(counts.values())
    return {"judged": done, "to_judge": todo, **counts,
            **{f"{v}_share": (counts[v] / done if done else 0.0) for v in VERDICTS}}


def record(pairs: list[str], last: Path, path: Path = JUDGED) -> int:
    """Append verdicts for items of the last draw of a sample ("3=spurious:inanimate")."""
    with open(last, encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    judged = load_judged(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    added = 0
    with open(path, "a", encoding="utf-8") as fh:
        for pair in pairs:
            num, _, val = pair.partition("=")
            verdict, _, reason = val.partition(":")
            if verdict not in VERDICTS:
                raise SystemExit(f"unknown verdict {verdict!r} in {pair!r}")
            it = items[int(num) - 1]
            if key_of(it) in judged:
                continue
            row = {"story": it["story"], "source": it["source"], "cue": it["cue"], "content": it["content"],
                   "verdict": verdict, "reason": reason or ("ok" if verdict == "right" else "")}
            fh.write(json.dumps(row) + "\n")
            judged[key_of(it)] = row
            added += 1
    return added


def main(argv: list[str] | None = None) -> int:
    """draw, score or record (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=["draw", "score", "record"])
    ap.add_argument("verdicts", nargs="*", help="record: N=VERDICT:REASON for items of the last draw")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--cache", type=Path, default=None, help="a folder for the parsed stories (DocBin)")
    ap.add_argument("--judged", type=Path, default=JUDGED)
    args = ap.parse_args(argv)
    if args.command == "record":
        last = last_draw(args.n, args.seed)
        if not last.exists():
            raise SystemExit(f"no draw of --n {args.n} --seed {args.seed} yet: run draw first")
        print(f"{record(args.verdicts, last, args.judged)} verdicts added to {args.judged}")
        return 0
    sample = draw(args.n, args.seed, args.cache)
    judged = load_judged(args.judged)
    last = last_draw(args.n, args.seed)
    last.parent.mkdir(parents=True, exist_ok=True)
    with open(last, "w", encoding="utf-8") as fh:
        for it in sample:
            fh.write(json.dumps({k: v for k, v in it.items() if not k.startswith("_")}) + "\n")
    if args.command == "draw":
        for n, it in enumerate(sample, 1):
            print(_show(n, it, judged.get(key_of(it))))
    s = score(sample, judged)
    print(f"sample of {len(sample)} (seed {args.seed}): judged {s['judged']}, to judge {s['to_judge']}; "
          f"right {s['right']} ({s['right_share']:.0%}), partly {s['partly']} ({s['partly_share']:.0%}), "
          f"spurious {s['spurious']} ({s['spurious_share']:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
