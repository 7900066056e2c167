"""How much of 1990-2026 the knowledge base's office holders cover, per UN member state and office.

    .venv/bin/python bench/kb_coverage.py [--worst N] [--country ISO3 ...] [--json OUT]

For each of the 193 UN member states (``data/kb/un_members.tsv``) it counts the days between
1990-01-01 (or the day the state came into being) and 2026-12-01 that no office-holder row
covers:

- HOS (head of state) for every member (a Commonwealth realm's is the British monarch's, the
  ``hos_of`` column); HOG (head of government) only over the spans the state
  has one separate from its head of state (the ``hog`` column);
- FM, DEF and INT (foreign, defence, interior ministers) from 2010-01-01, for the G20 members and
  the states at war (the ``ministers`` column).

Rows are read as the loader reads them (``officeholder_rows``: unknown ``?`` dates filled from
the neighbouring terms; a side nothing fills makes the term one year long); a date written
``YYYY`` or ``YYYY-MM`` starts on that year's or month's first day, an empty end is "to today".
Prints the states fully covered, the total gap-years by office, and the worst gaps.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta

START = date(1990, 1, 1)
MINISTER_START = date(2010, 1, 1)
END = date(2026, 12, 1)
MINISTER_OFFICES = ("FM", "DEF", "INT")


def parse_day(text: str, default: date | None = None) -> date | None:
    """An ISO date, or a year / year-month taken as its first day; empty -> default.

    >>> parse_day("2019-04"), parse_day("1994"), parse_day("", date(2026, 12, 1))
    (datetime.date(2019, 4, 1), datetime.date(1994, 1, 1), datetime.date(2026, 12, 1))
    """
    text = text.strip()
    if not text or text == "?":
        return default
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def parse_spans(spec: str, lo: date, hi: date) -> list[tuple[date, date]]:
    """The ``hog`` column: ``yes`` / ``-`` / ``START..END[,START..END]`` -> spans within lo..hi.

    >>> parse_spans("..2018-07-09", date(1990, 1, 1), date(2026, 12, 1))
    [(datetime.date(1990, 1, 1), datetime.date(2018, 7, 9))]
    """
    spec = spec.strip()
    if spec in ("", "-"):
        return []
    if spec == "yes":
        return [(lo, hi)]
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("..")
        s, e = max(lo, parse_day(a, lo)), min(hi, parse_day(b, hi))
        if s < e:
            out.append((s, e))
    return out


def gaps(terms: list[tuple[date, date]], lo: date, hi: date) -> list[tuple[date, date]]:
    """The half-open spans [start, end) of lo..hi that no term [start, end) covers.

    >>> gaps([(date(2000, 1, 1), date(2001, 1, 1))], date(1999, 1, 1), date(2002, 1, 1))
    [(datetime.date(1999, 1, 1), datetime.date(2000, 1, 1)), (datetime.date(2001, 1, 1), datetime.date(2002, 1, 1))]
    """
    out = []
    at = lo
    for s, e in sorted(terms):
        if e <= at or s >= hi:
            continue
        if s > at:
            out.append((at, min(s, hi)))
        at = max(at, e)
        if at >= hi:
            break
    if at < hi:
        out.append((at, hi))
    return out


def days(spans) -> int:
    return sum((e - s).days for s, e in spans)


def member_rows() -> list[dict]:
    """The UN member states with when they began, their head-of-government spans, minister group."""
    from newsdyad.actors.kb import _col, data_lines

    out = []
    for cols in data_lines("un_members.tsv"):
        out.append({"iso3": _col(cols, 0), "since": _col(cols, 1), "hog": _col(cols, 2),
                    "ministers": _col(cols, 3), "hos_of": _col(cols, 4)})
    return out


def office_terms() -> dict[tuple[str, str], list[tuple[date, date]]]:
    """(root, office) -> [start, end) terms of every office-holder row, as the loader dates them."""
    from newsdyad.actors.kb import officeholder_rows

    out: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for root, office, _name, _aliases, start, end in officeholder_rows():
        if start == "?" and end in ("?", ""):
            continue  # the loader dates nothing by such a row
        if start == "?":
            e = parse_day(end)
            s = e.replace(year=e.year - 1)
        else:
            s = parse_day(start)
            e = parse_day(end, END) if end != "?" else s.replace(year=s.year + 1)
        if e > s:
            out.setdefault((root, office), []).append((s, e))
    return out


def coverage(members=None, terms=None) -> list[dict]:
    """One record per (state, office) tracked: the window's days, its gaps."""
    members = member_rows() if members is None else members
    terms = office_terms() if terms is None else terms
    out = []
    for m in members:
        lo = max(START, parse_day(m["since"], START))
        windows = {"HOS": [(lo, END)], "HOG": parse_spans(m["hog"], lo, END)}
        hos_terms = list(terms.get((m["iso3"], "HOS"), []))
        if m.get("hos_of"):
            # a Commonwealth realm's head of state is the British monarch (over the span given)
            other, _, span = m["hos_of"].partition("..")
            hos_terms += [(max(s, lo), min(e, parse_day(span, END))) for s, e in terms.get((other, "HOS"), [])]
        if m["ministers"]:
            for office in MINISTER_OFFICES:
                windows[office] = [(max(lo, MINISTER_START), END)]
        for office, spans in windows.items():
            if not spans:
                continue
            held = hos_terms if office == "HOS" else terms.get((m["iso3"], office), [])
            missing = [g for s, e in spans for g in gaps(held, s, e)]
            out.append({"iso3": m["iso3"], "office": office, "days": days(spans),
                        "gap_days": days(missing), "gaps": missing})
    return out


def summary(records: list[dict]) -> dict:
    by_office: dict[str, dict] = {}
    states: dict[str, int] = {}
    for r in records:
        o = by_office.setdefault(r["office"], {"tracked": 0, "full": 0, "gap_years": 0.0})
        o["tracked"] += 1
        o["full"] += r["gap_days"] == 0
        o["gap_years"] += r["gap_days"] / 365.25
        states[r["iso3"]] = states.get(r["iso3"], 0) + r["gap_days"]
    return {"states": len(states), "states_full": sum(1 for v in states.values() if v == 0),
            "gap_years": round(sum(o["gap_years"] for o in by_office.values()), 1),
            "by_office": {k: {**v, "gap_years": round(v["gap_years"], 1)} for k, v in by_office.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--worst", type=int, default=30, help="how many of the worst (state, office) gaps to list")
    ap.add_argument("--country", nargs="*", help="list every gap of these states")
    ap.add_argument("--json", help="write the records here")
    args = ap.parse_args()
    records = coverage()
    s = summary(records)
    print(f"UN member states: {s['states']}, fully covered (every tracked office, every day): "
          f"{s['states_full']}; total gap: {s['gap_years']} years")
    for office, o in s["by_office"].items():
        print(f"  {office:4s} tracked {o['tracked']:3d}  fully covered {o['full']:3d}  gap {o['gap_years']:7.1f} years")
    print(f"\nworst {args.worst} (state, office) by days uncovered:")
    for r in sorted(records, key=lambda r: -r["gap_days"])[: args.worst]:
        if not r["gap_days"]:
            break
        spans = ", ".join(f"{a}..{b}" for a, b in r["gaps"][:4]) + (" ..." if len(r["gaps"]) > 4 else "")
        print(f"  {r['iso3']} {r['office']:4s} {r['gap_days'] / 365.25:5.1f} y  {spans}")
    for iso in args.country or ():
        for r in records:
            if r["iso3"] == iso:
                print(f"{iso} {r['office']}: " + ", ".join(f"{a}..{b - timedelta(days=1)}" for a, b in r["gaps"]))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"summary": s, "records": records}, fh, default=str, indent=1)


if __name__ == "__main__":
    sys.exit(main())
