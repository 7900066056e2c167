"""Build src/newsdyad/data/events/petrarch_verbs.tsv from the PETRARCH2 CAMEO verb dictionaries.

    .venv/bin/python scripts/build_petrarch_verbs.py [--shared ../shared/data/petrarch2] [--all-verbs]

Reads CAMEO.2.0.txt (the dictionary PETRARCH2's production configuration loads) and
CAMEO.verbpatterns.150430.txt (the older TABARI-style file, used only where it adds coverage), maps
every pattern onto the dependency parse with newsdyad.events.petrarch_map, and writes the facts
(verb + constraints -> CAMEO code) as rows of the lexicon format (see lexicon.tsv's header).  No
comment or prose of the dictionaries is copied; the output names its sources and carries their MIT
notice (LICENSE.petrarch2.txt).

Precision rules (applied here, by rule, never word by word; measured with `newsdyad eval records`,
`eval plover`, `eval seed` and a hand-checked VOA sample):

1. A pattern applies to the verb its dictionary line names as the verb it was written for, when it
   names one of the block's verbs; otherwise to every verb of the block (PETRARCH's own reading).
   The blocks of CAMEO.2.0 were widened with WordNet synonyms ("die" and "best" sit in a 190 block),
   so a pattern written for "stage" ("stage attack") would otherwise also fire for "post attack".
2. A verb's code with no constraint (the verb alone) is taken only when the dictionary gives it on
   the verb's own line, or when the verb is the one the block is named for: a block's code spread over
   its synonyms is left out ("count", "total", "score" would all be 010).
3. No code for a verb alone, and no pattern without constraints, when our own lexicon lists the verb
   at all: our entries say when that verb is an event, and a bare code would fire exactly where our
   constraints deliberately do not ("express" is 012/013/018 by its object, never 110 alone).
   (Verbs our lexicon gives a wrapper, light or aspect frame take no PETRARCH entries at all: that is
   done when the lexicon is loaded, see lexicon.merge_entries.)
4. CAMEO.verbpatterns.150430.txt adds only entries CAMEO.2.0.txt does not have: a (verb, constraints)
   pair that is new, and a verb alone only when CAMEO.2.0 has no such verb.
5. Codes that are not CAMEO codes are counted and left out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdyad.events.cameo import _rows  # noqa: E402
from newsdyad.events.lexicon import Entry  # noqa: E402
from newsdyad.events.petrarch_map import map_dictionary  # noqa: E402
from newsdyad.events.petrarch_verbs import read_verb_file  # noqa: E402

OUT = ROOT / "src" / "newsdyad" / "data" / "events" / "petrarch_verbs.tsv"
SOURCES = ("CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt")


def _join(values) -> str:
    return "|".join(sorted(values))


def constraints(e: Entry) -> str:
    out = []
    if e.obj:
        out.append("obj=" + _join(e.obj))
    if e.pobj:
        preps, lemmas = e.pobj
        out.append("pobj=" + _join(preps) + ":" + ("*" if lemmas is None else _join(lemmas)))
    if e.mod:
        out.append("mod=" + _join(e.mod))
    if e.subj:
        out.append("subj=" + _join(e.subj))
    if e.pobj_mod:
        out.append("pmod=" + _join(e.pobj_mod))
    if e.target_prep:
        out.append("target=" + _join(e.target_prep))
    if e.reverse:
        out.append("reverse")
    return " ".join(out)


def key(e: Entry) -> tuple:
    return (e.lemma, e.particle, constraints(e))


def own_verbs() -> set[str]:
    return {row["lemma"].strip().lower().split()[0] for row in _rows("lexicon.tsv") if row["pos"].strip() == "V"}


def bare_allowed(d, e: Entry) -> bool:
    """Rule 2: the verb's own line gives the code, or the block is named for the verb."""
    for b in d.blocks:
        for v in b.verbs:
            if v.line == e.line:
                return v.code is not None or b.label.replace("_", " ").lower() == " ".join(v.words).lower()
    return True  # a pattern without constraints: the pattern line names its code itself


def build(shared: Path, all_verbs: bool = False) -> tuple[list[tuple[str, Entry]], Counter, list[str]]:
    own = own_verbs()
    rows: list[tuple[str, Entry]] = []
    seen: set = set()
    seen_verbs: set[str] = set()
    stats: Counter = Counter()
    summaries = []
    for name in SOURCES:
        d = read_verb_file(str(shared / name))
        entries, report = map_dictionary(d, origin="petrarch", origin_verb_only=not all_verbs, source=name)
        summaries.append(f"{name}: {report.summary()}")
        file_verbs = set()
        for e in entries:
            bare = e.n_constraints == 0 or (e.n_constraints == 1 and e.particle is not None)
            if bare:
                if not bare_allowed(d, e):
                    stats["rule 2: block code spread over synonyms"] += 1
                    continue
                if e.lemma in own:
                    stats["rule 3: verb alone, in our lexicon"] += 1
                    continue
                if e.lemma in seen_verbs:
                    stats["rule 4: verb alone, already in CAMEO.2.0"] += 1
                    continue
                file_verbs.add(e.lemma)
            k = key(e)
            if k in seen:
                stats["rule 4: same constraints, already in CAMEO.2.0"] += 1
                continue
            seen.add(k)
            rows.append((name, e))
            stats[f"kept from {name}"] += 1
        seen_verbs |= file_verbs | {e.lemma for e in entries}
    return rows, stats, summaries


def write(rows, summaries, shared: Path, out: Path) -> None:
    notice = (shared / "LICENSE.petrarch2.txt").read_text(encoding="utf-8").strip().splitlines()
    lines = [
        "# PETRARCH verb patterns converted for newsdyad by scripts/build_petrarch_verbs.py (do not edit by hand).",
        "# Sources: CAMEO.2.0.txt and CAMEO.verbpatterns.150430.txt of PETRARCH2",
        "#   (https://github.com/openeventdata/petrarch2, commit 676801c), Open Event Data Alliance.",
        "# Facts only: verb + constraints -> CAMEO code, in the columns of lexicon.tsv; constraints as there, plus",
        "#   subj=a|b (subject lemmas), pmod=a|b (modifier of the prepositional object), target=prep (the target is",
        "#   that preposition's object), reverse (the target acts on the source); code \"-\" = no event (a null pattern).",
        "# " + "; ".join(summaries),
        "# The dictionaries are distributed under this notice:",
        "#",
    ] + [("# " + x).rstrip() for x in notice] + ["#", "code\tpos\tlemma\tframe\tconstraints"]
    for _, e in rows:
        words = e.lemma + (" " + e.particle if e.particle else "")
        lines.append(f"{e.code or '-'}\tV\t{words}\tact\t{constraints(e)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "petrarch2")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--all-verbs", action="store_true", help="apply every pattern to every verb of its block (no rule 1)")
    args = ap.parse_args()
    rows, stats, summaries = build(args.shared, args.all_verbs)
    write(rows, summaries, args.shared, args.out)
    for s in summaries:
        print(s)
    for k, v in sorted(stats.items()):
        print(f"{k}: {v}")
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
