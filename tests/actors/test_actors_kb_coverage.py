"""bench/kb_coverage.py: the gap arithmetic behind the office-holder coverage report."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("kb_coverage", REPO / "bench" / "kb_coverage.py")
cov = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cov)

D = date


@pytest.mark.parametrize("terms, lo, hi, expected", [
    ([], D(2000, 1, 1), D(2001, 1, 1), [(D(2000, 1, 1), D(2001, 1, 1))]),  # nothing held: all a gap
    ([(D(1999, 1, 1), D(2002, 1, 1))], D(2000, 1, 1), D(2001, 1, 1), []),  # one term covers all
    ([(D(2000, 1, 1), D(2000, 6, 1)), (D(2000, 6, 1), D(2001, 1, 1))], D(2000, 1, 1), D(2001, 1, 1), []),
    ([(D(2000, 3, 1), D(2000, 6, 1))], D(2000, 1, 1), D(2001, 1, 1),
     [(D(2000, 1, 1), D(2000, 3, 1)), (D(2000, 6, 1), D(2001, 1, 1))]),
    # overlapping terms (acting and elected holders) count once; unsorted input
    ([(D(2000, 5, 1), D(2000, 9, 1)), (D(2000, 1, 1), D(2000, 7, 1))], D(2000, 1, 1), D(2001, 1, 1),
     [(D(2000, 9, 1), D(2001, 1, 1))]),
    ([(D(1980, 1, 1), D(1985, 1, 1))], D(2000, 1, 1), D(2001, 1, 1), [(D(2000, 1, 1), D(2001, 1, 1))]),
])
def test_kb_coverage_gaps(terms, lo, hi, expected):
    assert cov.gaps(terms, lo, hi) == expected


@pytest.mark.parametrize("spec, expected", [
    ("yes", [(D(1990, 1, 1), D(2026, 12, 1))]),
    ("-", []),
    ("..2018-07-09", [(D(1990, 1, 1), D(2018, 7, 9))]),
    ("..2011-03-30,2016-04-06..", [(D(1990, 1, 1), D(2011, 3, 30)), (D(2016, 4, 6), D(2026, 12, 1))]),
])
def test_kb_coverage_hog_spans(spec, expected):
    assert cov.parse_spans(spec, D(1990, 1, 1), D(2026, 12, 1)) == expected


def test_kb_coverage_counts_gap_days_and_realm_head_of_state():
    members = [{"iso3": "AAA", "since": "2000-01-01", "hog": "-", "ministers": "", "hos_of": ""},
               {"iso3": "BBB", "since": "", "hog": "yes", "ministers": "war", "hos_of": "AAA"}]
    terms = {("AAA", "HOS"): [(D(2000, 1, 1), D(2026, 12, 1))],
             ("BBB", "HOG"): [(D(1990, 1, 1), D(2020, 1, 1))],
             ("BBB", "FM"): [(D(2010, 1, 1), D(2026, 12, 1))]}
    recs = {(r["iso3"], r["office"]): r for r in cov.coverage(members, terms)}
    assert recs[("AAA", "HOS")]["gap_days"] == 0  # the window starts when the state began
    assert ("AAA", "HOG") not in recs  # no separate head of government: not tracked
    assert recs[("BBB", "HOS")]["gaps"] == [(D(1990, 1, 1), D(2000, 1, 1))]  # AAA's head before 2000: none
    assert recs[("BBB", "HOG")]["gap_days"] == (D(2026, 12, 1) - D(2020, 1, 1)).days
    assert recs[("BBB", "DEF")]["gap_days"] == (D(2026, 12, 1) - D(2010, 1, 1)).days
    assert cov.summary(list(recs.values()))["states_full"] == 1


def test_kb_coverage_un_members_are_193_known_states():
    from newsdyad.actors.kb import data_lines

    members = cov.member_rows()
    iso3 = {cols[0] for cols in data_lines("countries.tsv")}
    assert len(members) == 193 and {m["iso3"] for m in members} <= iso3
