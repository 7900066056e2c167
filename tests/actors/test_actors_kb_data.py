"""The knowledge-base data files: every row dated, codes valid, no conflicting rows, licence kept."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from newsdyad.actors.kb import OFFICE_SECTOR, UNKNOWN, data_lines, officeholder_files

REPO = Path(__file__).resolve().parents[2]
KB_DIR = REPO / "src" / "newsdyad" / "data" / "kb"
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
ISO3 = {cols[0] for cols in data_lines("countries.tsv")}
NON_STATE_ROOTS = ("IGO", "IMG", "NGO")
PHOENIX_FILES = ("phoenix_persons.tsv", "phoenix_groups.tsv")


def officeholder_rows_by_file():
    for name in officeholder_files():
        for number, cols in enumerate(data_lines(name), 1):
            yield name, number, cols


@pytest.mark.parametrize("name", officeholder_files())
def test_actors_kb_data_officeholder_rows_valid(name):
    bad = []
    for number, cols in enumerate(data_lines(name), 1):
        cols = cols + [""] * (6 - len(cols))
        root, office, person, _aliases, start, end = cols[:6]
        problems = []
        if root not in ISO3 and not root.startswith(NON_STATE_ROOTS):
            problems.append(f"root {root}")
        if office not in OFFICE_SECTOR:
            problems.append(f"office {office}")
        if not person.strip():
            problems.append("no name")
        if not (start == UNKNOWN or DATE.fullmatch(start)):
            problems.append(f"start {start!r}")  # every row has a start, or says it is unknown
        if not (end in ("", UNKNOWN) or DATE.fullmatch(end)):
            problems.append(f"end {end!r}")
        if DATE.fullmatch(start) and DATE.fullmatch(end) and end < start:
            problems.append("ends before it starts")
        if problems:
            bad.append((number, person, problems))
    assert not bad


def test_actors_kb_data_officeholder_no_conflicting_rows():
    terms: dict[tuple[str, str, str], list[tuple[str, str, str]]] = {}
    for name, _number, cols in officeholder_rows_by_file():
        root, office, person, start, end = cols[0], cols[1], cols[2], cols[4], (cols + [""])[5]
        terms.setdefault((root, office, person), []).append((start, end, name))
    conflicts = []
    for key, spans in terms.items():
        spans = sorted({(s, e) for s, e, _f in spans if UNKNOWN not in (s, e)})
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if not e1 or s2 < e1:  # the same person in the same office twice at once
                conflicts.append((key, (s1, e1), (s2, e2)))
    assert not conflicts


def test_actors_kb_data_every_un_member_has_a_leader():
    # the UN members (data/kb/un_members.tsv) with no listed head of state or government
    leaders = {cols[0] for _n, _i, cols in officeholder_rows_by_file() if cols[1] in ("HOS", "HOG")}
    members = {cols[0] for cols in data_lines("un_members.tsv")}
    assert len(members) == 193 and members <= ISO3
    assert not sorted(members - leaders)


def test_actors_kb_data_every_officeholder_row_is_loaded():
    # each dated row becomes a term of the entry named by it (nothing dropped or misparsed)
    from newsdyad.actors.kb import build_knowledge_base, officeholder_rows

    kb = build_knowledge_base()
    terms: dict[str, set] = {}
    for e in kb.entries:
        if e.source == "kb:officeholder":
            terms.setdefault(e.name, set()).update((r, o) for r, o, _s, _e in e.offices)
    missing = [(root, office, name) for root, office, name, _a, start, end in officeholder_rows()
               if not (start == UNKNOWN and end in (UNKNOWN, "")) and (root, office) not in terms.get(name, ())]
    assert not missing


def test_actors_kb_data_every_group_name_is_indexed():
    from newsdyad.actors.kb import build_knowledge_base, phrase_tokens

    kb = build_knowledge_base()
    missing = []
    for cols in data_lines("groups.tsv"):
        tokens = phrase_tokens(cols[1])
        if not any(a.rest == tokens[1:] for a in kb.index.get(tokens[0], ())):
            missing.append(cols[1])
    assert not missing


@pytest.mark.parametrize("name", PHOENIX_FILES)
def test_actors_kb_data_phoenix_licence_and_source(name):
    head = (KB_DIR / name).read_text(encoding="utf-8").split("\n# Columns", 1)[0]
    assert "The MIT License (MIT)" in head
    assert "Copyright (c) 2014 Open Event Data Alliance" in head
    assert "Permission is hereby granted, free of charge" in head
    for source in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                   "Phoenix.MilNonState.actors.txt", "scripts/build_phoenix_kb.py"):
        assert source in head


def test_actors_kb_data_phoenix_rows_valid():
    code = re.compile(r"[A-Z]{3}[A-Z0-9]*")  # CAMEO codes; a few Phoenix NGO codes carry digits
    bad = []
    for cols in data_lines("phoenix_persons.tsv"):
        name, _aliases, c, start, end, source = cols
        if not (name and code.fullmatch(c) and (start == "-" or DATE.fullmatch(start))
                and (end == "-" or DATE.fullmatch(end)) and source.startswith("Phoenix.")):
            bad.append(cols)
    for cols in data_lines("phoenix_groups.tsv"):
        c, name, _aliases, kind, source = cols
        if not (name and code.fullmatch(c) and kind and source.startswith("Phoenix.")):
            bad.append(cols)
    assert not bad


def test_actors_kb_data_phoenix_files_are_what_the_script_builds(shared_dir):
    spec = importlib.util.spec_from_file_location("build_phoenix_kb", REPO / "scripts" / "build_phoenix_kb.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    names = build.builtin_country_names()
    persons, groups = [], []
    for source in build.SOURCES:
        p, g, _d = build.convert(build.parse_file(shared_dir / "data" / "petrarch2" / source), source, names)
        persons += p
        groups += g
    assert [tuple(c) for c in data_lines("phoenix_persons.tsv")] == persons
    assert [tuple(c) for c in data_lines("phoenix_groups.tsv")] == groups
