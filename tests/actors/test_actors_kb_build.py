"""scripts/build_phoenix_kb.py: Phoenix dictionary lines -> knowledge-base rows (lines written for the tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsdyad.actors.petrarch import read_actors

REPO = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("build_phoenix_kb", REPO / "scripts" / "build_phoenix_kb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _script()
NAMES = {"GND": ["Gondoria", "Gondorian"], "RHN": ["Rhunland"]}


def convert(text: str):
    return BUILD.convert(read_actors(text.splitlines()), "test.txt", NAMES)


@pytest.mark.parametrize(
    "text,rows",
    [
        # a date range, an open end and the undated code outside them
        ("ARAGORN_ELESSAR_\n+ELESSAR_\n\t[GNDELI 900101-990101]\n\t[GNDGOV >990101]\n\t[GNDELI]\n",
         [("Aragorn Elessar", "Elessar", "GNDELI", "1990-01-01", "1999-01-01", "test.txt:1"),
          ("Aragorn Elessar", "Elessar", "GNDGOV", "1999-01-01", "-", "test.txt:1"),
          ("Aragorn Elessar", "Elessar", "GNDELI", "-", "-", "test.txt:1")]),
        # an open start; eight-digit years
        ("DENETHOR_\n\t[GNDGOV <20010315]\n", [("Denethor", "", "GNDGOV", "-", "2001-03-15", "test.txt:1")]),
        # a malformed date is dropped, as PETRARCH drops it
        ("BOROMIR_\n\t[GNDMIL 9901-990101]\n\t[GNDMIL 990101-000101]\n",
         [("Boromir", "", "GNDMIL", "1999-01-01", "2000-01-01", "test.txt:1")]),
        # a synonym with a title is dropped; particles stay lower case
        ("OMAR_HASSAN_AL-BASHIR_\n+PRESIDENT_AL-BASHIR_\n+AL-BASHIR_\n\t[RHNGOV >890630]\n",
         [("Omar Hassan al-Bashir", "al-Bashir", "RHNGOV", "1989-06-30", "-", "test.txt:1")]),
    ],
)
def test_actors_kb_build_person_rows(text, rows):
    persons, groups, _dropped = convert(text)
    assert persons == rows
    assert groups == []


@pytest.mark.parametrize(
    "text,aliases,dropped",
    [
        # a country's spelling variants, demonyms and formal names stay; its cities and provinces go
        ("GONDORIA_ [GND]\n+GONDORIAN_\n+GONDORRIA_\n+REPUBLIC_OF_GONDORIA_\n+MINAS_TIRITH_\n+OSGILIATH_\n"
         "+ITHILIEN_PROVINCE_\n+GONDORIA_CITY_\n",
         "Gondorian|Gondorria|Republic of Gondoria", 4),
        # an acronym keeps its capitals
        ("RHUNLAND_ [RHN]\n+RL_\n+RHUNLANDER_\n+DORWINION_\n", "RL|Rhunlander", 1),
    ],
)
def test_actors_kb_build_country_synonyms(text, aliases, dropped):
    persons, groups, counts = convert(text)
    assert persons == []
    assert len(groups) == 1 and groups[0][3] == "country"
    assert groups[0][2] == aliases
    assert counts["place_synonyms"] == dropped


@pytest.mark.parametrize(
    "text,row",
    [
        ("FELLOWSHIP_OF_THE_RING_ [GNDREB]\n+FOTR_\n+ORGANIZATION_\n+COMPANY-OF-NINE_\n+AL-RING_\n",
         ("GNDREB", "Fellowship of the Ring", "FOTR|Company-of-Nine", "group", "test.txt:1")),
        ("WHITE_COUNCIL_ [IGOMEA]\n", ("IGOMEA", "White Council", "", "igo", "test.txt:1")),
        ("SHIRE_GAZETTE_ [GNDMED]\n", ("GNDMED", "Shire Gazette", "", "media", "test.txt:1")),
        # an undated person (an elite) is a row of the groups file, kind person
        ("BILBO_BAGGINS_ [GNDELI]\n", ("GNDELI", "Bilbo Baggins", "", "person", "test.txt:1")),
    ],
)
def test_actors_kb_build_group_rows(text, row):
    persons, groups, _dropped = convert(text)
    assert persons == [] and groups == [row]


@pytest.mark.parametrize(
    "raw,cased",
    [
        ("OMAR_HASSAN_AL-BASHIR", "Omar Hassan al-Bashir"),
        ("AL-QAEDA", "al-Qaeda"),
        ("BANK_OF_THE_SHIRE", "Bank of the Shire"),
        ("US", "US"),
        ("U.S.", "U.S."),
        ("GONDOR", "Gondor"),
    ],
)
def test_actors_kb_build_casing(raw, cased):
    assert BUILD.cased(raw) == cased
