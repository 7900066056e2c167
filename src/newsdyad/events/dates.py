"""Event dates: the article date, moved by the time expressions that govern the event.

An event date is always a calendar date -- YYYY, YYYY-MM or YYYY-MM-DD -- and says how precise
it is in ``.precision`` (day, week, month, year): "last week" is the Monday of that week with
precision "week", never an ISO week string such as 2013-W26.  A deadline ("by 2050") or a decade
("in the 1940s") is no event date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def entity_at(tok):
    """The named-entity span that holds `tok`, or None.

    Walks the IOB tags around the token: O(entity length).  (Scanning ``doc.ents`` builds every
    entity span of the document on each call, which made long documents quadratic.)"""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def parse_iso(value: str | None) -> date | None:
    """YYYY-MM-DD or YYYYMMDD (or a longer ISO timestamp) -> date."""
    if not value:
        return None
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class EventDate(str):
    """An ISO date string (YYYY, YYYY-MM, YYYY-MM-DD) that knows its precision."""

    precision: str

    def __new__(cls, value: str, precision: str | None = None) -> "EventDate":
        obj = super().__new__(cls, value)
        obj.precision = precision or {4: "year", 7: "month"}.get(len(value), "day")
        return obj


def _week(d: date) -> EventDate:
    """The week of `d`, as its Monday."""
    return EventDate((d - timedelta(days=d.weekday())).isoformat(), "week")


# Words before a year that make it a deadline or a bound, not the time of the event.
_BOUNDS = {"by", "before", "until", "till", "through", "since"}
_DECADE = re.compile(r"\b(1[0-9]|20)?\d0'?s\b|\b'\d0s\b")


def resolve_date(text: str, article_date: str | None, future: bool = False) -> str | None:
    """ISO 8601 date (day, week, month or year precision) for a time expression, or None.

    Relative expressions need the article date: "on Saturday" is the Saturday before it (after it when
    the event is future), "in June" the June of that year (the previous or next one when the month lies
    on the wrong side of the article date), "next year" the following year, "last week" an ISO week.
    """
    value = _resolve(text, article_date, future)
    if value is None or isinstance(value, EventDate):
        return value
    return EventDate(value)


def _resolve(text: str, article_date: str | None, future: bool) -> str | None:
    t = text.lower().strip()
    base = parse_iso(article_date)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return m.group(0) if parse_iso(m.group(0)) else None
    if _DECADE.search(t):
        return None  # "in the 1940s", "the '90s": a decade is no event date
    words = re.findall(r"[a-z]+|\d+", t)
    if words and words[0] in _BOUNDS:
        return None  # "by 2050", "until June": a deadline or bound, not when it happened
    month = next((MONTHS[w] for w in words if w in MONTHS and not (w == "may" and len(words) > 1 and words[0] == "may")), None)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if month and (year or base):
        y = year or base.year  # type: ignore[union-attr]
        if year is None and base is not None:
            if not future and month > base.month:
                y -= 1
            elif future and month < base.month:
                y += 1
        if day:
            try:
                return date(y, month, day).isoformat()
            except ValueError:
                return f"{y}-{month:02d}"
        return f"{y}-{month:02d}"
    if year:
        return str(year)
    if base is None:
        return None
    if "next" in words or "coming" in words:
        shift = 1
    elif "last" in words or "past" in words or "previous" in words:
        shift = -1
    else:
        shift = 0
    if "today" in words or "tonight" in words:
        return base.isoformat()
    if "yesterday" in words:
        return (base - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (base + timedelta(days=1)).isoformat()
    for w in words:
        if w in WEEKDAYS:
            delta = (base.weekday() - WEEKDAYS[w]) % 7
            if future or shift > 0:
                fwd = (WEEKDAYS[w] - base.weekday()) % 7 or 7
                return (base + timedelta(days=fwd)).isoformat()
            return (base - timedelta(days=delta)).isoformat()
    if "week" in words:
        return _week(base + timedelta(days=7 * shift))
    if "month" in words:
        y, mth = base.year, base.month + shift
        if mth == 0:
            y, mth = y - 1, 12
        elif mth == 13:
            y, mth = y + 1, 1
        return f"{y}-{mth:02d}"
    if "year" in words:
        return str(base.year + shift)
    return None
