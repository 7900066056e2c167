"""Event dates from the article date and time expressions; places from the compact gazetteer."""

import pytest

from newsdyad.events.dates import resolve_date
from newsdyad.events.places import country_code, lookup_place


@pytest.mark.parametrize("text,future,expected", [
    ("in June", False, "2013-06"),
    ("in September", False, "2012-09"),
    ("in September", True, "2013-09"),
    ("past next year", False, "2014"),
    ("last year", False, "2012"),
    ("on Saturday", False, "2013-06-29"),
    ("on Saturday", True, "2013-07-06"),
    ("Tuesday", False, "2013-06-25"),
    ("yesterday", False, "2013-06-30"),
    ("last week", False, "2013-06-24"),
    ("this week", False, "2013-07-01"),
    ("next month", True, "2013-08"),
    ("June 5, 2012", False, "2012-06-05"),
    ("2011-03-02", False, "2011-03-02"),
    ("in 2009", False, "2009"),
    ("in the next 48 hours", True, None),
    ("by 2050", True, None),
    ("in the 1940s", False, None),
    ("in the '90s", False, None),
    ("until June", True, None),
])
def test_events_dates_resolve(text, future, expected):
    assert resolve_date(text, "2013-07-01", future) == expected


@pytest.mark.parametrize("text,expected,precision", [
    ("last week", "2013-06-24", "week"),
    ("next week", "2013-07-08", "week"),
    ("yesterday", "2013-06-30", "day"),
    ("in June", "2013-06", "month"),
    ("last year", "2012", "year"),
])
def test_events_dates_are_calendar_dates_with_a_precision(text, expected, precision):
    value = resolve_date(text, "2013-07-01")
    assert value == expected and value.precision == precision
    assert "W" not in value


def test_events_dates_need_article_date_for_relative():
    assert resolve_date("on Saturday", None) is None
    assert resolve_date("June 5, 2012", None) == "2012-06-05"


def test_events_dates_on_events(code_events):
    ev = code_events("Israel bombed Gaza on Saturday.", date="2013-07-01")[0]
    assert ev.date == "2013-06-29"
    ev = code_events("Israel bombed Gaza.", date="2013-07-01")[0]
    assert ev.date == "2013-07-01"
    ev = code_events("Israel bombed Gaza.", date=None)[0]
    assert ev.date is None


@pytest.mark.parametrize("name,iso3", [("Doha", "QAT"), ("Qatar", "QAT"), ("Kabul", "AFG"), ("Russia", "RUS"),
                                       ("Syria", "SYR"), ("Washington", "USA")])
def test_events_places_lookup(name, iso3):
    hit = lookup_place(name)
    assert hit is not None and hit[1] == iso3 and hit[2] is not None


@pytest.mark.parametrize("text,iso3", [("British", "GBR"), ("the United States", "USA"), ("Afghan", "AFG"),
                                       ("Filipino", "PHL"), ("Iran", "IRN"), ("Nowhereland", None)])
def test_events_places_country_code(text, iso3):
    assert country_code(text) == iso3


def test_events_places_event_location(code_events):
    ev = code_events("Syria attacked Turkey near Aleppo.")[0]
    assert ev.location is not None
    assert (ev.location.name, ev.location.country) == ("Aleppo", "SYR")
    assert 35 < ev.location.lat < 37 and 36 < ev.location.lon < 38
