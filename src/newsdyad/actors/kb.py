"""The actor knowledge base: built-in data files plus optional PETRARCH/Phoenix dictionaries.

Built-in files, in the order they are loaded (an earlier name wins over a later one):
``countries.tsv``, ``regions.tsv``, ``igos.tsv``, ``groups.tsv``, ``media.tsv``, the office
holders (``officeholders.tsv`` and ``officeholders_*.tsv``, the project's own dated facts), then
the rows derived from the MIT-licensed Phoenix dictionaries by ``scripts/build_phoenix_kb.py``
(``phoenix_groups.tsv``, ``phoenix_persons.tsv``), then ``agents.tsv``.

Office-holder dates: ISO ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY`` when only that is known);
``?`` is an unknown date, filled from the neighbouring term of the same office (an unknown end
is the successor's start, an unknown start the predecessor's end); a side nothing fills makes
the term one year long from (or up to) its known side; an empty end is "still in office".
A person none of whose terms has a known date is only an elite of the country.

Everything is indexed by token sequence: ``index[first_token]`` lists the phrases that
start with that token (longest first), so matching a document costs one dict lookup per
token.  Agents (sector nouns) are indexed the same way by lemma.

Date resolution (``Entry.code_at``):
- a dated code whose range holds the date wins;
- otherwise the undated default code (built-in office holders: ``<root>ELI``, a former
  or future office holder is an elite, as in the Phoenix dictionaries);
- with no date, the most recent dated role (the code of the term that started last);
  if the entry has no dated codes, the default.
"""

from __future__ import annotations

import gc
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple

from .lexicon import words as word_set
from .entry import Entry, guess_kind as _guess_kind  # noqa: F401  (Entry is part of this module's interface)
from .petrarch import DatedCode, read_actors, read_agents

# countries whose people are written family name first in English-language news
# ("Xi Jinping" is President Xi, "Moon Jae-in" President Moon)
FAMILY_NAME_FIRST = word_set("family_name_first_countries")
COMMON_SURNAMES = word_set("common_surnames")


def family_name_first(words: list[str], roots) -> bool:
    """Is a person of these country roots named family name first ("Xi Jinping", "Kim
    Jong-un")?  Not when the name starts with a Western given name ("Jimmy Lai", "Carrie Lam":
    a given name of four letters or more that is no common surname, before a plain last word).

    >>> family_name_first(["Li", "Qiang"], ["CHN"]), family_name_first(["Jimmy", "Lai"], ["HKG"])
    (True, False)
    """
    if len(words) < 2 or not any(r in FAMILY_NAME_FIRST for r in roots):
        return False
    from .lexicon import given_names

    western = (words[0] in given_names() and len(words[0]) >= 4 and words[0] not in COMMON_SURNAMES
               and "-" not in words[-1])
    return not western

KINDS = ("person", "organisation", "country", "media", "group", "igo", "place")

OFFICE_SECTOR = {
    "HOS": "GOV", "HOG": "GOV", "VP": "GOV", "FM": "GOV", "DEF": "GOV", "INT": "GOV", "NSA": "GOV",
    "SPOKES": "GOV", "GOV": "GOV", "SG": "", "ENVOY": "", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "MIL": "MIL", "REB": "REB", "UAF": "UAF",
    "OPP": "OPP", "CRM": "CRM", "SPY": "SPY", "REL": "REL", "ELI": "ELI", "MED": "MED", "HRI": "HRI",
}

_TOKEN_SPLIT = re.compile(r"[\s_]+|(?<=\w)-(?=\w)|(?<=\w)(?='s\b)")


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Normalised tokens of a phrase, as :func:`doc_norm` sees the document's tokens."""
    if not ("-" in text or "'" in text or "_" in text or "’" in text or "‘" in text):
        return tuple(text.lower().split())  # the common case, without the regex split (tens of thousands at load)
    text = text.replace("’", "'").replace("‘", "'")
    out = []
    for piece in _TOKEN_SPLIT.split(text.strip()):
        if not piece or piece == "-":
            continue
        out.append(piece.lower())
    return tuple(out)


def token_norm(text: str) -> str:
    """A document token as the index keys it (lower case, straight apostrophe)."""
    return text.replace("’", "'").lower()


class Alias(NamedTuple):  # a tuple: tens of thousands are made at load time
    """One indexed name of an entry: the tokens after its first, and how it must be written."""

    rest: tuple[str, ...]  # tokens after the first
    entry: int
    cap: bool  # the alias starts with a capital: the text must too
    acronym: bool  # an all-capitals short alias: the text must match exactly
    surface: str
    demonym: bool = False
    metonym: bool = False
    user: bool = False


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent noun ("official", "defence minister") with its sector and role."""

    rest: tuple[str, ...]
    sector: str  # "" = none
    is_root: bool
    role: str  # title | group | body | none
    phrase: str


@dataclass
class KnowledgeBase:
    """Entries, the token index of their names, agent nouns and office holders."""
    entries: list[Entry] = field(default_factory=list)
    index: dict[str, list[Alias]] = field(default_factory=dict)
    agents: dict[str, list[Agent]] = field(default_factory=dict)
    # (root, office) -> entry ids of office holders, for "the Afghan president" at a date
    offices: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)  # ISO3 / IGO root -> entry id
    load_seconds: float = 0.0
    sources: list[str] = field(default_factory=list)
    _seen: dict = field(default_factory=dict, repr=False)

    def finalize(self) -> None:
        """Sort every bucket longest phrase first and drop the build-time bookkeeping."""
        for bucket in self.index.values():
            bucket.sort(key=lambda a: -len(a.rest))
        for bucket in self.agents.values():
            bucket.sort(key=lambda a: -len(a.rest))
        self._seen = {}

    # -- building -------------------------------------------------------------------
    def add_entry(self, entry: Entry) -> int:
        """Add an entry; returns its id."""
        self.entries.append(entry)
        return len(self.entries) - 1

    def add_alias(self, text: str, entry_id: int, *, demonym: bool = False,
                  metonym: bool = False, user: bool = False, case_free: bool = False) -> None:
        """Index a name of the entry (the first writing of a name wins)."""
        tokens = phrase_tokens(text)
        if not tokens:
            return
        stripped = text.strip()
        acronym = False
        if not case_free and len(tokens) == 1:
            letters = re.sub(r"[^A-Za-z]", "", stripped)
            acronym = letters.isupper() and 1 <= len(letters) <= 5
        cap = (not case_free) and stripped[:1].isupper()
        alias = Alias(tokens[1:], entry_id, cap, acronym, stripped, demonym, metonym, user)
        bucket = self.index.setdefault(tokens[0], [])
        key = (tokens, acronym)
        at = self._seen.get(key)
        if at is not None:
            if user and not bucket[at].user:
                bucket[at] = alias  # user dictionaries win over the built-in entries
            return
        self._seen[key] = len(bucket)
        bucket.append(alias)

    def add_agent(self, phrase: str, sector: str, *, is_root: bool = False, role: str = "none",
                  user: bool = False) -> None:
        """Index an agent noun phrase."""
        tokens = phrase_tokens(phrase)
        if not tokens:
            return
        agent = Agent(tokens[1:], sector, is_root, role, phrase)
        bucket = self.agents.setdefault(tokens[0], [])
        for i, other in enumerate(bucket):
            if other.rest == agent.rest:
                if user:
                    # keep the built-in role (title/group/body), take the user's code
                    bucket[i] = Agent(agent.rest, sector, is_root, other.role, phrase)
                return
        bucket.append(agent)

    # -- queries ----------------------------------------------------------------------
    def office_holders(self, root: str, offices: Iterable[str], date: str | None) -> list[int]:
        """Entry ids of the holders of the offices of root on the date, in the order of offices."""
        out: list[int] = []
        for office in offices:
            for eid in self.offices.get((root, office), ()):
                if eid not in out and self.entries[eid].holds(root, (office,), date):
                    out.append(eid)
        return out

    def country_entry(self, root: str | None) -> int | None:
        """The entry id of a country or IGO root, or None."""
        return None if root is None else self.countries.get(root)

    def stats(self) -> dict:
        """Counts of entries by kind, aliases and agents (for reports)."""
        return {
            "entries": len(self.entries),
            "aliases": sum(len(v) for v in self.index.values()),
            "first_tokens": len(self.index),
            "agents": sum(len(v) for v in self.agents.values()),
            "load_seconds": round(self.load_seconds, 3),
            "sources": list(self.sources),
        }


# ---------------------------------------------------------------------------------------
# Loading


def data_lines(name: str) -> list[list[str]]:
    """The tab-separated rows of a knowledge-base data file (comments and blank lines skipped)."""
    text = resources.files("newsdyad.data.kb").joinpath(name).read_text(encoding="utf-8")
    # one list comprehension: the Phoenix files alone have some 37,000 rows to read at load time
    return [line.split("\t") for line in text.splitlines() if line[:1] != "#" and line.strip()]


def _col(cols: list[str], i: int) -> str:
    return cols[i].strip() if i < len(cols) else ""


def _alts(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _parse_codes(spec: str) -> tuple[str | None, tuple[DatedCode, ...]]:
    """``AFGREB|AFGGOV@1996-09-27..2001-11-13`` -> default, dated codes."""
    default = None
    dated = []
    for part in _alts(spec):
        if "@" in part:
            code, _, rng = part.partition("@")
            start, _, end = rng.partition("..")
            dated.append(DatedCode(code.strip(), start.strip(), end.strip()))
        elif default is None:
            default = part
    return default, tuple(dated)


_LOWERCASE_DEMONYM_STOP = word_set("lowercase_demonym_stop")
NAME_SUFFIXES = word_set("name_suffixes")  # "Charles III": no surname


def _load_builtin(kb: KnowledgeBase) -> None:
    for cols in data_lines("countries.tsv"):
        iso, name = _col(cols, 0), _col(cols, 1)
        eid = kb.add_entry(Entry(name=name, kind="country", default=iso, source="kb:country"))
        kb.countries[iso] = eid
        kb.add_alias(name, eid)
        if not name.lower().startswith("the "):
            kb.add_alias("the " + name, eid)
        for alias in _alts(_col(cols, 2)):
            kb.add_alias(alias, eid)
        for dem in _alts(_col(cols, 3)):
            kb.add_alias(dem, eid, demonym=True)
            if dem.lower() not in _LOWERCASE_DEMONYM_STOP and len(dem) >= 5 and not dem.isupper():
                kb.add_alias(dem.lower(), eid, demonym=True)
        for met in _alts(_col(cols, 4)):
            kb.add_alias(met, eid, metonym=True)
    for cols in data_lines("regions.tsv"):
        # regional groupings: a CAMEO region root; only the listed phrases match, never the bare
        # region name ("in Europe" is a place) and never a lower-case adjective ("western Iraq")
        code, name = _col(cols, 0), _col(cols, 1)
        eid = kb.add_entry(Entry(name=name, kind="country", default=code, source="kb:region"))
        kb.countries.setdefault(code, eid)
        for alias in _alts(_col(cols, 2)):
            kb.add_alias(alias, eid)
        for adj in _alts(_col(cols, 3)):
            kb.add_alias(adj, eid, demonym=True)
    for cols in data_lines("igos.tsv"):
        code, name, kind = _col(cols, 0), _col(cols, 1), _col(cols, 3) or "igo"
        eid = kb.add_entry(Entry(name=name, kind="igo" if kind == "igo" else "organisation",
                                 default=code, source=f"kb:{kind}"))
        kb.countries.setdefault(code, eid)
        root = code[:6] if code.startswith("IGO") else code[:3]
        kb.countries.setdefault(root, eid)
        for alias in [name] + _alts(_col(cols, 2)):
            kb.add_alias(alias, eid)
    for cols in data_lines("groups.tsv"):
        default, dated = _parse_codes(_col(cols, 0))
        name, kind = _col(cols, 1), _col(cols, 3) or "group"
        eid = kb.add_entry(Entry(name=name, kind=kind, default=default, dated=dated, source="kb:group"))
        for alias in [name] + _alts(_col(cols, 2)):
            kb.add_alias(alias, eid)
    for cols in data_lines("media.tsv"):
        code, name = _col(cols, 0), _col(cols, 1)
        eid = kb.add_entry(Entry(name=name, kind="media", default=code, source="kb:media"))
        for alias in [name] + _alts(_col(cols, 2)):
            kb.add_alias(alias, eid)
    _load_officeholders(kb)
    _load_phoenix(kb)
    for cols in data_lines("agents.tsv"):
        phrase, sector, role = _col(cols, 0), _col(cols, 1), _col(cols, 2) or "none"
        kb.add_agent(phrase, "" if sector == "-" else sector, role=role)


UNKNOWN = "?"


def officeholder_files() -> list[str]:
    """``officeholders.tsv`` first, then the regional files in name order."""
    names = sorted(p.name for p in resources.files("newsdyad.data.kb").iterdir()
                   if p.name.startswith("officeholders_") and p.name.endswith(".tsv"))
    return ["officeholders.tsv"] + names


def officeholder_rows() -> list[tuple[str, str, str, list[str], str, str]]:
    """(root, office, name, aliases, start, end) of every office-holder file, unknown dates filled.

    An unknown end (``?``) becomes the start of the next term of the same office and root,
    an unknown start the end of the previous one; what cannot be filled stays ``?``."""
    rows = []
    seen: dict[tuple, int] = {}
    for fname in officeholder_files():
        for cols in data_lines(fname):
            row = (_col(cols, 0), _col(cols, 1), _col(cols, 2), _alts(_col(cols, 3)),
                   _col(cols, 4), _col(cols, 5))
            key = (row[0], row[1], row[2], row[4], row[5])
            if key in seen:  # the same term again: only its aliases are new
                rows[seen[key]][3].extend(a for a in row[3] if a not in rows[seen[key]][3])
                continue
            seen[key] = len(rows)
            rows.append(row)
    return fill_unknown_dates(rows)


def fill_unknown_dates(rows: list[tuple]) -> list[tuple]:
    """Unknown (``?``) starts and ends of office-holder rows from the neighbouring terms.

    >>> fill_unknown_dates([("PAK", "INT", "A", [], "2002-11-23", "?"),
    ...                     ("PAK", "INT", "B", [], "2004-08-20", "2007-11-15")])[0][5]
    '2004-08-20'
    """
    rows = list(rows)
    by_office: dict[tuple[str, str], list[int]] = {}
    for i, row in enumerate(rows):
        by_office.setdefault((row[0], row[1]), []).append(i)
    for ids in by_office.values():
        if not any(UNKNOWN in (rows[i][4], rows[i][5]) for i in ids):
            continue
        order = sorted(ids, key=lambda i: rows[i][4] if rows[i][4] != UNKNOWN else rows[i][5] or "9999")
        for k, i in enumerate(order):
            root, office, name, aliases, start, end = rows[i]
            if end == UNKNOWN and k + 1 < len(order) and rows[order[k + 1]][4] not in (UNKNOWN, ""):
                end = rows[order[k + 1]][4]
            if start == UNKNOWN and k > 0 and rows[order[k - 1]][5] not in (UNKNOWN, ""):
                start = rows[order[k - 1]][5]
            rows[i] = (root, office, name, aliases, start, end)
    return rows


def word_list(name: str) -> set[str]:
    """The words of a one-word-a-line data file (comments skipped)."""
    return {cols[0].strip() for cols in data_lines(name) if cols and cols[0].strip()}


def _load_officeholders(kb: KnowledgeBase) -> None:
    by_name: dict[str, dict] = {}
    core = {_col(cols, 2) for cols in data_lines("officeholders.tsv")}
    given = word_list("given_names.txt")
    for root, office, name, aliases, start, end in officeholder_rows():
        rec = by_name.setdefault(name, {"aliases": [], "terms": []})
        rec["aliases"].extend(a for a in aliases if a not in rec["aliases"])
        rec["terms"].append((root, office, start, end))
    for name, rec in by_name.items():
        terms = []
        for root, office, start, end in rec["terms"]:
            if start == UNKNOWN and end in (UNKNOWN, ""):
                continue  # the office is known, its dates are not: it dates nothing
            # a side that no neighbouring term fills is not stretched to all time:
            # the term is taken to last one year up to its known end, or from its known start
            if start == UNKNOWN:
                start = f"{int(end[:4]) - 1:04d}{end[4:]}"
            if end == UNKNOWN:
                end = f"{int(start[:4]) + 1:04d}{start[4:]}"
            terms.append((root, office, start, end))
        if not terms:
            root = rec["terms"][0][0]
            eid = kb.add_entry(Entry(name=name, kind="person", default=root if len(root) > 3 else root + "ELI",
                                     source="kb:officeholder"))
            kb.add_alias(name, eid)
            continue
        terms.sort(key=lambda t: t[2])
        dated = []
        for root, office, start, end in terms:
            sector = OFFICE_SECTOR.get(office, "GOV")
            dated.append(DatedCode(root + sector, start, end))
        last_root = terms[-1][0]
        # a former office holder is an elite of his country, also after heading an international
        # organisation (a former NATO chief is no longer NATO); one who only ever led an
        # international organisation or group keeps its code
        national = [t[0] for t in terms if len(t[0]) == 3]
        elite = national[-1] + "ELI" if national else last_root
        eid = kb.add_entry(Entry(name=name, kind="person", default=elite, dated=tuple(dated),
                                 source="kb:officeholder", offices=tuple(terms)))
        for root, office, _s, _e in terms:
            ids = kb.offices.setdefault((root, office), [])
            if eid not in ids:
                ids.append(eid)
        kb.add_alias(name, eid)
        one_word = False
        for alias in rec["aliases"]:
            if alias == NO_LONE_NAME:
                one_word = True  # "Simon Harris" is never just "Harris" (Kamala Harris is)
            elif name not in core and " " not in alias and not alias.isupper():
                if _owned_by_non_person(kb, alias):
                    continue

                _add_surname(kb, alias, eid)  # "Lee": several people may share it
                one_word = True
            else:
                kb.add_alias(alias, eid)
        words = name.split()
        if one_word:
            continue  # the row says what the person is called alone ("Lawrence Wong": "Wong")
        if family_name_first(words, [last_root]) and words[0][:1].isupper():
            _add_surname(kb, words[0], eid)  # "Li Qiang" is Premier Li, not "Qiang"
        elif len(words) >= 2 and words[-1][:1].isupper() and not words[-1].endswith("."):
            surname = words[-1]
            if name not in core and (surname in given or _owned_by_non_person(kb, surname)):
                continue  # "Ahmed" alone is not Abdullahi Yusuf Ahmed, "Muscat" is Oman's capital
            if surname not in NAME_SUFFIXES:
                _add_surname(kb, surname, eid)


NO_LONE_NAME = "-"  # an office holder's alias list holding "-": no one-word name is indexed


def _owned_by_non_person(kb: KnowledgeBase, word: str) -> bool:
    """Whether a country, place, organisation or group already has this word as a name."""
    tokens = phrase_tokens(word)
    bucket = kb.index.get(tokens[0], ()) if tokens else ()
    for key in ((tokens, False), (tokens, True)):
        at = kb._seen.get(key)
        if at is not None and at < len(bucket) and kb.entries[bucket[at].entry].kind != "person":
            return True
    return False


def _add_surname(kb: KnowledgeBase, surname: str, eid: int) -> None:
    """Index a surname alone; several people may share it (resolved by date at match time)."""
    tokens = phrase_tokens(surname)
    bucket = kb.index.setdefault(tokens[0], [])
    bucket.append(Alias(tokens[1:], eid, True, False, surname))
    kb._seen[("surname", tokens)] = True


def _is_taken(kb: KnowledgeBase, tokens: tuple[str, ...]) -> bool:
    """Whether an earlier (built-in) entry already owns this phrase or surname."""
    seen = kb._seen
    return (tokens, False) in seen or (tokens, True) in seen or ("surname", tokens) in seen


# The Phoenix dictionaries were generated on 2014-01-30: a term they leave open ("[AFGGOV
# >011222]") was in force then, and nothing is known after it.  It is taken to last a year
# past that date rather than forever (a minister of 2013 is not a minister in 2021); the
# project's own office-holder files carry the terms after 2014.
PHOENIX_HORIZON = "2015-01-30"


def _start(term: DatedCode) -> str:
    return term.start


def _phoenix_date(value: str) -> str:
    return "" if value == "-" else value


def _load_phoenix(kb: KnowledgeBase) -> None:
    """Rows derived from the Phoenix dictionaries (scripts/build_phoenix_kb.py).

    Loaded after the project's own files: a phrase or surname a built-in entry already has
    stays with that entry, a person whose full name is built in is skipped whole, and a
    country's spelling variants join the built-in country entry.  A person known by one word
    only is skipped, and a one-word alias that is a common given name or names a place."""
    for cols in data_lines("phoenix_groups.tsv"):
        code, name, aliases, kind = cols[0], cols[1], cols[2], cols[3]
        phrases = [p for p in ([name] + aliases.split("|") if aliases else [name])
                   if not _is_taken(kb, phrase_tokens(p))]
        if not phrases:
            continue
        if kind == "country" and code in kb.countries:
            eid = kb.countries[code]
        else:
            eid = kb.add_entry(Entry(name=name, kind=kind or "organisation", default=code,
                                     source="phoenix:group"))
        for phrase in phrases:
            kb.add_alias(phrase, eid)
    rows: dict[tuple[str, str], list[list[str]]] = {}
    for cols in data_lines("phoenix_persons.tsv"):
        rows.setdefault((cols[0], cols[5]), []).append(cols)
    countries = kb.countries
    index, seen = kb.index, kb._seen
    given = word_list("given_names.txt")
    for (name, _source), terms in rows.items():
        tokens = phrase_tokens(name)
        if len(tokens) == 1 or _is_taken(kb, tokens):
            continue  # the built-in office holder wins; a one-word name ("ALBERT") is too loose
        default = None
        dated = []
        for cols in terms:
            start, end = _phoenix_date(cols[3]), _phoenix_date(cols[4])
            if start and not end and start < PHOENIX_HORIZON:
                end = PHOENIX_HORIZON
            if start or end:
                dated.append(DatedCode(cols[2], start, end))
            elif default is None:
                default = cols[2]
        if default is None and dated:
            root = max(dated, key=_start).code[:3]
            if root in countries and root.isalpha():
                default = root + "ELI"  # after (or before) every term: an elite, as for built-in holders
        eid = kb.add_entry(Entry(name=name, kind="person", default=default, dated=tuple(dated),
                                 source="phoenix:person"))
        # what add_alias does for a multi-word name, without its checks
        bucket = index.setdefault(tokens[0], [])
        seen[(tokens, False)] = len(bucket)
        bucket.append(Alias(tokens[1:], eid, name[:1].isupper(), False, name))
        if terms[0][1]:
            for alias in terms[0][1].split("|"):
                tokens = phrase_tokens(alias)
                if not tokens or _is_taken(kb, tokens):
                    continue
                if len(tokens) == 1:
                    if alias in given or _owned_by_non_person(kb, alias):
                        continue
                    _add_surname(kb, alias, eid)
                else:
                    kb.add_alias(alias, eid)


def load_dictionary_actors(kb: KnowledgeBase, path: str) -> int:
    """Merge a PETRARCH/Phoenix actor dictionary into kb; returns the number of actors read."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        blocks = read_actors(handle)
    label = Path(path).name
    for block in blocks:
        codes = [d.code for d in block.dated] + [block.default]
        first = next((c for c in codes if c), None)
        entry = Entry(
            name=block.phrases[0].title(),
            kind=_guess_kind(first, bool(block.dated), block.phrases[0]),
            default=block.default,
            dated=tuple(block.dated),
            source=f"dict:{label}:{block.line}",
        )
        eid = kb.add_entry(entry)
        for phrase in block.phrases:
            kb.add_alias(phrase, eid, user=True, case_free=True)
    kb.sources.append(path)
    return len(blocks)


@lru_cache(maxsize=1)
def agent_roles() -> dict[tuple[str, ...], str]:
    """Phrase tokens -> role (title/group/body) of the built-in agents (data/kb/agents.tsv).

    A dictionary agent takes the role of the built-in agent with the same words, also when the
    dictionaries replace the built-in knowledge base: the role is how the noun behaves in English
    ("prime minister" can precede a personal name), not knowledge of an actor."""
    return {phrase_tokens(_col(cols, 0)): _col(cols, 2) or "none" for cols in data_lines("agents.tsv")}


def load_dictionary_agents(kb: KnowledgeBase, path: str) -> int:
    """Merge a PETRARCH/Phoenix agents dictionary into kb; returns the number of agents read."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        agents = read_agents(handle)
    roles = agent_roles()
    for agent in agents:
        role = roles.get(phrase_tokens(agent.phrase), "none")
        kb.add_agent(agent.phrase, agent.code, is_root=agent.is_root, role=role, user=True)
    kb.sources.append(path)
    return len(agents)


def build_knowledge_base(actors_files: Iterable[str] = (), agents_files: Iterable[str] = (),
                         replace: bool = False, kb_files: Iterable[str] = ()) -> KnowledgeBase:
    """The built-in knowledge base (unless replace), with the given dictionaries and user files merged in."""
    started = time.perf_counter()
    kb = KnowledgeBase()
    # tens of thousands of small objects, none of them cyclic garbage: the cyclic collector
    # would only rescan them again and again while they are made
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if not replace:
            _load_builtin(kb)
            kb.sources.append("builtin")
        for path in actors_files:
            load_dictionary_actors(kb, path)
        for path in agents_files:
            load_dictionary_agents(kb, path)
        load_user_files(kb, kb_files)
        kb.finalize()
    finally:
        if was_enabled:
            gc.enable()
    kb.load_seconds = time.perf_counter() - started
    return kb


def load_user_files(kb: KnowledgeBase, kb_files: Iterable[str] = ()) -> None:
    """Hook for user knowledge: local knowledge-base CSV files (``newsdyad.actors.userkb``)."""
    if kb_files:
        from .userkb import load_user_kb

        for path in kb_files:
            load_user_kb(kb, path)


@lru_cache(maxsize=8)
def _cached(actors_files: tuple[str, ...], agents_files: tuple[str, ...], replace: bool,
            kb_files: tuple[str, ...] = ()) -> KnowledgeBase:
    return build_knowledge_base(actors_files, agents_files, replace, kb_files)


def load_knowledge_base(actors_files=(), agents_files=(), replace: bool = False, kb_files=()) -> KnowledgeBase:
    """The knowledge base for these dictionaries, built once per process and shared."""
    return _cached(tuple(actors_files or ()), tuple(agents_files or ()), bool(replace), tuple(kb_files or ()))
