"""Build the knowledge-base data files derived from the MIT-licensed Phoenix actor dictionaries.

Usage (from the repository root)::

    .venv/bin/python scripts/build_phoenix_kb.py ../shared/data/petrarch2

reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt`` and writes

- ``src/newsdyad/data/kb/phoenix_persons.tsv``: one row per dated code of a person
  (name, aliases, code, start, end, source line);
- ``src/newsdyad/data/kb/phoenix_groups.tsv``: one row per undated organisation, group,
  institution or country name (code, name, aliases, kind, source line).

Only facts are carried over (names, codes, dates); the dictionaries' comments are not.

Rules (each has a test in tests/actors/test_actors_kb_build.py):

- Date restrictions ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]``, ``[CODE YYMMDD-YYMMDD]`` become
  start/end columns (ISO dates); an open side is written ``-``.  An undated code of a person
  is the row with both sides ``-`` (the code outside every dated term).  Malformed dates are
  dropped (as PETRARCH drops them).
- **City and province synonyms are dropped.**  A country block (a block whose only code is a
  bare three-letter root, e.g. ``AFGHANISTAN_ [AFG]``) lists its country's name variants,
  demonyms, capitals, cities and provinces as synonyms.  A synonym is kept only when it names
  the country itself: it is an acronym ("DPRK"), it contains a word of a state's formal name (REPUBLIC, KINGDOM, ...), or
  it is a spelling variant of one of the country's names (its primary phrase, or a name,
  alias or demonym of that ISO code in the built-in ``countries.tsv``): the same first letter and
  a similarity ratio >= 0.8 (difflib).  Everything else (Kabul, Helmand, Oran, "the
  graveyard of empires") is dropped; capitals are already the built-in metonyms.
- An organisation's one-word synonym that is neither an acronym nor a hyphenated name of two
  words ("ORGANIZATION", "SENATE", "YOUTH", "AL-AQSA") is dropped: in running text it names
  something else.
- Person synonyms that begin with a title ("PRESIDENT KARZAI") are dropped: the resolver reads
  titles itself.
- Phrases are written in title case with Arabic and European particles in lower case
  ("OMAR_HASSAN_AL-BASHIR" -> "Omar Hassan al-Bashir").

The loader (``newsdyad.actors.kb``) adds these rows after the built-in files, and a built-in
name always wins over a Phoenix one.
"""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsdyad.actors.petrarch import DictActor, read_actors  # noqa: E402

SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
           "Phoenix.MilNonState.actors.txt")
OUT_DIR = REPO / "src" / "newsdyad" / "data" / "kb"

MIT_NOTICE = """\
# Derived by scripts/build_phoenix_kb.py from the Phoenix actor dictionaries of PETRARCH2
# ({files}; https://github.com/openeventdata/petrarch2),
# which carry this notice:
#
# The MIT License (MIT)
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
#
# Facts only (names, CAMEO codes, date ranges); do not edit by hand: rerun the script.
"""

PERSONS_COLUMNS = ("# Columns: name<TAB>aliases (|-separated)<TAB>code<TAB>start<TAB>end<TAB>source (file:line)\n"
                   "# start/end: ISO date, or - for an open side; a row with both sides - is the person's code"
                   " outside every dated row.\n")
GROUPS_COLUMNS = ("# Columns: code<TAB>name<TAB>aliases (|-separated)<TAB>kind<TAB>source (file:line)\n"
                  "# Undated codes: start and end are open (-) for every row.\n")

# words of a state's formal name: a synonym holding one names the country itself
STATE_WORDS = frozenset("""republic republique republica kingdom state states emirate emirates union
federation federal commonwealth principality sultanate confederation islands jumhuriyah
democratic people's peoples""".split())
PLACE_WORDS = frozenset("city province region district governorate county prefecture".split())
# the resolver reads these itself; a synonym starting with one is a title plus a name
TITLE_WORDS = frozenset("""president vice prime premier minister king queen emir sheikh sheik prince
crown sultan chancellor general gen. gen lieutenant colonel col. major admiral secretary
ambassador senator governor mayor chairman leader commander marshal mr mr. mrs mrs. dr dr.
former ex-president pope ayatollah cardinal archbishop bishop imam mullah reformer""".split())
PARTICLES = frozenset("al el ad ad- ash as at az ar an bin ibn bint de da di del della der des du la le van von y e of the and".split())


def title_case(phrase: str) -> str:
    """``OMAR_HASSAN_AL-BASHIR`` -> ``Omar Hassan al-Bashir`` (particles lower case after the first word)."""
    words = phrase.replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        cased = []
        for j, part in enumerate(parts):
            low = part.lower()
            if low in PARTICLES and not (i == 0 and len(parts) == 1):
                cased.append(low)
            elif part.isupper() or part.islower():
                cased.append(part[:1].upper() + part[1:].lower())
            else:
                cased.append(part)
        out.append("-".join(cased))
    return " ".join(out)


def keep_acronym(phrase: str, person: bool = False) -> str:
    """A one-word phrase that reads as an acronym stays upper case: up to four letters
    ("US", "ANSF"), five without a vowel, or letters with dots ("U.S.").  A person's
    one-word synonym is a surname and is always title-cased."""
    word = phrase.replace("_", " ").strip()
    letters = re.sub(r"[^A-Za-z]", "", word)
    if person or " " in word or not letters or not letters.isupper() or len(letters) > 5:
        return ""
    if len(letters) <= 4 or "." in word or not any(v in letters for v in "AEIOU"):
        return word
    return ""


def cased(phrase: str, person: bool = False) -> str:
    return keep_acronym(phrase, person) or title_case(phrase)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def names_country(synonym: str, names: list[str]) -> bool:
    """Whether a country block's synonym names the country itself (not a city or province)."""
    if keep_acronym(synonym.replace(" ", "_")):
        return True  # "USA", "DPRK": the country's own initials
    words = set(synonym.lower().replace("-", " ").split())
    if words & PLACE_WORDS:
        return False
    if words & STATE_WORDS:
        return True
    syn = _letters(synonym)
    for name in names:
        ref = _letters(name)
        if syn and ref and syn[0] == ref[0] and difflib.SequenceMatcher(None, syn, ref).ratio() >= 0.8:
            return True
    return False


def is_country_block(block: DictActor) -> bool:
    return (not block.dated and block.default is not None and len(block.default) == 3
            and block.default.isalpha())


def builtin_country_names(path: Path | None = None) -> dict[str, list[str]]:
    """ISO3 -> names, aliases and demonyms from the built-in countries.tsv (not the capitals)."""
    path = path or OUT_DIR / "countries.tsv"
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + ["", "", "", ""]
        names = [cols[1]] + [v for c in (cols[2], cols[3]) for v in c.split("|") if v.strip()]
        out[cols[0]] = [n.strip() for n in names if n.strip()]
    return out


def is_loose_word(phrase: str) -> bool:
    """A one-word synonym of an organisation that is neither an acronym nor a hyphenated name
    ("ORGANIZATION", "SENATE", "YOUTH", "ASSAD"): in running text it would name something else."""
    word = phrase.replace("_", " ").strip()
    if " " in word:
        return False
    if len(re.sub(r"[^A-Za-z]", "", word)) < 2:
        return True
    if keep_acronym(word):
        return False
    # a hyphenated name holds two words that are not particles ("LASHKAR-E-TAIBA", "MAI-MAI");
    # "AL-AQSA" alone is the mosque as often as the group
    return len([p for p in word.split("-") if p and p.lower() not in PARTICLES]) < 2


def is_title_synonym(phrase: str) -> bool:
    first = phrase.replace("_", " ").split()[0].lower() if phrase.split() else ""
    return first in TITLE_WORDS


def guess_kind(code: str) -> str:
    if code.startswith("IGO"):
        return "igo"
    if code.startswith(("NGO", "MNC")):
        return "organisation"
    if code.startswith("IMG"):
        return "group"
    if "MED" in code[3:] or code == "MED":
        return "media"
    if len(code) == 3:
        return "country" if code.isalpha() else "organisation"
    sector = code[3:6]
    if sector in {"REB", "INS", "UAF", "OPP", "PTY"}:
        return "group"
    if sector == "ELI":
        return "person"  # an undated elite ("DENG_XIAOPING_ [CHNELI]")
    return "organisation"


def _date(value: str) -> str:
    return value or "-"


def convert(blocks: list[DictActor], label: str, country_names: dict[str, list[str]]):
    """Person rows and group rows from parsed blocks; also counts of what was dropped."""
    persons: list[tuple[str, ...]] = []
    groups: list[tuple[str, ...]] = []
    dropped = {"place_synonyms": 0, "title_synonyms": 0, "word_synonyms": 0, "null_code": 0}
    for block in blocks:
        if not block.phrases:
            continue
        source = f"{label}:{block.line}"
        primary = block.phrases[0]
        if block.dated:
            aliases = []
            for phrase in block.phrases[1:]:
                if is_title_synonym(phrase):
                    dropped["title_synonyms"] += 1
                    continue
                aliases.append(cased(phrase, person=True))
            name = cased(primary, person=True)
            aliases = [a for a in dict.fromkeys(aliases) if a != name]
            for term in block.dated:
                if term.code is None:
                    dropped["null_code"] += 1
                    continue
                persons.append((name, "|".join(aliases), term.code, _date(term.start), _date(term.end), source))
            if block.has_default and block.default:
                persons.append((name, "|".join(aliases), block.default, "-", "-", source))
            continue
        if not block.default:
            dropped["null_code"] += 1
            continue
        synonyms = block.phrases[1:]
        if is_country_block(block):
            names = [primary] + country_names.get(block.default, [])
            kept = []
            for phrase in synonyms:
                if names_country(phrase.replace("_", " "), names):
                    kept.append(phrase)
                else:
                    dropped["place_synonyms"] += 1
            synonyms = kept
        else:
            kept = []
            for phrase in synonyms:
                if is_loose_word(phrase):
                    dropped["word_synonyms"] += 1
                else:
                    kept.append(phrase)
            synonyms = kept
        name = cased(primary)
        aliases = [a for a in dict.fromkeys(cased(p) for p in synonyms) if a != name]
        groups.append((block.default, name, "|".join(aliases), guess_kind(block.default), source))
    return persons, groups, dropped


def parse_file(path: Path) -> list[DictActor]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return read_actors(handle)


def write_tsv(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.write(header)
        for row in rows:
            out.write("\t".join(c.replace("\t", " ") for c in row) + "\n")


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data" / "petrarch2"
    country_names = builtin_country_names()
    persons: list[tuple[str, ...]] = []
    groups: list[tuple[str, ...]] = []
    totals = {"place_synonyms": 0, "title_synonyms": 0, "word_synonyms": 0, "null_code": 0}
    for name in SOURCES:
        p, g, d = convert(parse_file(src / name), name, country_names)
        persons += p
        groups += g
        for k, v in d.items():
            totals[k] += v
        print(f"{name}: {len(p)} person rows, {len(g)} group rows, dropped {d}")
    notice = MIT_NOTICE.format(files=", ".join(SOURCES))
    write_tsv(OUT_DIR / "phoenix_persons.tsv",
              "# Persons with dated CAMEO codes, from the Phoenix actor dictionaries.\n" + notice + PERSONS_COLUMNS,
              persons)
    write_tsv(OUT_DIR / "phoenix_groups.tsv",
              "# Organisations, groups, institutions and country names with CAMEO codes, from the Phoenix"
              " actor dictionaries (city and province synonyms of countries dropped).\n" + notice + GROUPS_COLUMNS,
              groups)
    print(f"total: {len(persons)} person rows, {len(groups)} group rows, dropped {totals}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
