"""Readers for PETRARCH/TABARI/Phoenix-format actor and agent dictionaries.

Actor dictionaries (``*.actors.txt``)::

    HAMID_KARZAI_  # comment
    +KARZAI_                      synonym of the current actor
    \t[AFGELI 750101-000101]      date-restricted code (YYMMDD or YYYYMMDD)
    \t[AFGGOV >011222]            code valid after a date
    \t[AFGELI]                    undated (default) code
    UN_ [IGOUNO]                  primary phrase with its code on the same line
    U.N._                         a primary phrase without any code takes the codes of the next block

Agent dictionaries (``*.agents.txt``)::

    !PERSON! = MAN, MEN, WOMAN     substitution set
    PRESIDENT [~GOV]               sector appended to the actor's root
    HUMAN_RIGHTS_BODY [NGO~]       the agent is itself the root
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   irregular plurals in braces

Pure text processing: the readers take an iterable of lines (so that tests and the
knowledge base can feed them whatever they read) and return plain tuples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, NamedTuple

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_DATE_RE = re.compile(r"^\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))\s*$")


class DatedCode(NamedTuple):
    """A code valid in [start, end) (ISO dates; "" = open).  A tuple: the knowledge base
    makes tens of thousands of them at load time."""

    code: str | None  # None for the null code "---"
    start: str = ""
    end: str = ""

    def valid_on(self, date: str) -> bool:
        """Does the dated code hold on the ISO date (start inclusive, end exclusive)?"""
        return (not self.start or self.start <= date) and (not self.end or date < self.end)


@dataclass(slots=True)
class DictActor:
    """One actor block: its phrases (primary first) and codes."""

    phrases: list[str]
    default: str | None = None  # the undated code
    has_default: bool = False
    dated: list[DatedCode] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True, slots=True)
class DictAgent:
    """One agent line of a PETRARCH agents dictionary: its phrase and role code."""
    phrase: str
    code: str  # the role code, e.g. GOV, GOVFRM, NGO
    is_root: bool  # "NGO~": the agent is the root itself, not a sector
    line: int = 0


def petr_date(value: str) -> str | None:
    """YYMMDD (year < 30 -> 20YY, as PETRARCH does) or YYYYMMDD -> ISO date; None when malformed."""
    if len(value) == 6:
        year = int(value[:2])
        year += 2000 if year < 30 else 1900
        month, day = value[2:4], value[4:6]
    elif len(value) == 8:
        year, month, day = int(value[:4]), value[4:6], value[6:8]
    else:
        return None
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year:04d}-{month}-{day}"


def _norm_code(raw: str) -> str | None:
    code = raw.strip().upper()
    if not code or set(code) <= {"-"}:
        return None
    return code


def parse_code(text: str) -> DatedCode | None:
    """The inside of one ``[...]``: ``CODE``, ``CODE >date``, ``CODE <date``, ``CODE d1-d2``.

    Returns None when the date part is malformed (the entry is then skipped)."""
    text = text.strip()
    if not text:
        return None
    parts = text.split(None, 1)
    code = _norm_code(parts[0])
    if len(parts) == 1:
        return DatedCode(code)
    m = _DATE_RE.match(parts[1])
    if not m:
        return None
    if m.group(1):
        date = petr_date(m.group(2))
        if date is None:
            return None
        return DatedCode(code, start=date) if m.group(1) == ">" else DatedCode(code, end=date)
    start, end = petr_date(m.group(3)), petr_date(m.group(4))
    if start is None or end is None:
        return None
    return DatedCode(code, start=start, end=end)


def _strip_comments(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) with ``#`` comments and ``<!-- -->`` blocks removed."""
    in_block = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\n\r")
        if in_block:
            if "-->" in line:
                in_block = False
                line = line.split("-->", 1)[1]
            else:
                continue
        while "<!--" in line:
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail.split("-->", 1)[1]
            else:
                line = head
                in_block = True
        if "#" in line:
            line = line.split("#", 1)[0]
        if line.strip():
            yield number, line


def phrase_text(raw: str) -> str:
    """A dictionary phrase as words: ``HAMID_KARZAI_`` -> ``HAMID KARZAI``."""
    return " ".join(raw.replace("_", " ").split())


def read_actors(lines: Iterable[str]) -> list[DictActor]:
    """Parse an actor dictionary into blocks (see the module docstring)."""
    actors: list[DictActor] = []
    current: DictActor | None = None
    pending: list[str] = []  # primaries without codes, waiting for the next block's codes

    def close(block: DictActor | None) -> None:
        """Give the pending primaries the codes of the block just read."""
        if block is None:
            return
        if block.has_default or block.dated:
            if pending:
                block.phrases.extend(pending)
                pending.clear()
            actors.append(block)
        else:
            pending.extend(block.phrases)

    for number, line in _strip_comments(lines):
        codes = _CODE_RE.findall(line)
        text = _CODE_RE.sub(" ", line)
        stripped = text.strip()
        starts_blank = line[:1] in (" ", "\t")
        if stripped.startswith("+"):
            phrase = phrase_text(stripped[1:])
            if current is None:
                current = DictActor(phrases=[], line=number)
            if phrase:
                current.phrases.append(phrase)
        elif stripped and not starts_blank:
            close(current)
            current = DictActor(phrases=[phrase_text(stripped)], line=number)
        elif stripped and starts_blank:
            # an indented phrase: treat as a synonym (some files indent continuation lines)
            if current is None:
                current = DictActor(phrases=[], line=number)
            current.phrases.append(phrase_text(stripped))
        if current is None:
            continue
        for raw in codes:
            dated = parse_code(raw)
            if dated is None:
                continue
            if dated.start or dated.end:
                current.dated.append(dated)
            elif not current.has_default:
                current.default = dated.code
                current.has_default = True
    close(current)
    return actors


_SUBST_RE = re.compile(r"^\s*(![A-Z]+!)\s*=\s*(.+)$")


def read_agents(lines: Iterable[str]) -> list[DictAgent]:
    """Parse an agent dictionary; substitution sets (``!PERSON!``) are expanded."""
    subst: dict[str, list[str]] = {}
    agents: list[DictAgent] = []
    for number, line in _strip_comments(lines):
        m = _SUBST_RE.match(line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE_RE.findall(line)
        if not codes:
            continue
        raw = codes[0].replace(" ", "").upper()
        if "~" not in raw:
            continue
        is_root = raw.endswith("~") and not raw.startswith("~")
        code = raw.strip("~")
        if not code:
            continue
        text = _CODE_RE.sub(" ", line)
        plural = re.findall(r"\{([^}]*)\}", text)
        head = re.sub(r"\{[^}]*\}", " ", text).strip()
        forms = [head] + [p for group in plural for p in group.split() if p]
        for form in forms:
            for expanded in _expand(form, subst):
                phrase = phrase_text(expanded)
                if phrase:
                    agents.append(DictAgent(phrase, code, is_root, number))
    return agents


def _expand(form: str, subst: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", form)
    if not m or m.group(0) not in subst:
        return [form.replace("!", "")] if m else [form]
    out: list[str] = []
    for word in subst[m.group(0)]:
        joined = form[: m.start()] + "_" + word + "_" + form[m.end():]
        out.extend(_expand(joined, subst))
    return out


def read_discards(lines: Iterable[str]) -> list[tuple[str, bool]]:
    """Parse a discard dictionary: ``(phrase, whole_story)`` a line.

    ``+TYPHOON`` discards the whole story, ``BASEBALL`` only the sentence that holds it::

        >>> read_discards(["+TYPHOON  # weather", "MONTHS LATER"])
        [('TYPHOON', True), ('MONTHS LATER', False)]
    """
    out: list[tuple[str, bool]] = []
    for _number, line in _strip_comments(lines):
        text = line.strip()
        story = text.startswith("+")
        phrase = phrase_text(text.lstrip("+"))
        if phrase:
            out.append((phrase, story))
    return out
