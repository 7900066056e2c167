"""Build src/newsdyad/data/events/petrarch_verbs.tsv from the PETRARCH2 CAMEO verb dictionaries.

    .venv/bin/python scripts/build_petrarch_verbs.py [--shared ../shared/data/petrarch2] [--all-verbs] [--defaults-only]

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
2. Only entries that name a word of what is done are taken: an object, a prepositional object or a
   modifier.  A verb alone, or with only a particle, an empty prepositional phrase or a subject
   ("import from", "vote against", "contribute", "troops took"), is left out: the blocks spread one code over loose synonyms
   ("count", "total", "score" would all be 010), and on a 15-story VOA sample such entries were
   almost all wrong ("X contributed to this report" as 070, "monitoring developments" as 090).
   Our own lexicon.tsv carries the verbs that are events on their own.
3. Verbs our lexicon gives a wrapper, light or aspect frame take no PETRARCH entries (their code comes
   from what they govern); the same rule holds for --verbs files at load time (lexicon.merge_entries),
   where our own entries for a verb are also tried before any dictionary's.
3b. No entries coded in the verbal roots 01-04 (statements, appeals, intentions, consultations): our
   lexicon codes these compositionally (wrapper frames recode the event they govern through
   families.tsv), and on the VOA sample PETRARCH's own 01-04 patterns were nearly all wrong
   ("took part" 030, "find solutions" 030, "sent a message" 040, "shared concerns" 018).
2b. The verb alone (or with only its particle) is kept under one condition, the constraint ``actors``
   (events/fallback.py): its subject and its object are both coded actors ("the army removed the
   governor": the DEPORT block's 174).  Unconditioned, such entries were 16 right vs 34 wrong roots
   on the news gold; with the condition they are the last entry tried for the verb.  Not in roots
   06-08 (THEME_ROOTS): there the object is what is shared, given or allowed, not someone acted on
   ("led a group", "allowed merchants", "directed VOA to comments" were all wrong on a VOA sample).
4. CAMEO.verbpatterns.150430.txt adds only entries CAMEO.2.0.txt does not have: a (verb, constraints)
   pair that is new.
5. Codes that are not CAMEO codes are counted and left out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdyad.events.lexicon import OWN_FRAMES_GOVERN, Entry, load_lexicon  # noqa: E402
from newsdyad.events.petrarch_map import map_dictionary  # noqa: E402
from newsdyad.events.petrarch_verbs import read_verb_file  # noqa: E402

OUT = ROOT / "src" / "newsdyad" / "data" / "events" / "petrarch_verbs.tsv"
DEFAULTS = OUT.with_name("petrarch_verb_defaults.tsv")  # rule 2b's rows
SOURCES = ("CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt")
VERBAL_ROOTS = ("01", "02", "03", "04")
THEME_ROOTS = ("06", "07", "08")  # cooperation, aid, yielding: the object is what is shared, given or allowed


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
    if e.actor_args:
        out.append("actors")
    return " ".join(out)


def key(e: Entry) -> tuple:
    return (e.lemma, e.particle, constraints(e))


def names_a_word(e: Entry) -> bool:
    """Rule 2: the entry constrains an object, a prepositional object or a modifier (a subject alone
    says who acts, not what is done: "&MILITARY * [192]" would make "troops took part" an occupation)."""
    return bool(e.obj or (e.pobj and e.pobj[1] is not None) or e.mod)


def build(shared: Path, all_verbs: bool = False) -> tuple[list[tuple[str, Entry]], Counter, list[str]]:
    governed = {lemma for (pos, lemma), entries in load_lexicon().by_key.items() if pos == "V"
                and any(o.origin == "lexicon" and o.frame in OWN_FRAMES_GOVERN for o in entries)}
    rows: list[tuple[str, Entry]] = []
    seen: set = set()
    stats: Counter = Counter()
    summaries = []
    for name in SOURCES:
        d = read_verb_file(str(shared / name))
        entries, report = map_dictionary(d, origin="petrarch", origin_verb_only=not all_verbs, source=name)
        summaries.append(f"{name}: {report.summary()}")
        for e in entries:
            if e.code is not None and e.code[:2] in VERBAL_ROOTS:
                stats["rule 3b: verbal roots 01-04"] += 1
                continue
            if e.lemma in governed:
                stats["rule 3: verb our lexicon frames as a wrapper, light or aspect verb"] += 1
                continue
            if not names_a_word(e):
                if e.subj or e.pobj or e.reverse or e.target_prep or e.linear or e.code is None \
                        or e.code[:2] in THEME_ROOTS:
                    stats["rule 2: no word named (verb alone, particle, empty phrase)"] += 1
                    continue
                e = replace(e, actor_args=True)  # rule 2b: the verb's default code between coded actors
                stats["rule 2b: verb alone, kept for coded subject and object"] += 1
            k = key(e)
            if k in seen:
                stats["rule 4: same constraints, already in CAMEO.2.0"] += 1
                continue
            seen.add(k)
            rows.append((name, e))
            stats[f"kept from {name}"] += 1
    return rows, stats, summaries


def write(rows, summaries, shared: Path, out: Path, what: str = "verb patterns") -> None:
    notice = (shared / "LICENSE.petrarch2.txt").read_text(encoding="utf-8").strip().splitlines()
    lines = [
        f"# PETRARCH {what} converted for newsdyad by scripts/build_petrarch_verbs.py (do not edit by hand).",
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
    ap.add_argument("--defaults", type=Path, default=DEFAULTS)
    ap.add_argument("--defaults-only", action="store_true", help="write only the rule 2b file (petrarch_verb_defaults.tsv)")
    args = ap.parse_args()
    rows, stats, summaries = build(args.shared, args.all_verbs)
    defaults = [r for r in rows if r[1].actor_args]
    if not args.defaults_only:
        write([r for r in rows if not r[1].actor_args], summaries, args.shared, args.out)
    write(defaults, summaries, args.shared, args.defaults,
          "verbs' default codes (rule 2b: only between coded actors)")
    print(f"{len(defaults)} rows -> {args.defaults}")
    for s in summaries:
        print(s)
    for k, v in sorted(stats.items()):
        print(f"{k}: {v}")
    if not args.defaults_only:
        print(f"{len(rows) - len(defaults)} rows -> {args.out}")


if __name__ == "__main__":
    main()
