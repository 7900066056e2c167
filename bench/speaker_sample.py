"""A sample of resolved speakers to check by hand: how often is ``source.actor`` right?

    .venv/bin/python bench/speaker_sample.py KIND [--n 25] [--seed 1] [--docs 300] [--file PATH]

KIND is the kind of source that needed resolving (a name inside an actor's mention needs
none): ``pronoun`` (he, she, it, they, his ...), ``first`` (I, we, our ... inside a
quotation), ``relative`` (who, which, that), ``description`` (the minister, the paper)
or ``surname``.  Each line shows the actor chosen and the 300 characters before the
source; a person reads them and counts the right ones.  Unresolved sources of the kind
are counted too, so the resolution rate comes out alongside.

There is no gold for speaker resolution in the shared data (PolNeAR marks source spans,
not who they are), hence a sample to read rather than a score.  Defaults read the
public-domain VOA stories in ``../shared/data/voa``.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PRONOUNS = {"he", "she", "him", "his", "her", "it", "its", "they", "them", "their"}
FIRST = {"i", "me", "my", "we", "us", "our"}
RELATIVES = {"who", "whom", "which", "that"}
DEFINITE = {"the", "this", "these", "that", "those"}


def kind_of(head, covered: bool) -> str | None:
    low = head.lower_
    if low in PRONOUNS:
        return "pronoun"
    if low in FIRST:
        return "first"
    if low in RELATIVES:
        return "relative"
    if covered:
        return None  # the source is itself a mention of an actor: nothing to resolve
    if head.pos_ == "PROPN":
        return "surname"
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return "description"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=["pronoun", "first", "relative", "description", "surname"])
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--file", default=str(REPO.parent / "shared" / "data" / "voa" / "stories.jsonl"))
    args = ap.parse_args()

    from newsdyad.actors import find_actors
    from newsdyad.attribution import find_attributions
    from newsdyad.pipeline import load_pipeline

    pipeline = load_pipeline()
    with open(args.file, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    random.Random(args.seed).shuffle(records)
    records = records[: args.docs]
    resolved, unresolved = [], 0
    texts = (r["text"] for r in records)
    for rec, doc in zip(records, pipeline.nlp.pipe(texts, batch_size=pipeline.options.batch_size)):
        text = doc.text
        date = (rec.get("published") or rec.get("date") or "")[:10] or None
        actors = find_actors(doc, date=date, kb=pipeline.kb)
        covered = [span for a in actors for span in a.mentions]
        result = find_attributions(doc, actors)
        names = {a.id: a.name for a in result.actors}
        for att in result.attributions:
            if att.kind == "reported_by" or not att.source.span:
                continue
            span = doc.char_span(*att.source.span, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            head = span.root
            if kind_of(head, any(s <= head.idx < e for s, e in covered)) != args.kind:
                continue
            if att.source.actor is None:
                unresolved += 1
                continue
            context = text[max(0, head.idx - 300): head.idx + len(head.text) + 40].replace("\n", " ")
            resolved.append((names[att.source.actor], text[att.source.span[0]:att.source.span[1]], context))
    total = len(resolved) + unresolved
    share = len(resolved) / total if total else 0.0
    print(f"{args.kind}: {len(resolved)} of {total} sources resolved ({share:.0%}) in {len(records)} documents")
    rng = random.Random(1)
    for n, (name, source, context) in enumerate(rng.sample(resolved, min(args.n, len(resolved))), 1):
        print(f"\n{n:>3}. [{source}] -> {name}\n     ...{context}")


if __name__ == "__main__":
    main()
