"""User knowledge: local knowledge-base files (newsdyad.actors.userkb), `kb import`,
`kb lookup`, and `code --kb`.  Every file is written by the test itself."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsdyad.actors import find_actors
from newsdyad.actors.kb import build_knowledge_base
from newsdyad.actors.lookup import lookup
from newsdyad.actors.userkb import UserKbError, configured_files, default_path, import_file, norm_date, read_csv
from newsdyad.cli import app

runner = CliRunner()

PERSONS_CSV = """name,aliases,country,sector,start,end
Tamar Okonkwo-Reyes,Okonkwo-Reyes,MLI,GOV,2019-04-01,2023-06-30
Tamar Okonkwo-Reyes,,MLI,ELI,,
Dune Valley Liberation Front,DVLF,MLI,REB,,
"""

# a small actor dictionary in the PETRARCH/Phoenix format, written for this test
PHOENIX = """ZORAN_VELKOVIC_
+VELKOVIC_
\t[SRBGOV 150101-191231]
\t[SRBELI]
DUNE_VALLEY_FRONT_ [MLIREB]
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "value,end,iso",
    [("2019", False, "2019-01-01"), ("2019", True, "2020-01-01"), ("2019-12", True, "2020-01-01"),
     ("2019-3-5", False, "2019-03-05"), ("+2019-03-05T00:00:00Z", False, "2019-03-05"), ("?", False, ""),
     ("", True, "")],
)
def test_userkb_dates(value, end, iso):
    assert norm_date(value, end=end) == iso


@pytest.mark.parametrize(
    "fmt,text,rows,names",
    [
        ("csv", PERSONS_CSV, 3, {"Tamar Okonkwo-Reyes", "Dune Valley Liberation Front"}),
        ("phoenix", PHOENIX, 3, {"Zoran Velkovic", "Dune Valley Front"}),
    ],
)
def test_userkb_import_merges_once(tmp_path, fmt, text, rows, names):
    src = _write(tmp_path, "in." + ("csv" if fmt == "csv" else "txt"), text)
    local = tmp_path / "local" / "kb.csv"
    first = import_file(src, fmt, local)
    assert (first.read, first.added, first.total) == (rows, rows, rows)
    again = import_file(src, fmt, local)
    assert (again.added, again.already, again.total) == (0, rows, rows)
    assert {r.name for r in read_csv(local)} == names


def test_userkb_phoenix_keeps_dates(tmp_path):
    local = tmp_path / "kb.csv"
    import_file(_write(tmp_path, "d.txt", PHOENIX), "phoenix", local)
    rows = {(r.name, r.country + r.sector, r.start, r.end) for r in read_csv(local)}
    assert ("Zoran Velkovic", "SRBGOV", "2015-01-01", "2019-12-31") in rows
    assert ("Zoran Velkovic", "SRBELI", "", "") in rows


def test_userkb_bad_file_is_an_error(tmp_path):
    with pytest.raises(UserKbError, match="missing column"):
        read_csv(_write(tmp_path, "bad.csv", "who,where\nX,Y\n"))
    with pytest.raises(UserKbError, match="not YYYY"):
        read_csv(_write(tmp_path, "bad2.csv", "name,country,start\nX,MLI,last spring\n"))


@pytest.mark.parametrize(
    "text,date,phrase,code",
    [
        ("Tamar Okonkwo-Reyes visited Bamako on Monday.", "2021-05-01", "Tamar Okonkwo-Reyes", "MLIGOV"),
        ("Tamar Okonkwo-Reyes visited Bamako on Monday.", "2024-05-01", "Tamar Okonkwo-Reyes", "MLIELI"),
        ("The DVLF attacked a convoy near Gao.", "2021-05-01", "DVLF", "MLIREB"),
        # without the file the same names stay uncoded (see test_userkb_only_when_loaded)
    ],
)
def test_userkb_codes_by_date(nlp, tmp_path, text, date, phrase, code):
    kb = build_knowledge_base(kb_files=[str(_write(tmp_path, "kb.csv", PERSONS_CSV))])
    actors = find_actors(nlp(text), date=date, kb=kb)
    actor = next(a for a in actors if any(text[s:e].endswith(phrase) for s, e in a.mentions))
    assert actor.code == code
    assert actor.rule.startswith("user:kb.csv")


def test_userkb_only_when_loaded(nlp):
    text = "The DVLF attacked a convoy near Gao."
    assert all(a.code != "MLIREB" for a in find_actors(nlp(text), date="2021-05-01"))


def test_userkb_default_location(tmp_path, monkeypatch):
    local = _write(tmp_path, "mine.csv", PERSONS_CSV)
    monkeypatch.setenv("NEWSDYAD_KB", str(local))
    assert default_path() == local and configured_files() == (str(local),)
    monkeypatch.setenv("NEWSDYAD_KB", "")
    assert default_path() is None and configured_files(["x.csv"]) == ("x.csv",)
    monkeypatch.delenv("NEWSDYAD_KB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "newsdyad" / "kb.csv"
    assert configured_files() == ()  # the default file does not exist


@pytest.mark.parametrize(
    "name,date,code,why",
    [
        ("Okonkwo-Reyes", "2021-05-01", "MLIGOV", "the role held on that date"),
        ("Tamar Okonkwo-Reyes", "2024-05-01", "MLIELI", "no dated role holds"),
        ("Afghanistan", "2024-05-01", "AFG", "the entry's only code"),
    ],
)
def test_userkb_lookup_says_why(tmp_path, name, date, code, why):
    kb = build_knowledge_base(kb_files=[str(_write(tmp_path, "kb.csv", PERSONS_CSV))])
    result = lookup(kb, name, date)
    assert result["chosen"]["code"] == code
    assert why in result["chosen"]["why"]


def test_cli_kb_import_and_lookup(tmp_path):
    src = _write(tmp_path, "people.csv", PERSONS_CSV)
    local = tmp_path / "local.csv"
    result = runner.invoke(app, ["kb", "import", str(src), "--format", "csv", "-o", str(local)])
    assert result.exit_code == 0, result.output
    assert "3 rows read, 3 added" in result.output
    result = runner.invoke(app, ["kb", "lookup", "Okonkwo-Reyes", "--date", "2021-05-01", "--kb", str(local)])
    assert result.exit_code == 0, result.output
    assert "MLIGOV" in result.output and "2019-04-01" in result.output and "local.csv" in result.output
    result = runner.invoke(app, ["kb", "lookup", "Okonkwo-Reyes", "--date", "2021-05-01", "--kb", str(local), "--json"])
    data = json.loads(result.output)
    assert data["chosen"]["code"] == "MLIGOV" and data["chosen"]["roles"][0]["end"] == "2023-06-30"


def test_cli_kb_lookup_unknown_name_exits_1():
    result = runner.invoke(app, ["kb", "lookup", "Tamar Okonkwo-Reyes"])
    assert result.exit_code == 1 and "not in the knowledge base" in result.output


def test_cli_kb_import_bad_format(tmp_path):
    src = _write(tmp_path, "people.csv", PERSONS_CSV)
    result = runner.invoke(app, ["kb", "import", str(src), "--format", "xml", "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 2


def test_cli_code_picks_up_kb(tmp_path, monkeypatch):
    local = _write(tmp_path, "kb.csv", PERSONS_CSV)
    story = _write(tmp_path, "story.txt", "Tamar Okonkwo-Reyes visited Bamako on Monday.")
    for args, env in [(["--kb", str(local)], ""), ([], str(local))]:
        monkeypatch.setenv("NEWSDYAD_KB", env)
        result = runner.invoke(app, ["code", str(story), "--date", "2021-05-01", "--format", "json", *args])
        assert result.exit_code == 0, result.output
        codes = {a["name"]: a["code"] for a in json.loads(result.stdout)["actors"]}
        assert codes.get("Tamar Okonkwo-Reyes") == "MLIGOV", codes
