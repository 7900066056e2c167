"""The corpus commands: thin shells over store/export, each documented."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from .corpus_docs import make_document, sample_records
from newsdyad import store
from newsdyad.cli import app

runner = CliRunner()

COMMANDS = {
    "ingest": ["--db", "--jobs", "--engine", "--address", "--model", "--actors", "--agents",
               "--input-format", "--progress"],
    "export": ["--db", "--format", "--out", "--table", "--source", "--target", "--code", "--since",
               "--until", "--modality"],
    "stats": ["--db", "--top", "--json"],
    "events": ["--db", "--source", "--target", "--code", "--since", "--until", "--modality", "--format"],
    "claims": ["--db", "--actor", "--format"],
    "sql": ["--db", "--format"],
}


@pytest.mark.parametrize("command, options", COMMANDS.items())
def test_cli_corpus_every_option_documented(command, options):
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    for option in options:
        assert option in result.output


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    with store.Writer(path) as w:
        w.add([make_document("a"), make_document("b", publisher="wapo"),
               make_document("c", code="0312", modality="asserted")])
    return str(path)


@pytest.mark.parametrize("args, n", [
    (["--source", "AFG", "--code", "03"], 2),
    (["--modality", "requested"], 1),
    (["--since", "2014-01"], 0),
])
def test_cli_corpus_events_filters(db, args, n):
    result = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == n


def test_cli_corpus_claims_sql_stats_export(db, tmp_path):
    claims = runner.invoke(app, ["claims", "--db", db, "--actor", "Karzai", "--format", "jsonl"])
    roles = {json.loads(l)["role"] for l in claims.stdout.splitlines() if l.startswith("{")}
    assert claims.exit_code == 0 and roles == {"by", "about"}
    sql = runner.invoke(app, ["sql", "--db", db, "SELECT count(*) AS n FROM events", "--format", "csv"])
    assert sql.exit_code == 0 and sql.stdout.splitlines()[:2] == ["n", "2"]
    stats = runner.invoke(app, ["stats", "--db", db, "--json"])
    assert stats.exit_code == 0 and json.loads(stats.stdout)["documents"] == 3
    out = tmp_path / "g.tsv"
    exp = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "--out", str(out), "--modality", "all"])
    assert exp.exit_code == 0 and len(out.read_text().splitlines()) == 3, exp.output
    exp = runner.invoke(app, ["export", "--db", db, "--format", "gdelt", "--out", str(out)])
    assert exp.exit_code == 0 and len(out.read_text().splitlines()) == 2  # asserted events only


@pytest.mark.parametrize("args", [
    ["sql", "--db", "{db}", "SELECT nonsense FROM nowhere"],
    ["export", "--db", "{db}", "--format", "xml"],
    ["stats", "--db", "{missing}"],
])
def test_cli_corpus_errors_exit_nonzero(db, tmp_path, args):
    args = [a.format(db=db, missing=str(tmp_path / "missing.duckdb")) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "newsdyad: error:" in result.output


def test_cli_corpus_ingest_counts_and_rejects(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in sample_records(3)] + ['{"no": "text"}']
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    first = runner.invoke(app, ["ingest", str(src), "--db", db, "--jobs", "1"])
    assert first.exit_code == 1  # a record was rejected
    assert "4 read, 3 coded, 0 already present, 1 rejected" in first.output
    assert "in.jsonl:4" in first.output
    second = runner.invoke(app, ["ingest", str(src), "--db", db, "--jobs", "1"])
    assert "4 read, 0 coded, 3 already present, 1 rejected" in second.output
