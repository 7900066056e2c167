import csv
import io
import json

import click
import pytest
import typer.main
from typer.testing import CliRunner

from newsdyad.cli import app
from newsdyad.render import EVENT_CSV_COLUMNS

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def two_docs(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text(
        json.dumps({"id": "k1", "date": "2024-05-14", "text": "Kenya offered to host talks with Sudan."}) + "\n"
        + json.dumps({"id": "k2", "text": "The army accused the rebels of shelling the city."}) + "\n"
    )
    return str(path)


def test_cli_code_json_one_document_is_an_object(seed_article, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_article)
    result = run("code", str(path), "--format", "json", "--date", "2013-07-01")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "newsdyad/1" and data["date"] == "2013-07-01"
    assert data["text"] == seed_article
    assert "1 read, 1 coded, 0 rejected" in result.stderr


def test_cli_code_json_several_documents_is_an_array(two_docs):
    result = run("code", two_docs, "--format", "json")
    assert [d["doc_id"] for d in json.loads(result.stdout)] == ["k1", "k2"]


def test_cli_code_jsonl_keeps_input_order_and_metadata(two_docs):
    result = run("code", two_docs, "--format", "jsonl", "--publisher", "Example Wire")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in rows] == ["k1", "k2"]
    assert rows[0]["date"] == "2024-05-14" and rows[1]["date"] is None
    assert {r["publisher"] for r in rows} == {"Example Wire"}


def test_cli_code_csv_has_event_columns(two_docs):
    result = run("code", two_docs, "--format", "csv")
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames == EVENT_CSV_COLUMNS


def test_cli_code_table_shows_sections(two_docs):
    result = run("code", two_docs, "--format", "table")
    for heading in ("Actors", "Attributions", "Events"):
        assert heading in result.stdout


def test_cli_code_reads_stdin():
    result = run("code", "-", "--format", "jsonl", input="Kenya offered to host talks with Sudan.\n")
    assert json.loads(result.stdout)["text"].startswith("Kenya offered")


def test_cli_code_writes_to_out_file(two_docs, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("code", two_docs, "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text().splitlines()) == 2


def test_cli_code_rejects_bad_records_goes_on_and_fails(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "Kenya offered talks."}\n{oops\n{"id": "c", "title": "no text"}\n'
                    '{"id": "d", "text": "Sudan refused."}\n')
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("code", str(path), str(empty), "--format", "jsonl")
    assert result.exit_code == 1
    assert [json.loads(x)["doc_id"] for x in result.stdout.splitlines()] == ["a", "d"]
    assert f"{path}:2: not JSON" in result.stderr
    assert f"{path}:3: record has no 'text' field" in result.stderr
    assert f"{empty}: empty file" in result.stderr
    assert "5 read, 2 coded, 3 rejected" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "xml"], "unknown --format"),
        (["--input-format", "pdf"], "unknown --input-format"),
        (["--date", "last tuesday"], "is not a date"),
        (["--model", "no_such_pipeline_xyz"], "is not installed"),
    ],
)
def test_cli_code_usage_errors_are_one_clear_line(two_docs, args, message):
    result = run("code", two_docs, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


def test_cli_every_command_and_option_is_documented():
    root = typer.main.get_command(app)
    assert root.help
    seen = 0
    for path, cmd in _commands(root):
        assert cmd.help, f"command {' '.join(path)} has no help"
        for param in cmd.params:
            if param.name == "help":
                continue
            assert getattr(param, "help", None), f"{' '.join(path)}: {param.name} has no help"
            seen += 1
    assert seen > 10


def test_cli_help_runs_for_every_command():
    root = typer.main.get_command(app)
    for path, _ in _commands(root):
        result = run(*path, "--help")
        assert result.exit_code == 0, path
        assert "Usage" in result.stdout


def test_cli_reference_in_docs_is_up_to_date():
    from pathlib import Path

    from newsdyad.cli.reference import markdown_reference

    docs = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    assert docs.read_text() == markdown_reference(), "run: python -m newsdyad.cli.reference > docs/cli.md"


def test_cli_progress_bar_goes_to_stderr_only(two_docs):
    result = run("code", two_docs, "--format", "jsonl", "--progress")
    assert len(result.stdout.splitlines()) == 2
    assert "coding" in result.stderr and "docs/s" in result.stderr
    quiet = run("code", two_docs, "--format", "jsonl", "--no-progress")
    assert "docs/s" not in quiet.stderr
