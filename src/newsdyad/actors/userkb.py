"""User knowledge: a local knowledge-base file of the user's own persons and groups.

The local file is CSV with a header; the columns (any order, extra columns ignored)::

    name,aliases,country,sector,start,end,kind,source
    Aftab Sherpao,Aftab Ahmad Khan Sherpao|Sherpao,PAK,GOV,2002-11-23,2007-11-16,person,
    Azadliq coalition,Azadliq,AZE,OPP,,,group,

- ``name``: the actor's name as written in news; ``aliases``: other names, ``|``-separated;
- ``country``: ISO 3166-1 alpha-3 root, or an organisation root (``IGOUNO``, ``NGO...``),
  empty for none; ``sector``: CAMEO sector codes appended to it (``GOV``, ``REB``, ``GOVMED``);
- ``start``/``end``: when the role held (ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; end is
  exclusive, a year alone runs to its end); empty = unknown/open;
- ``kind`` (optional): person, group, organisation, media, igo, country; guessed if empty;
- ``source`` (optional): where the row came from (``import`` fills it in).

Rows with the same name are one actor: rows with dates are its dated roles, a row without
dates its code outside them.  A person with only dated rows is ``<country>ELI`` outside them
(as the built-in office holders are).  So ``name,country,sector,start,end`` exports of
Wikidata or WhoGov load as they are.

On a phrase the built-in knowledge base also has, the user's entry wins.

Where it is looked for (``configured_files``): ``--kb FILE`` (repeatable) on ``code`` and
``ingest``, plus the default file when it exists: ``$NEWSDYAD_KB`` if set (empty: none), else
``$XDG_DATA_HOME/newsdyad/kb.csv`` (``~/.local/share/newsdyad/kb.csv``).  ``newsdyad kb import``
writes to the same default unless ``-o`` names another file.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

COLUMNS = ("name", "aliases", "country", "sector", "start", "end", "kind", "source")
KB_ENV = "NEWSDYAD_KB"
INTERNATIONAL = ("IGO", "NGO", "IMG")


class UserKbError(ValueError):
    """A local knowledge-base file that cannot be read (the message says where and why)."""


@dataclass
class Row:
    """One person or group of a user knowledge-base file."""
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str = ""
    sector: str = ""
    start: str = ""
    end: str = ""
    kind: str = ""
    source: str = ""

    @property
    def code(self) -> str | None:
        """country + sector, upper case (None when both are empty)."""
        code = (self.country + self.sector).upper()
        return code or None

    def key(self) -> tuple:
        """What makes two rows the same fact (name, code, dates)."""
        return (" ".join(self.name.lower().split()), self.code, self.start, self.end)

    def as_csv(self) -> dict[str, str]:
        """The row as a CSV record."""
        return {"name": self.name, "aliases": "|".join(self.aliases), "country": self.country,
                "sector": self.sector, "start": self.start, "end": self.end, "kind": self.kind,
                "source": self.source}


# ---------------------------------------------------------------------------------------
# dates

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def norm_date(value: str, *, end: bool = False) -> str:
    """``2019`` -> ``2019-01-01`` (as an end: ``2020-01-01``, the year included), ``2019-3`` ->
    ``2019-03-01``; ISO timestamps lose their time; unknown (``?``, empty) -> ``""``.

    >>> norm_date("2019"), norm_date("2019", end=True), norm_date("2019-03-05T00:00:00Z")
    ('2019-01-01', '2020-01-01', '2019-03-05')
    """
    value = (value or "").strip().lstrip("+")
    m = _DATE.match(value)
    if not m:
        return ""
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return f"{int(year) + 1:04d}-01-01" if end else f"{year}-01-01"
    if day is None:
        if end:
            y, mo = (int(year) + 1, 1) if int(month) == 12 else (int(year), int(month) + 1)
            return f"{y:04d}-{mo:02d}-01"
        return f"{year}-{int(month):02d}-01"
    return f"{year}-{int(month):02d}-{int(day):02d}"


# ---------------------------------------------------------------------------------------
# reading


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in re.split(r"[|;]", value or "") if a.strip()]


def _split_code(country: str, sector: str) -> tuple[str, str]:
    """A full code in the country column ("SDNREB") is split into root and sector."""
    country, sector = country.strip().upper(), sector.strip().upper()
    if country in {"---", "-"}:
        country = ""
    if not sector and len(country) > 3 and not country.startswith(INTERNATIONAL):
        country, sector = country[:3], country[3:]
    return country, sector


def read_csv(path: str | Path) -> list[Row]:
    """Rows of a CSV file with at least the columns name and country (see the module docstring)."""
    path = Path(path)
    rows: list[Row] = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = {(f or "").strip().lower(): f for f in reader.fieldnames or ()}
        missing = [c for c in ("name", "country") if c not in fields]
        if missing:
            raise UserKbError(f"{path}: missing column(s) {', '.join(missing)}; "
                              f"expected a header with {', '.join(COLUMNS[:6])}")

        def get(rec, col):
            """The cleaned value of a column of the record ("" when absent)."""
            return (rec.get(fields[col]) or "").strip() if col in fields else ""

        for number, rec in enumerate(reader, 2):
            name = get(rec, "name")
            if not name:
                continue
            country, sector = _split_code(get(rec, "country"), get(rec, "sector"))
            start_raw, end_raw = get(rec, "start"), get(rec, "end")
            start, end = norm_date(start_raw), norm_date(end_raw, end=True)
            if (start_raw and start_raw not in {"?", "unknown"} and not start) or (
                    end_raw and end_raw not in {"?", "unknown"} and not end):
                raise UserKbError(f"{path}:{number}: a date is not YYYY[-MM[-DD]]: {start_raw!r}, {end_raw!r}")
            rows.append(Row(name, _split_aliases(get(rec, "aliases")), country, sector, start, end,
                            get(rec, "kind").lower(), get(rec, "source") or f"{path.name}:{number}"))
    return rows


def _title(phrase: str) -> str:
    """A Phoenix phrase ("BARACK OBAMA", "UN") as news writes it ("Barack Obama", "UN")."""
    letters = re.sub(r"[^A-Za-z]", "", phrase)
    if len(letters) <= 5 and " " not in phrase:
        return phrase
    return " ".join(w[:1].upper() + w[1:].lower() if not w.isdigit() else w for w in phrase.split())


def read_phoenix(path: str | Path) -> list[Row]:
    """Rows of a PETRARCH/Phoenix actor dictionary: one row per dated code and one for the
    undated code, named by the block's first phrase, the other phrases as aliases."""
    from .petrarch import read_actors

    path = Path(path)
    with open(path, encoding="utf-8", errors="replace") as handle:
        blocks = read_actors(handle)
    rows: list[Row] = []
    for block in blocks:
        phrases = [_title(p) for p in block.phrases if p.strip()]
        if not phrases:
            continue
        name, aliases = phrases[0], [p for p in dict.fromkeys(phrases[1:]) if p != phrases[0]]
        source = f"{path.name}:{block.line}"
        kind = "person" if block.dated else ""
        for term in block.dated:
            country, sector = _split_code(term.code or "", "")
            rows.append(Row(name, aliases, country, sector, term.start, term.end, kind, source))
        if block.has_default:
            country, sector = _split_code(block.default or "", "")
            rows.append(Row(name, aliases, country, sector, "", "", kind, source))
    return rows


def read_rows(path: str | Path, fmt: str) -> list[Row]:
    """The rows of a file in format ``csv`` or ``phoenix``."""
    if fmt == "csv":
        return read_csv(path)
    if fmt == "phoenix":
        return read_phoenix(path)
    raise UserKbError(f"unknown format {fmt!r}; choose csv or phoenix")


# ---------------------------------------------------------------------------------------
# the local file


def write_csv(path: str | Path, rows: Iterable[Row]) -> None:
    """Write rows to a CSV file atomically (written aside, then renamed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow(row.as_csv())
    os.replace(tmp, path)


@dataclass
class ImportResult:
    """What an import did: the file written and the rows read, added and already there."""
    path: Path
    read: int
    added: int
    already: int
    total: int


def import_file(source: str | Path, fmt: str, local: str | Path) -> ImportResult:
    """Merge the persons and groups of ``source`` into the local knowledge-base file ``local``
    (created if missing).  A row already there (same name, code and dates) is not added twice."""
    new = read_rows(source, fmt)
    local = Path(local)
    rows = read_csv(local) if local.exists() else []
    seen = {r.key() for r in rows}
    added = 0
    for row in new:
        if row.key() in seen:
            continue
        seen.add(row.key())
        rows.append(row)
        added += 1
    write_csv(local, rows)
    return ImportResult(local, len(new), added, len(new) - added, len(rows))


def default_path() -> Path | None:
    """The default local file: ``$NEWSDYAD_KB`` if set (empty: none), else
    ``$XDG_DATA_HOME/newsdyad/kb.csv`` or ``~/.local/share/newsdyad/kb.csv``."""
    env = os.environ.get(KB_ENV)
    if env is not None:
        return Path(env).expanduser() if env.strip() else None
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsdyad" / "kb.csv"


def configured_files(explicit: Iterable[str | Path] = (), use_default: bool = True) -> tuple[str, ...]:
    """The local knowledge-base files to load: the explicit ones, then the default if it exists."""
    out = [str(p) for p in explicit or ()]
    if use_default:
        default = default_path()
        if default is not None and default.is_file() and str(default) not in out:
            out.append(str(default))
    return tuple(out)


# ---------------------------------------------------------------------------------------
# loading into a KnowledgeBase


def load_user_kb(kb, path: str | Path) -> int:
    """Add the actors of a local knowledge-base file to ``kb`` (before ``kb.finalize()``);
    returns the number of actors added."""
    from .entry import Entry, guess_kind as _guess_kind
    from .petrarch import DatedCode

    rows = read_csv(path)
    by_name: dict[str, list[Row]] = {}
    for row in rows:
        by_name.setdefault(" ".join(row.name.split()), []).append(row)
    for name, group in by_name.items():
        dated = tuple(DatedCode(r.code, r.start, r.end) for r in group if r.start or r.end)
        undated = [r for r in group if not (r.start or r.end)]
        kind = next((r.kind for r in group if r.kind), "")
        default = undated[0].code if undated else None
        if not undated and dated and kind in {"", "person"}:
            last = max(dated, key=lambda t: t.start or "")
            if last.code and not last.code.startswith(INTERNATIONAL):
                default = last.code[:3] + "ELI"
            kind = kind or "person"
        kind = kind or _guess_kind(default or next((t.code for t in dated if t.code), None), bool(dated), name)
        sources = sorted({r.source for r in group if r.source})
        entry = Entry(name=name, kind=kind, default=default, dated=dated,
                      source=f"user:{Path(path).name}" + (f"[{', '.join(sources)}]" if sources else ""))
        eid = kb.add_entry(entry)
        kb.add_alias(name, eid, user=True)
        for row in group:
            for alias in row.aliases:
                kb.add_alias(alias, eid, user=True)
    kb.sources.append(str(path))
    return len(by_name)
