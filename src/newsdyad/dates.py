"""Article dates from input records: ISO, RFC 2822, epoch seconds, "July 1, 2013", "01/07/2013".

``parse_date`` returns ISO ``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY`` when only that is given),
None for an empty value, and raises :class:`DateError` for what cannot be a date -- an
impossible day (2013-02-30), a word ("yesterday"), a number that is no epoch time.
Parsing is python-dateutil's; only the forms it would guess wrongly are handled first
(epoch numbers, compact YYYYMMDD, bare years and months).  Day/month order in forms such
as 01/07/2013 is month first unless ``dayfirst=True`` (``--dayfirst``).

>>> parse_date("July 1, 2013"), parse_date("01/07/2013"), parse_date("01/07/2013", dayfirst=True)
('2013-07-01', '2013-01-07', '2013-07-01')
>>> parse_date(1372636800), parse_date("Mon, 01 Jul 2013 12:00:00 +0000"), parse_date("2013-07")
('2013-07-01', '2013-07-01', '2013-07')
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

# Epoch times accepted as article dates: 1970-01-02 .. 2100-01-01 (seconds or milliseconds).
_EPOCH_MIN, _EPOCH_MAX = 86_400, 4_102_444_800
YEAR_MIN, YEAR_MAX = 1000, 2999


class DateError(ValueError):
    """A value that cannot be read as a date; the message says why, not what (callers name the value)."""


def _epoch(seconds: float) -> str:
    if seconds > _EPOCH_MAX * 100:  # milliseconds
        seconds = seconds / 1000
    if not _EPOCH_MIN <= seconds <= _EPOCH_MAX:
        raise DateError("a number, but not epoch seconds between 1970 and 2100")
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()


def _check_year(year: int) -> None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise DateError(f"year {year} is out of range ({YEAR_MIN}-{YEAR_MAX})")


def parse_date(value: object, *, dayfirst: bool = False) -> str | None:
    """An input date as ISO YYYY-MM-DD (YYYY-MM, YYYY when that is all it says), None if empty."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise DateError("a true/false value")
        return None
    if isinstance(value, (int, float)):
        return _epoch(float(value))
    if isinstance(value, (date, datetime)):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"\d{9,13}(\.\d+)?", text):
        return _epoch(float(text))
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    if m:
        _check_year(int(m.group(1)))
        if m.group(2) and not 1 <= int(m.group(2)) <= 12:
            raise DateError(f"month {m.group(2)} does not exist")
        return text
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_])", text)
    if m:  # ISO (and compact YYYYMMDD), with or without a time
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise DateError(str(exc)) from None
        _check_year(d.year)
        return d.isoformat()
    from dateutil import parser

    try:
        parsed = parser.parse(text, dayfirst=dayfirst, default=datetime(1, 1, 1))
    except (ValueError, OverflowError) as exc:
        raise DateError(str(exc).split(":")[0].lower() or "unknown form") from None
    if parsed.year == 1:
        raise DateError("no year")
    _check_year(parsed.year)
    if parsed.day == 1 and parser.parse(text, dayfirst=dayfirst, default=datetime(1, 1, 2)).day == 2:
        return f"{parsed.year:04d}-{parsed.month:02d}"  # "July 2013": a month
    return parsed.date().isoformat()


def is_date(value: str | None) -> bool:
    """True for YYYY, YYYY-MM and YYYY-MM-DD naming a real year, month or day."""
    if not value or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    try:
        parse_date(value)
    except DateError:
        return False
    return True


def period(value: str) -> tuple[date, date]:
    """The first and last day of YYYY, YYYY-MM or YYYY-MM-DD (DateError otherwise)."""
    if not is_date(value):
        raise DateError("use YYYY, YYYY-MM or YYYY-MM-DD")
    y = int(value[:4])
    if len(value) == 4:
        return date(y, 1, 1), date(y, 12, 31)
    m = int(value[5:7])
    if len(value) == 7:
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    d = date(y, m, int(value[8:10]))
    return d, d
